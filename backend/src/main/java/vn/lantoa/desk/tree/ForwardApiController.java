package vn.lantoa.desk.tree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.DeskCaseRepository;
import vn.lantoa.desk.privacy.PersonalDataViews;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Forwarding a case along the tree through the API, by the same {@link Forwarding} and the same targets as the officer's page, and
 * the sender's trace of what it forwarded: where each case is now and how it stands ("both units see where it is"; the receiver
 * reads the moves in the case itself).
 */
@Controller("/api/v1/units/{unitId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Phản ánh, kiến nghị")
class ForwardApiController {

    /** targetUnitId: the unit to send the case to; reason: why, read by the receiving unit with the case's history. */
    @Serdeable
    record ForwardRequest(@Nullable Long targetUnitId, @Nullable String reason) {
    }

    /**
     * A case the unit forwarded: code and toUnitId when it left; unitIdNow, codeNow, statusNow where it is and how it stands now
     * (forwarded on, its code changed when the receiver had one like it). reason only for the desk roles.
     */
    @Serdeable
    record ForwardedCaseView(long caseId, String code, long toUnitId, String toUnitName, Instant forwardedAt, @Nullable String reason,
                             @Nullable String actorName, long unitIdNow, String unitNameNow, String codeNow, String statusNow, boolean spam) {
    }

    private final Access access;
    private final DeskCaseRepository cases;
    private final UnitRefRepository units;
    private final Forwarding forwarding;
    private final ForwardTargets targets;
    private final SentAway sentAway;

    ForwardApiController(Access access, DeskCaseRepository cases, UnitRefRepository units, Forwarding forwarding, ForwardTargets targets,
                         SentAway sentAway) {
        this.access = access;
        this.cases = cases;
        this.units = units;
        this.forwarding = forwarding;
        this.targets = targets;
        this.sentAway = sentAway;
    }

    @Answers(errors = {409, 422})
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false, schema = @Schema(implementation = String.class, maxLength = 255),
            description = "Khóa do bên gọi tạo (ví dụ UUID) để gửi lại an toàn: cùng khóa và cùng yêu cầu trong 24 giờ nhận lại đúng câu trả lời "
                    + "lần đầu (Idempotent-Replayed: true) mà không chuyển thêm; cùng khóa cho yêu cầu khác: 422; khi lần đầu chưa xong: 409.")
    @Operation(operationId = "forwardCase", summary = "Chuyển phản ánh lên đơn vị cấp trên hoặc xuống đơn vị cấp dưới",
            description = "Như trang chuyển phản ánh của cán bộ đường dây nóng. targetUnitId: đơn vị cấp trên trực tiếp, hoặc (với Phòng, Sở) "
                    + "trường liên quan (concernedUnitId) hay một đơn vị trực thuộc đang hoạt động; đơn vị khác: 400 desk.api.target.invalid. "
                    + "reason bắt buộc (desk.tree.reason.required), tối đa " + ForwardController.REASON_MAX + " ký tự. Phản ánh chuyển đi cùng "
                    + "toàn bộ lịch sử, giữ đường dẫn theo dõi của người gửi (và mã, trừ khi đơn vị nhận đã có mã đó), vào hàng đợi đơn vị nhận "
                    + "ở trạng thái MOI; đơn vị mình theo dõi ở GET .../forwarded-cases. Phản ánh đã đóng hoặc là thư rác: 409 CASE_CLOSED. "
                    + "Chỉ cán bộ đường dây nóng, Trưởng ban, quản trị viên của đơn vị (khoá API vai trò HOTLINE_OFFICER, đọc-ghi).")
    @Post("/cases/{caseId}/forward")
    ForwardedCaseView forwardCase(Actor actor, long unitId, long caseId, @Body ForwardRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        DeskCase c = cases.findByUnitIdAndId(unitId, caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
        FieldErrors errors = new FieldErrors();
        UnitRef to = body.targetUnitId() == null ? null : targets.of(unit, c).get(body.targetUnitId());
        if (to == null) {
            errors.add("targetUnitId", "desk.api.target.invalid");
        }
        String reason = VietnameseText.multiline(body.reason());
        if (reason == null) {
            errors.add("reason", "desk.tree.reason.required");
        } else if (reason.length() > ForwardController.REASON_MAX) {
            errors.add("reason", "desk.text.tooLong", ForwardController.REASON_MAX, reason.length());
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        DeskCase moved = forwarding.forward(actor, unit, caseId, to, reason);
        return new ForwardedCaseView(c.id(), c.code(), to.id(), to.name(), moved.updatedAt(), reason, actor.fullName(), to.id(), to.name(),
                moved.code(), moved.status().name(), moved.spam());
    }

    @Operation(operationId = "listForwardedCases", summary = "Các phản ánh đơn vị đã chuyển đi, với nơi đang xử lý và trạng thái hiện nay",
            description = "Chỉ để theo dõi: phản ánh đã chuyển sang đơn vị khác không còn trong GET .../cases của đơn vị. Mới chuyển trước; "
                    + "sort: forwardedAt hoặc -forwardedAt (mặc định). Lý do chuyển chỉ hiện với các vai trò xử lý phản ánh của đơn vị.")
    @Get("/forwarded-cases")
    ApiList<ForwardedCaseView> listForwardedCases(Actor actor, long unitId, @Nullable @QueryValue String sort, @Nullable @QueryValue Integer page,
                                                  @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        String order = sort == null || sort.isBlank() ? "-forwardedAt" : sort.strip();
        if (!order.equals("forwardedAt") && !order.equals("-forwardedAt")) {
            throw UserInputException.of("sort", "api.sort.invalid", "forwardedAt");
        }
        Paging paging = Paging.of(page, perPage);
        List<SentAway.Sent> sent = sentAway.of(unitId, order.equals("forwardedAt"), paging.perPage(), paging.offset());
        long total = sent.isEmpty() && paging.page() == 1 ? 0 : sentAway.count(unitId);
        boolean desk = PersonalDataViews.shownTo(actor, unit);
        List<Long> ids = sent.stream().flatMap(s -> Stream.of(s.toUnitId(), s.unitNow())).distinct().toList();
        Map<Long, String> names = ids.isEmpty() ? Map.of() : units.findByIdIn(ids).stream().collect(Collectors.toMap(UnitRef::id, UnitRef::name));
        return paging.of(sent.stream().map(s -> new ForwardedCaseView(s.caseId(), s.codeThen(), s.toUnitId(), names.getOrDefault(s.toUnitId(), ""),
                s.at(), desk ? s.reason() : null, s.actorName(), s.unitNow(), names.getOrDefault(s.unitNow(), ""), s.codeNow(), s.statusNow().name(),
                s.spam())).toList(), total);
    }
}
