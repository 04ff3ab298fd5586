package vn.lantoa.press.questions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Preconditions;
import vn.lantoa.platform.api.Versioned;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.time.LocalDate;

/** A unit's journalists' questions as JSON: the press desk reads and works them, step by step as on the pages. */
@Controller("/api/v1/units/{unitId}/press-questions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Câu hỏi của báo chí")
class QuestionApiController {

    /**
     * dueRule: UNIT_DEFAULT:N (N ngày làm việc, mặc định của đơn vị) or CUSTOM; answerText: what was sent, or the reason a
     * request was declined; approvedBy: the user who approved (or declined).
     */
    @Serdeable
    record QuestionView(long id, long unitId, String code, LocalDate receivedOn, String channel, String outletName, String journalistName,
                        @Nullable String journalistEmail, @Nullable Long contactId, String question, LocalDate dueOn, String dueRule, boolean overdue,
                        @Nullable Long assigneeId, String status, @Nullable String draftText, @Nullable String answerText, @Nullable Long approvedBy,
                        @Nullable Instant approvedAt, @Nullable Instant sentAt, Instant createdAt, Instant updatedAt, long version) implements Versioned {

        static QuestionView of(Question q, LocalDate today) {
            return new QuestionView(q.id(), q.unitId(), q.code(), q.receivedOn(), q.channel().name(), q.outletName(), q.journalistName(),
                    q.journalistEmail(), q.contactId(), q.question(), q.dueOn(), q.dueRule(), q.status().open() && q.dueOn().isBefore(today), q.assigneeId(),
                    q.status().name(), q.draftText(), q.answerText(), q.approvedBy(), q.approvedAt(), q.sentAt(), q.createdAt(), q.updatedAt(), q.version());
        }
    }

    /** A question as sent: dates yyyy-MM-dd; dueOn empty for the unit's default; version (or If-Match) on update. */
    @Serdeable
    record QuestionRequest(@Nullable String receivedOn, @Nullable String channel, @Nullable String outletName, @Nullable String journalistName,
                           @Nullable String journalistEmail, @Nullable Long contactId, @Nullable String question, @Nullable String dueOn,
                           @Nullable Long assigneeId, @Nullable String version) {

        QuestionInput input() {
            return new QuestionInput(receivedOn, channel, outletName, journalistName, journalistEmail, contactId == null ? null : String.valueOf(contactId),
                    question, dueOn, assigneeId == null ? null : String.valueOf(assigneeId), version);
        }
    }

    @Serdeable
    record DraftRequest(@Nullable String draftText) {
    }

    @Serdeable
    record DeclineRequest(@Nullable String reason) {
    }

    private final Access access;
    private final Questions questions;
    private final QuestionRepository repository;
    private final QuestionSearch search;

    QuestionApiController(Access access, Questions questions, QuestionRepository repository, QuestionSearch search) {
        this.access = access;
        this.questions = questions;
        this.repository = repository;
        this.search = search;
    }

