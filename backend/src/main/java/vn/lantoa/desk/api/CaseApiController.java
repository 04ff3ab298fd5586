package vn.lantoa.desk.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.desk.CaseHandling;
import vn.lantoa.desk.CaseStatus;
import vn.lantoa.desk.Channel;
import vn.lantoa.desk.ContactForm;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.Intake;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.desk.Topic;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Since;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The listening desk's cases as JSON, for a call-centre system that logs calls or an integration that follows the
 * queue: list, read one with its history and SLA clock, log a contact, and each step of handling as an explicit action,
 * through the same {@link CaseHandling} as the officer's pages (same row lock, same 409s, same history and audit).
 * Changing needs a desk role of the unit (HANDLE_FEEDBACK; an API key with the HOTLINE_OFFICER role); reading is for
 * whoever reads the unit's work, with the citizen's name, phone and email only for the unit's desk roles, and every answer
 * that shows them recorded in the audit log ({@link CaseReads}).
 */
@Controller("/api/v1/units/{unitId}/cases")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Phản ánh, kiến nghị")
class CaseApiController {

    /** As the officer's pages take a note, an answer or a result. */
    static final int TEXT_MAX = 10_000;
    static final int QUERY_MAX = 200;
    private static final Set<String> SORTS = Set.of("receivedAt", "-receivedAt", "updatedAt", "-updatedAt", "code", "-code", "status", "-status");
    private static final DateTimeFormatter CONTACT_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final CaseApiRepository cases;
    private final CaseReads reads;
    private final CaseHandling handling;
    private final Intake intake;
    private final SlaClock sla;
    private final Access access;
    private final Clock clock;

    CaseApiController(CaseApiRepository cases, CaseReads reads, CaseHandling handling, Intake intake, SlaClock sla, Access access, Clock clock) {
        this.cases = cases;
        this.reads = reads;
        this.handling = handling;
        this.intake = intake;
        this.sla = sla;
        this.access = access;
        this.clock = clock;
    }

