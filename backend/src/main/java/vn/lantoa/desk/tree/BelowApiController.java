package vn.lantoa.desk.tree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.desk.CaseStepRepository;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.DeskCaseRepository;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The unit above's read-only oversight of the open cases below it, as JSON: the oldest first, and one case with its history.
 * Whoever reads the unit's work reads this (Permission.VIEW); the citizen's personal data is masked unless the case passed through
 * this unit and the reader holds a desk role in it ({@link Unmasking}, which records every unmasked view).
 */
@Controller("/api/v1/units/{unitId}/cases-below")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Phản ánh, kiến nghị")
class BelowApiController {

    /** How deep the list pages: the oldest cases are read up to here (OpenBelow has a limit, no offset); filters narrow the rest. */
    static final int DEPTH = 2_000;

    private final Access access;
    private final OpenBelow below;
    private final Unmasking unmasking;
    private final UnitRefRepository units;
    private final DeskCaseRepository cases;
    private final CaseStepRepository steps;
    private final CaseMoves moves;
    private final SlaClock sla;
    private final Clock clock;

    BelowApiController(Access access, OpenBelow below, Unmasking unmasking, UnitRefRepository units, DeskCaseRepository cases, CaseStepRepository steps,
                       CaseMoves moves, SlaClock sla, Clock clock) {
        this.access = access;
        this.below = below;
        this.unmasking = unmasking;
        this.units = units;
        this.cases = cases;
        this.steps = steps;
        this.moves = moves;
        this.sla = sla;
        this.clock = clock;
    }

