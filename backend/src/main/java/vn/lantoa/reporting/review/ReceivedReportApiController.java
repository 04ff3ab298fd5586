package vn.lantoa.reporting.review;

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
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.Since;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.web.ForbiddenException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportRepository;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.core.ReportStatusFilter;
import vn.lantoa.reporting.deadline.DeadlineBoard;
import vn.lantoa.reporting.deadline.DeadlineRow;
import vn.lantoa.reporting.deadline.Received;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationRepository;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.send.SentReports;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reports from below as their recipient sees them, as JSON: every unit expected for a period with where its report
 * stands (the deadline screen), one report as sent, and accept or return with a reason. Units above read, never decide.
 */
@Controller("/api/v1/units/{unitId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Báo cáo nhận được")
class ReceivedReportApiController {

    /** One expected unit: answers and numbers only with include=answers, and only once it sent something. */
    @Serdeable
    record ReceivedLine(long unitId, String unitName, String unitType, @Nullable String schoolLevel, String status, boolean late, long daysLate,
                        @Nullable Long reportId, @Nullable Instant firstSubmittedAt, @Nullable Instant submittedAt, int revision,
                        @Nullable Instant exceptionUntil, @Nullable Map<String, String> answers, @Nullable Map<String, BigDecimal> numbers) {
    }

    @Serdeable
    record ReceivedReportView(long id, long unitId, String unitName, long recipientUnitId, long obligationId, String obligationTitle, String period,
                              String periodLabel, LocalDate dueDate, Instant lateFrom, String state, String status, long daysLate,
                              Instant firstSubmittedAt, Instant submittedAt, int revision, @Nullable Instant decidedAt, @Nullable String returnReason,
                              boolean canDecide, Map<String, String> answers, Map<String, BigDecimal> numbers) {
    }

    @Serdeable
    record ReturnBody(@Nullable String reason) {
    }

    /** The orders an integration may ask of the received list; by unit name unless told otherwise. */
    private static final Sorting<DeadlineRow> ORDER = Sorting.by(Map.of(
            "unitName", Comparator.comparing(DeadlineRow::unitName).thenComparing(DeadlineRow::unitId),
            "status", Comparator.comparing(r -> r.status().name()),
            "daysLate", Comparator.comparingLong(DeadlineRow::daysLate),
            "submittedAt", Sorting.nullsLast(r -> r.firstSubmittedAt() == null ? null : r.submittedAt()),
            "firstSubmittedAt", Sorting.nullsLast(DeadlineRow::firstSubmittedAt)));

    private final Received received;
    private final DeadlineBoard board;
    private final ReadableReports readable;
    private final ReviewService review;
    private final ReportRepository reports;
    private final ObligationRepository obligations;
    private final SentReports sent;
    private final SentNumbers numbers;
    private final UnitRefRepository units;
    private final Access access;
    private final Clock clock;