    @Operation(operationId = "listCases", summary = "Các phản ánh, kiến nghị của đơn vị, với hạn xử lý và thời gian còn lại",
            description = "Mới nhận trước. Lọc: status (MOI, DA_TIEP_NHAN, DANG_XU_LY, CHO_BO_SUNG, DA_TRA_LOI, DA_DONG), topic (TUYEN_SINH, HOC_PHI, AN_TOAN, "
                    + "THI_CU, CAN_BO, CO_SO_VAT_CHAT, CHE_DO, KHAC), channel (WEB_FORM, PHONE, EMAIL, IN_PERSON), assigneeId (người được giao), "
                    + "q (tìm theo mã, nội dung, người gửi; không dấu cũng được), overdue (true: chỉ phản ánh quá hạn tiếp nhận hoặc trả lời; "
                    + "false: chỉ phản ánh chưa quá hạn), spam (true: chỉ phản ánh bị đánh dấu rác, mặc định ẩn). sort: receivedAt, updatedAt, "
                    + "code, status (thêm - ở đầu để giảm dần); updatedSince: chỉ phản ánh thay đổi từ thời điểm này. sla: đồng hồ đang chạy "
                    + "(ACKNOWLEDGE hoặc ANSWER), hạn và số giây còn lại (âm khi quá hạn), tính theo ngày làm việc. Họ tên, điện thoại, email "
                    + "của người gửi chỉ hiện với cán bộ đường dây nóng, Trưởng ban và quản trị viên của chính đơn vị (personalDataShown; khoá API "
                    + "theo vai trò của khoá); mỗi phản ánh hiện các thông tin đó được ghi vào nhật ký của đơn vị (desk.personal_data.viewed).")
    @Get
    ApiList<CaseViews.CaseSummary> listCases(Actor actor, long unitId, @Nullable @QueryValue String status, @Nullable @QueryValue String topic,
                                            @Nullable @QueryValue String channel, @Nullable @QueryValue Long assigneeId,
                                            @Nullable @QueryValue String q, @Nullable @QueryValue Boolean overdue,
                                            @Nullable @QueryValue Boolean spam, @Nullable @QueryValue String sort,
                                            @Nullable @QueryValue String updatedSince, @Nullable @QueryValue Integer page,
                                            @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        FieldErrors errors = new FieldErrors();
        String s = oneOf(errors, "status", status, CaseStatus.values());
        String t = oneOf(errors, "topic", topic, Topic.values());
        String c = oneOf(errors, "channel", channel, Channel.values());
        String order = sort == null || sort.isBlank() ? "" : sort.strip();
        if (!order.isEmpty() && !SORTS.contains(order)) {
            errors.add("sort", "api.sort.invalid", "code, receivedAt, status, updatedAt");
        }
        String query = VietnameseText.squish(q == null ? "" : q);
        if (query.length() > QUERY_MAX) {
            errors.add("q", "desk.api.q.tooLong", QUERY_MAX);
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        String pattern = "%" + VietnameseText.fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replaceAll("\\s+", "%") + "%";
        Instant now = clock.instant();
        boolean spamOnly = Boolean.TRUE.equals(spam);
        long total = cases.countForApi(unitId, spamOnly, s, t, c, assigneeId, pattern, since, overdue, now);
        List<DeskCase> found = cases.findForApi(unitId, spamOnly, s, t, c, assigneeId, pattern, since, overdue, now,
                order, paging.perPage(), paging.offset());
        return paging.of(reads.summaries(actor, unit, found), total);
    }

    @Operation(operationId = "getCase", summary = "Một phản ánh với lịch sử xử lý, hạn tiếp nhận và hạn trả lời",
            description = "steps: các bước theo thứ tự thời gian (RECEIVED, LOGGED, ACKNOWLEDGED, ASSIGNED, NOTE, ANSWERED, CLOSED, SPAM); "
                    + "shownToCitizen: bước người gửi thấy trên trang theo dõi. answerText: câu trả lời như đã gửi cho người dân. Họ tên, "
                    + "điện thoại, email của người gửi và nội dung ghi chú nội bộ chỉ hiện với các vai trò xử lý phản ánh của chính đơn vị; mỗi "
                    + "lần hiện được ghi vào nhật ký của đơn vị (desk.personal_data.viewed: tên các trường đã xem, không ghi giá trị). unitId, "
                    + "unitName: đơn vị đang giữ phản ánh. transfers: các lần chuyển giữa các đơn vị, cũ trước (FORWARDED: chuyển sang đơn vị "
                    + "toUnitId; ESCALATED: chuyển lên cấp trên do quá hạn, phản ánh vẫn do đơn vị xử lý); reason chỉ hiện với các vai trò xử lý "
                    + "phản ánh. Đơn vị đã chuyển phản ánh đi theo dõi nó ở GET .../forwarded-cases.")
    @Get("/{caseId}")
    CaseViews.CaseView getCase(Actor actor, long unitId, long caseId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return view(actor, unit, find(unitId, caseId));
    }

    @Answers(201)
    @Operation(operationId = "createCase", summary = "Ghi nhận một cuộc gọi, thư hoặc lượt đến trực tiếp thành phản ánh",
            description = "Như mẫu ghi nhận của cán bộ đường dây nóng: at (thời điểm, ISO-8601 có múi giờ, trong vòng một năm qua; bỏ trống là "
                    + "bây giờ), channel (PHONE, EMAIL hoặc IN_PERSON), caller (người liên hệ, tuỳ chọn, tối đa 200 ký tự), topic, summary (tóm "
                    + "tắt nội dung, bắt buộc). Phản ánh mới ở trạng thái DA_TIEP_NHAN, được tính hạn như mọi phản ánh và báo cho webhook "
                    + "(case.opened). Lỗi: 400 VALIDATION_FAILED với mã từng trường (desk.contact.summary.required, desk.form.topic.required...). "
                    + "Gửi kèm Idempotency-Key để tổng đài gửi lại an toàn. Trả về 201 với Location của phản ánh.")
    @Post
    HttpResponse<CaseViews.CaseView> createCase(Actor actor, long unitId, @Body CaseBodies.NewCase body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        FieldErrors errors = new FieldErrors();
        Instant now = clock.instant();
        String at = contactTime(errors, body.at(), now);
        ContactForm.Valid valid = new ContactForm(at, body.channel() == null ? null : body.channel().strip(), body.caller(),
                body.topic() == null ? null : body.topic().strip(), body.summary()).validate(errors, now);
        if (valid == null) {
            throw new UserInputException(errors);
        }
        DeskCase logged = intake.log(actor, unitId, valid);
        return HttpResponse.status(HttpStatus.CREATED).body(view(actor, unit, find(unitId, logged.id())))
                .header("Location", "/api/v1/units/" + unitId + "/cases/" + logged.id());
    }

    @Answers(errors = 409)
    @Operation(operationId = "acknowledgeCase", summary = "Tiếp nhận phản ánh",
            description = "Chỉ phản ánh mới (MOI); đã tiếp nhận, đã đóng hoặc bị đánh dấu rác: 409 CASE_NOT_NEW. Dừng đồng hồ tiếp nhận.")
    @Post("/{caseId}/acknowledge")
    CaseViews.CaseView acknowledgeCase(Actor actor, long unitId, long caseId) {
        UnitRef unit = handler(actor, unitId, caseId);
        handling.acknowledge(actor, unitId, caseId);
        return view(actor, unit, find(unitId, caseId));
    }

    @Answers(errors = 409)
    @Operation(operationId = "assignCase", summary = "Giao phản ánh cho một thành viên của đơn vị",
            description = "assigneeId: mã người dùng là thành viên của đơn vị (GET /api/v1/units/{unitId}/members); không phải thành viên: 400 "
                    + "(desk.assign.invalid). Phản ánh chưa tiếp nhận được tiếp nhận luôn. Phản ánh đã đóng: 409 CASE_CLOSED.")
    @Post("/{caseId}/assign")
    CaseViews.CaseView assignCase(Actor actor, long unitId, long caseId, @Body CaseBodies.Assign body) {
        UnitRef unit = handler(actor, unitId, caseId);
        Map<Long, String> members = reads.members(unitId);
        if (body.assigneeId() == null || !members.containsKey(body.assigneeId())) {
            throw UserInputException.of("assigneeId", "desk.assign.invalid");
        }
        handling.assign(actor, unitId, caseId, body.assigneeId(), members.get(body.assigneeId()));
        return view(actor, unit, find(unitId, caseId));
    }

    @Operation(operationId = "addCaseNote", summary = "Thêm ghi chú nội bộ vào phản ánh",
            description = "text bắt buộc, tối đa " + TEXT_MAX + " ký tự. Ghi chú không bao giờ hiện với người gửi.")
    @Post("/{caseId}/notes")
    CaseViews.CaseView addCaseNote(Actor actor, long unitId, long caseId, @Body CaseBodies.Text body) {
        UnitRef unit = handler(actor, unitId, caseId);
        String text = text(body.text(), "text", "desk.note.required");
        handling.note(actor, unitId, caseId, text);
        return view(actor, unit, find(unitId, caseId));
    }

    @Answers(errors = 409)
    @Operation(operationId = "answerCase", summary = "Trả lời phản ánh (gửi thư cho người dân nếu có email)",
            description = "text bắt buộc, tối đa " + TEXT_MAX + " ký tự; câu trả lời được giữ nguyên như đã gửi, người gửi thấy trên trang "
                    + "theo dõi và nhận thư nếu đã để lại email. Báo cho webhook (case.answered). Đã trả lời: 409 CASE_ALREADY_ANSWERED; "
                    + "đã đóng: 409 CASE_CLOSED.")
    @Post("/{caseId}/answer")
    CaseViews.CaseView answerCase(Actor actor, long unitId, long caseId, @Body CaseBodies.Text body) {
        UnitRef unit = handler(actor, unitId, caseId);
        String text = text(body.text(), "text", "desk.answer.required");
        handling.answer(actor, unitId, caseId, text, unit.name());
        return view(actor, unit, find(unitId, caseId));
    }

    @Answers(errors = 409)
    @Operation(operationId = "closeCase", summary = "Đóng phản ánh với kết quả xử lý",
            description = "result bắt buộc, tối đa " + TEXT_MAX + " ký tự. Đã đóng: 409 CASE_CLOSED.")
    @Post("/{caseId}/close")
    CaseViews.CaseView closeCase(Actor actor, long unitId, long caseId, @Body CaseBodies.Close body) {
        UnitRef unit = handler(actor, unitId, caseId);
        String result = text(body.result(), "result", "desk.result.required");
        handling.close(actor, unitId, caseId, result);
        return view(actor, unit, find(unitId, caseId));
    }

    @Answers(errors = 409)
    @Operation(operationId = "markCaseSpam", summary = "Đánh dấu phản ánh là rác",
            description = "Phản ánh bị đóng, ẩn khỏi danh sách và thống kê (xem lại bằng spam=true). Đã đóng: 409 CASE_CLOSED.")
    @Post("/{caseId}/spam")
    CaseViews.CaseView markCaseSpam(Actor actor, long unitId, long caseId) {
        UnitRef unit = handler(actor, unitId, caseId);
        handling.spam(actor, unitId, caseId);
        return view(actor, unit, find(unitId, caseId));
    }

    /** The unit, when the actor handles its cases and the case is the unit's (404 otherwise, before any check of the body). */
    private UnitRef handler(Actor actor, long unitId, long caseId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        find(unitId, caseId);
        return unit;
    }

    private DeskCase find(long unitId, long caseId) {
        return cases.findByUnitIdAndId(unitId, caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
    }

    private CaseViews.CaseView view(Actor actor, UnitRef unit, DeskCase c) {
        return reads.view(actor, unit, c);
    }

    /** A note, answer or result: required and bounded, as on the pages. */
    private static String text(@Nullable String value, String field, String requiredKey) {
        String text = VietnameseText.multiline(value);
        if (text == null) {
            throw UserInputException.of(field, requiredKey);
        }
        if (text.length() > TEXT_MAX) {
            throw UserInputException.of(field, "desk.text.tooLong", TEXT_MAX, text.length());
        }
        return text;
    }

    /** The contact's time as the contact form reads it (dd/mm/yyyy hh:mm, Vietnam time): now when none is given. */
    private static String contactTime(FieldErrors errors, @Nullable String at, Instant now) {
        Instant when = now;
        if (at != null && !at.isBlank()) {
            try {
                when = OffsetDateTime.parse(at.strip()).toInstant();
            } catch (DateTimeParseException e) {
                // The contact form then checks the rest; the time's own error is this one alone.
                errors.add("at", "desk.api.at.invalid");
            }
        }
        return CONTACT_TIME.format(LocalDateTime.ofInstant(when, VietnamTime.ZONE));
    }

    /** A filter's value among an enum's names, or null when none was asked; anything else is a field error listing them. */
    private static String oneOf(FieldErrors errors, String field, @Nullable String value, Enum<?>[] values) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (Arrays.stream(values).noneMatch(e -> e.name().equals(v))) {
            errors.add(field, "desk.api.filter.invalid", Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
        return v;
    }
}