    @Operation(operationId = "listPressQuestions", summary = "Câu hỏi của báo chí gửi đến đơn vị",
            description = "Câu hỏi còn mở trước, hạn gần nhất trước; rồi câu hỏi đã đóng, gửi gần nhất trước. Lọc: status (RECEIVED, DRAFTED, "
                    + "APPROVED, SENT, DECLINED, hoặc OPEN cho mọi câu hỏi chưa đóng), assigneeId, overdue=true (câu hỏi mở đã quá hạn). "
                    + "sort: dueOn, receivedOn, code, updatedAt (thêm - ở đầu để giảm dần). "
                    + "Người phát ngôn, trưởng ban và quản trị viên của đơn vị.")
    @Get
    ApiList<QuestionView> list(Actor actor, long unitId, @Nullable @QueryValue String status, @Nullable @QueryValue Long assigneeId,
                               @Nullable @QueryValue Boolean overdue, @Nullable @QueryValue String sort, @Nullable @QueryValue Integer page,
                               @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.HANDLE_PRESS);
        QuestionStatus st = QuestionStatus.parse(status);
        boolean open = status != null && status.strip().equalsIgnoreCase("OPEN");
        if (status != null && !status.isBlank() && st == null && !open) {
            throw UserInputException.of("status", "press.q.status.invalid");
        }
        String order = sort == null || sort.isBlank() ? QuestionSearch.DUE_SOON_FIRST : QuestionSearch.ORDERS.get(sort.strip());
        if (order == null) {
            throw UserInputException.of("sort", "api.sort.invalid", "dueOn, receivedOn, code, updatedAt");
        }
        Paging paging = Paging.of(page, perPage);
        LocalDate today = questions.today();
        QuestionSearch.Found found = search.find(unitId, new QuestionSearch.Filter(st, open, assigneeId, Boolean.TRUE.equals(overdue) ? today : null),
                order, paging.perPage(), paging.offset());
        return paging.of(found.lines().stream().map(l -> QuestionView.of(l.q(), today)).toList(), found.total());
    }

    @Operation(operationId = "getPressQuestion", summary = "Một câu hỏi của báo chí", description = "Trả về ETag; gửi lại trong If-Match khi sửa.")
    @Get("/{questionId}")
    QuestionView get(Actor actor, long unitId, long questionId) {
        access.require(actor, unitId, Permission.HANDLE_PRESS);
        return view(unitId, questionId);
    }

    @Answers(201)
    @Operation(operationId = "createPressQuestion", summary = "Ghi nhận một câu hỏi (yêu cầu cung cấp thông tin) của báo chí",
            description = "receivedOn (yyyy-MM-dd, không sau hôm nay), channel (EMAIL, PHONE, LETTER, IN_PERSON, SOCIAL_MEDIA), outletName, "
                    + "journalistName, journalistEmail (hoặc contactId: phóng viên trong danh bạ báo chí của đơn vị, điền sẵn các trường còn trống), "
                    + "question, dueOn (bỏ trống: mặc định của đơn vị, tính theo ngày làm việc), assigneeId (người phát ngôn, trưởng ban hoặc quản trị "
                    + "viên của đơn vị). Lỗi: 400 VALIDATION_FAILED với mã từng trường. Gửi kèm Idempotency-Key để gửi lại an toàn.")
    @Post
    HttpResponse<QuestionView> create(Actor actor, long unitId, @Body QuestionRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        Question created = questions.create(actor, unit, questions.check(unit, body.input()));
        return HttpResponse.<QuestionView>status(HttpStatus.CREATED).body(view(unitId, created.id()))
                .header("Location", "/api/v1/units/" + unitId + "/press-questions/" + created.id());
    }

    @Answers(errors = {409, 412, 428})
    @Operation(operationId = "updatePressQuestion", summary = "Sửa một câu hỏi còn mở",
            description = "Cùng các trường như khi ghi nhận. Gửi ETag trong If-Match (hoặc version trong nội dung): người khác đã sửa trước thì "
                    + "412 STALE_VERSION; không gửi phiên bản: 428 VERSION_REQUIRED. Câu hỏi đã trả lời hoặc từ chối: 409 QUESTION_CLOSED.")
    @Put("/{questionId}")
    QuestionView update(HttpRequest<?> request, Actor actor, long unitId, long questionId, @Body QuestionRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        find(unitId, questionId);
        String expected = Preconditions.expectedVersion(request, body.version());
        long version;
        try {
            version = Long.parseLong(expected.strip());
        } catch (NumberFormatException e) {
            throw UserInputException.of("version", "error.invalidValue");
        }
        questions.update(actor, unit, questionId, version, questions.check(unit, body.input()));
        return view(unitId, questionId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "draftPressQuestionAnswer", summary = "Lưu dự thảo câu trả lời",
            description = "draftText bắt buộc. Sửa một câu trả lời đã duyệt thì phải duyệt lại. Câu hỏi đã đóng: 409 QUESTION_CLOSED.")
    @Post("/{questionId}/draft")
    QuestionView draft(Actor actor, long unitId, long questionId, @Body DraftRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        find(unitId, questionId);
        questions.saveDraft(actor, unit, questionId, body.draftText());
        return view(unitId, questionId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "approvePressQuestionAnswer", summary = "Duyệt dự thảo câu trả lời",
            description = "Người phát ngôn, trưởng ban hoặc quản trị viên của đơn vị; người duyệt được ghi lại và ký công văn trả lời. "
                    + "Chưa có dự thảo hoặc đã duyệt: 409 QUESTION_NOT_DRAFTED.")
    @Post("/{questionId}/approve")
    QuestionView approve(Actor actor, long unitId, long questionId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        find(unitId, questionId);
        questions.approve(actor, unit, questionId);
        return view(unitId, questionId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "sendPressQuestionAnswer", summary = "Gửi câu trả lời đã duyệt cho phóng viên",
            description = "Gửi thư kèm công văn trả lời (PDF theo Nghị định 30/2020) và đóng câu hỏi; nội dung đã gửi không sửa được nữa. "
                    + "Chưa duyệt: 409 QUESTION_NOT_APPROVED; chưa có thư điện tử của phóng viên: 409 QUESTION_NO_EMAIL.")
    @Post("/{questionId}/send")
    QuestionView send(Actor actor, long unitId, long questionId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        find(unitId, questionId);
        questions.send(actor, unit, questionId);
        return view(unitId, questionId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "declinePressQuestion", summary = "Từ chối cung cấp thông tin, nêu rõ lý do",
            description = "reason bắt buộc (Luật Báo chí 2016, Điều 38). Người phát ngôn, trưởng ban hoặc quản trị viên; đóng câu hỏi và gửi lý do "
                    + "kèm công văn cho phóng viên nếu có thư điện tử. Câu hỏi đã đóng: 409 QUESTION_CLOSED.")
    @Post("/{questionId}/decline")
    QuestionView decline(Actor actor, long unitId, long questionId, @Body DeclineRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        find(unitId, questionId);
        questions.decline(actor, unit, questionId, body.reason());
        return view(unitId, questionId);
    }

    private Question find(long unitId, long questionId) {
        return repository.findByUnitIdAndId(unitId, questionId).orElseThrow(() -> new NotFoundException("question " + questionId));
    }

    private QuestionView view(long unitId, long questionId) {
        return QuestionView.of(find(unitId, questionId), questions.today());
    }
}