    @Operation(operationId = "listCasesBelow", summary = "Các phản ánh đang mở của các đơn vị cấp dưới, cũ nhất trước (chỉ để theo dõi)",
            description = "Phản ánh chưa trả lời, chưa đóng của mọi đơn vị bên dưới, phản ánh nhận sớm nhất trước (sort: receivedAt, mặc định và "
                    + "duy nhất). Lọc: scopeUnitId (một đơn vị cấp dưới và các đơn vị của nó), topic, escalated=true (chỉ phản ánh được chuyển lên "
                    + "đơn vị này do quá hạn). Xem được " + DEPTH + " phản ánh cũ nhất của mỗi bộ lọc (trang sâu hơn: 400 desk.api.below.tooDeep); "
                    + "total vẫn là tổng số. due, overdue: hạn đang chạy (tiếp nhận rồi trả lời) và đã quá hạn chưa; escalatedAt: lúc được chuyển "
                    + "lên đơn vị này do quá hạn. Họ tên, điện thoại, email của người gửi được che (N***, 09******78, h***@example.vn), trừ phản "
                    + "ánh đã chuyển qua đơn vị này hoặc chuyển lên do quá hạn, khi người đọc giữ vai trò cán bộ đường dây nóng, Trưởng ban hoặc "
                    + "quản trị viên của đơn vị (personalDataShown); mỗi phản ánh hiện không che được ghi vào nhật ký (desk.personal_data.viewed).")
    @Get
    ApiList<BelowViews.CaseBelow> listCasesBelow(Actor actor, long unitId, @Nullable @QueryValue Long scopeUnitId, @Nullable @QueryValue String topic,
                                                 @Nullable @QueryValue Boolean escalated, @Nullable @QueryValue String sort,
                                                 @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        UnitRef top = access.require(actor, unitId, Permission.VIEW);
        FieldErrors errors = new FieldErrors();
        BelowFilter filter = BelowFilter.of(units, top, scopeUnitId, topic, errors);
        if (sort != null && !sort.isBlank() && !sort.strip().equals("receivedAt")) {
            errors.add("sort", "api.sort.invalid", "receivedAt");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Paging paging = Paging.of(page, perPage);
        if (paging.offset() + paging.perPage() > DEPTH) {
            throw UserInputException.of("page", "desk.api.below.tooDeep", DEPTH);
        }
        Instant now = clock.instant();
        List<OpenBelow.Found> toTop = below.escalatedTo(top, DEPTH);
        Map<Long, Instant> escalatedAt = toTop.stream().collect(Collectors.toMap(OpenBelow.Found::id, OpenBelow.Found::escalatedAt, (x, y) -> x));
        List<OpenBelow.Found> shown;
        long total;
        if (Boolean.TRUE.equals(escalated)) {
            List<OpenBelow.Found> matching = toTop.stream().filter(f -> filter.scope().id().equals(top.id()) || f.unitId() == filter.scope().id())
                    .filter(f -> filter.topic() == null || f.topic() == filter.topic()).toList();
            total = matching.size();
            shown = matching.subList(Math.min(paging.offset(), matching.size()), Math.min(paging.offset() + paging.perPage(), matching.size()));
        } else {
            total = below.counts(top, filter.scope(), filter.topic(), now).stream().mapToLong(OpenBelow.Count::count).sum();
            List<OpenBelow.Found> oldest = below.oldest(top, filter.scope(), filter.topic(), paging.offset() + paging.perPage());
            shown = oldest.subList(Math.min(paging.offset(), oldest.size()), oldest.size());
        }
        Set<Long> unmasked = unmasking.unmasked(actor, top, shown.stream().map(OpenBelow.Found::id).toList());
        unmasking.viewed(actor, top, shown, unmasked);
        Map<Long, String> names = names(shown.stream().map(OpenBelow.Found::unitId).collect(Collectors.toSet()));
        return paging.of(shown.stream().map(f -> row(f, names, unmasked.contains(f.id()), escalatedAt.get(f.id()), now)).toList(), total);
    }

    @Operation(operationId = "getCaseBelow", summary = "Một phản ánh của đơn vị cấp dưới, chỉ để theo dõi",
            description = "Phản ánh của một đơn vị bên dưới (không thuộc cấp dưới hoặc không có: 404), đang mở hay đã xong, với lịch sử và các "
                    + "lần chuyển giữa các đơn vị. Họ tên, điện thoại, email của người gửi được che, và nội dung từng bước cùng lý do chuyển "
                    + "không hiện, trừ phản ánh đã chuyển qua đơn vị này hoặc chuyển lên do quá hạn, khi người đọc giữ vai trò cán bộ đường dây "
                    + "nóng, Trưởng ban hoặc quản trị viên của đơn vị (personalDataShown; mỗi lần xem được ghi vào nhật ký). Đơn vị cấp trên "
                    + "không thay đổi được phản ánh của cấp dưới.")
    @Get("/{caseId}")
    BelowViews.CaseBelowView getCaseBelow(Actor actor, long unitId, long caseId) {
        UnitRef top = access.require(actor, unitId, Permission.VIEW);
        long caseUnit = below.unitOfCaseBelow(top, caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
        DeskCase c = cases.findByUnitIdAndId(caseUnit, caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
        boolean unmasked = unmasking.unmasked(actor, top, List.of(caseId)).contains(caseId);
        if (unmasked) {
            unmasking.viewed(actor, top, c);
        }
        SlaClock.Sla clockNow = sla.of(c, clock.instant());
        List<BelowViews.Step> history = steps.history(caseUnit, caseId).stream()
                .map(s -> new BelowViews.Step(s.kind().name(), s.at(), unmasked ? s.detail() : null)).toList();
        List<BelowViews.Move> transfers = moves.of(c, unmasked).stream().map(m -> new BelowViews.Move(m.kind().name(), m.fromUnitId(), m.fromUnitName(),
                m.toUnitId(), m.toUnitName(), m.at(), m.reason())).toList();
        return new BelowViews.CaseBelowView(c.id(), caseUnit, names(Set.of(caseUnit)).getOrDefault(caseUnit, ""), c.code(), c.topic().name(),
                c.status().name(), c.channel().name(), c.receivedAt(), c.acknowledgedAt(), c.answeredAt(), c.closedAt(), c.message(),
                clockNow == null ? null : clockNow.acknowledge() ? "ACKNOWLEDGE" : "ANSWER", clockNow == null ? null : clockNow.due(),
                clockNow != null && clockNow.overdue(), c.anonymous(), unmasked, unmasked ? c.citizenName() : Masks.name(c.citizenName()),
                unmasked ? c.citizenPhone() : Masks.phone(c.citizenPhone()), unmasked ? c.citizenEmail() : Masks.email(c.citizenEmail()), history,
                transfers);
    }

    private BelowViews.CaseBelow row(OpenBelow.Found f, Map<Long, String> names, boolean unmasked, @Nullable Instant escalatedAt, Instant now) {
        Instant due = below.due(f);
        return new BelowViews.CaseBelow(f.id(), f.unitId(), names.getOrDefault(f.unitId(), ""), f.code(), f.topic() == null ? "" : f.topic().name(),
                f.status().name(), f.channel().name(), f.receivedAt(), f.excerpt(), due, due.isBefore(now), escalatedAt,
                f.name() == null && f.phone() == null && f.email() == null, unmasked, unmasked ? f.name() : Masks.name(f.name()),
                unmasked ? f.phone() : Masks.phone(f.phone()), unmasked ? f.email() : Masks.email(f.email()));
    }

    private Map<Long, String> names(Set<Long> ids) {
        return ids.isEmpty() ? Map.of() : units.findByIdIn(ids).stream().collect(Collectors.toMap(UnitRef::id, UnitRef::name));
    }
}