    ReceivedReportApiController(Received received, DeadlineBoard board, ReadableReports readable, ReviewService review, ReportRepository reports,
                                ObligationRepository obligations, SentReports sent, SentNumbers numbers, UnitRefRepository units, Access access,
                                Clock clock) {
        this.received = received;
        this.board = board;
        this.readable = readable;
        this.review = review;
        this.reports = reports;
        this.obligations = obligations;
        this.sent = sent;
        this.numbers = numbers;
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    @Operation(operationId = "listReceivedReports", summary = "Các đơn vị phải gửi báo cáo về đơn vị trong một kỳ, với trạng thái và số ngày muộn",
            description = "Một dòng cho mỗi đơn vị phải báo cáo (theo cơ cấu tại kỳ báo cáo), như màn hình theo dõi hạn nộp, xếp theo tên. "
                    + "status: late (quá hạn hoặc gửi muộn), missing (chưa gửi), sent (đã gửi), returned, accepted hoặc tên trạng thái "
                    + "(NOT_STARTED, DRAFT, SUBMITTED_ON_TIME, SUBMITTED_LATE, RETURNED, ACCEPTED, OVERDUE), nhiều giá trị cách nhau bằng dấu phẩy. "
                    + "sort: unitName (mặc định), status, daysLate, submittedAt, firstSubmittedAt; thêm - ở đầu để xếp giảm dần. "
                    + "updatedSince: chỉ các đơn vị đã gửi (lần gần nhất) từ thời điểm này (ISO-8601 có múi giờ). "
                    + "include=answers: kèm câu trả lời đã gửi (answers, như đã nhập) và các chỉ tiêu số (numbers, số thập phân chính xác). "
                    + "Nghĩa vụ phải là nghĩa vụ đơn vị nhận báo cáo (GET /obligations?direction=received); kỳ: 2026-11, 2026-Q4...")
    @Get("/obligations/{obligationId}/periods/{periodCode}/received")
    ApiList<ReceivedLine> listReceivedReports(Actor actor, long unitId, long obligationId, String periodCode, @Nullable @QueryValue String status,
                                              @Nullable @QueryValue String include, @Nullable @QueryValue String sort,
                                              @Nullable @QueryValue String updatedSince, @Nullable @QueryValue Integer page,
                                              @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        ReportStatusFilter filter = ReportStatusFilter.parse(status);
        boolean withAnswers = include != null && !include.isBlank();
        if (withAnswers && !"answers".equals(include.strip())) {
            throw UserInputException.of("include", "api.include.invalid");
        }
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        Received.Choice choice = Received.require(received.receivedBy(unit), obligationId);
        Period period = received.period(choice.obligation(), periodCode);
        List<DeadlineRow> rows = ORDER.sort(sort, board.rows(choice.obligation(), choice.issuer(), unit, period).stream()
                .filter(r -> filter.matches(r.status(), r.daysLate()))
                .filter(r -> Since.keeps(since, r.firstSubmittedAt() == null ? null : r.submittedAt()))
                .toList());
        ApiList<DeadlineRow> shown = paging.slice(rows);
        Map<Long, Report> sentReports = withAnswers ? sentReports(shown.items()) : Map.of();
        Map<Long, FormDefinition> forms = numbers.cache();
        return paging.of(shown.items().stream().map(r -> {
            Report report = r.reportId() == null ? null : sentReports.get(r.reportId());
            Map<String, String> answers = report == null ? null : sent.answers(report);
            return new ReceivedLine(r.unitId(), r.unitName(), r.unitType().name(), r.schoolLevel() == null ? null : r.schoolLevel().name(),
                    r.status().name(), r.late(), r.daysLate(), r.firstSubmittedAt() == null ? null : r.reportId(), r.firstSubmittedAt(),
                    r.firstSubmittedAt() == null ? null : r.submittedAt(), r.firstSubmittedAt() == null ? 0 : r.revision(), r.exceptionUntil(), answers,
                    report == null ? null : numbers.of(report, answers, forms));
        }).toList(), shown.total());
    }

    @Operation(operationId = "getReceivedReport", summary = "Một báo cáo nhận được, như đã gửi",
            description = "Đơn vị nhận báo cáo và các đơn vị cấp trên của đơn vị gửi đọc được báo cáo sau lần gửi đầu tiên; báo cáo bị trả lại "
                    + "hiện như lần gửi gần nhất. canDecide: người gọi có thể tiếp nhận hoặc trả lại.")
    @Get("/received-reports/{reportId}")
    ReceivedReportView getReceivedReport(Actor actor, long unitId, long reportId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return view(actor, unit, readable.readable(unit, reportId));
    }

    @Answers(errors = 409)
    @Operation(operationId = "acceptReport", summary = "Tiếp nhận báo cáo",
            description = "Chỉ đơn vị nhận báo cáo (quyền xét duyệt báo cáo); cấp trên chỉ đọc (403). Báo cáo đã tiếp nhận hoặc đã trả lại: "
                    + "409 CONFLICT. Trả về báo cáo với trạng thái mới.")
    @Post("/received-reports/{reportId}/accept")
    ReceivedReportView acceptReport(Actor actor, long unitId, long reportId) {
        UnitRef unit = recipient(actor, unitId, reportId);
        review.accept(actor, unit, reportId);
        return view(actor, unit, readable.readable(unit, reportId));
    }

    @Answers(errors = 409)
    @Operation(operationId = "returnReport", summary = "Trả lại báo cáo để đơn vị sửa và gửi lại",
            description = "reason bắt buộc (tối đa 1000 ký tự), được gửi thư cho đơn vị: thiếu thì 400 VALIDATION_FAILED (report.reasonRequired). "
                    + "Báo cáo đã tiếp nhận hoặc đã trả lại: 409 CONFLICT. Trả về báo cáo với trạng thái mới.")
    @Post("/received-reports/{reportId}/return")
    ReceivedReportView returnReport(Actor actor, long unitId, long reportId, @Nullable @Body ReturnBody body) {
        UnitRef unit = recipient(actor, unitId, reportId);
        review.returnReport(actor, unit, reportId, body == null ? null : body.reason());
        return view(actor, unit, readable.readable(unit, reportId));
    }

    /** The unit, when the person reviews its reports and the report was sent to it; a unit above reads it only. */
    private UnitRef recipient(Actor actor, long unitId, long reportId) {
        UnitRef unit = access.require(actor, unitId, Permission.REVIEW_REPORTS);
        if (!readable.readable(unit, reportId).recipientUnitId().equals(unit.id())) {
            throw new ForbiddenException("only the recipient decides on report " + reportId);
        }
        return unit;
    }

    private Map<Long, Report> sentReports(List<DeadlineRow> rows) {
        List<Long> ids = rows.stream().filter(r -> r.firstSubmittedAt() != null && r.reportId() != null).map(DeadlineRow::reportId).toList();
        return ids.isEmpty() ? Map.of() : reports.findByIdIn$WithoutTenancy(ids).stream().collect(Collectors.toMap(Report::id, Function.identity()));
    }

    private ReceivedReportView view(Actor actor, UnitRef unit, Report report) {
        Obligation obligation = obligations.findById$WithoutTenancy(report.obligationId()).orElseThrow();
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        Period period = ObligationSchedule.periodOf(obligation, report.periodCode());
        Instant lateFrom = schedule.lateFrom(period);
        ReportStatus status = ReportStatus.of(SentReports.facts(report), lateFrom, clock.instant());
        Report.State state = SentReports.state(report);
        Map<String, String> answers = sent.answers(report);
        boolean canDecide = report.recipientUnitId().equals(unit.id()) && access.can(actor, unit, Permission.REVIEW_REPORTS)
                && report.status() == Report.State.SUBMITTED;
        String sender = units.findById(report.unitId()).map(UnitRef::name).orElse("");
        return new ReceivedReportView(report.id(), report.unitId(), sender, report.recipientUnitId(), obligation.id(), obligation.title(),
                report.periodCode(), period.label(), schedule.dueDate(period), lateFrom, state.name(), status.name(),
                ReportStatus.daysLate(lateFrom, report.firstSubmittedAt()), report.firstSubmittedAt(), report.submittedAt(), report.revision(),
                report.decidedAt(), state == Report.State.RETURNED ? report.returnReason() : null, canDecide, answers,
                numbers.of(report, answers, numbers.cache()));
    }
}
