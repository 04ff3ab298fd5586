package vn.lantoa.reporting.send;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Since;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportStatusFilter;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What a unit owes upward, as its "Báo cáo của đơn vị" page lists it: each obligation's recent periods with deadline and status. */
@Controller("/api/v1/units/{unitId}/owed-reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Báo cáo")
class OwedReportApiController {

    /** How many of each obligation's periods are listed, newest first: as on the page. */
    private static final int PERIODS = 12;

    @Serdeable
    record OwedReport(long obligationId, String obligationTitle, String recipientName, String dueRuleWords, String period, String periodLabel,
                      LocalDate dueDate, Instant lateFrom, String status, long daysLate, boolean locked, @Nullable Long reportId,
                      @Nullable Instant firstSubmittedAt, @Nullable Instant submittedAt, @Nullable String returnReason) {
    }

    /** Orders an integration may ask of what a unit owes; by obligation, newest period first, unless told otherwise. */
    private static final Sorting<OwedReport> ORDER = Sorting.by(Map.of(
            "dueDate", Comparator.comparing(OwedReport::dueDate),
            "status", Comparator.comparing(OwedReport::status),
            "daysLate", Comparator.comparingLong(OwedReport::daysLate),
            "obligationTitle", Comparator.comparing(OwedReport::obligationTitle)));

    private final MyReports mine;
    private final SentReports sent;
    private final Access access;

    OwedReportApiController(MyReports mine, SentReports sent, Access access) {
        this.mine = mine;
        this.sent = sent;
        this.access = access;
    }

    @Operation(operationId = "listOwedReports", summary = "Các báo cáo đơn vị phải gửi lên, với hạn nộp và trạng thái",
            description = "Mỗi nghĩa vụ với tối đa 12 kỳ gần nhất (mới nhất trước), mỗi kỳ theo cơ cấu tại kỳ đó. period: chỉ một kỳ (2026-11, 2026-Q4...). "
                    + "status: late (quá hạn hoặc gửi muộn), missing (chưa gửi), sent (đã gửi), returned, accepted hoặc tên trạng thái "
                    + "(NOT_STARTED, DRAFT, SUBMITTED_ON_TIME, SUBMITTED_LATE, RETURNED, ACCEPTED, OVERDUE), nhiều giá trị cách nhau bằng dấu phẩy. "
                    + "lateFrom: thời điểm đầu tiên bị tính là muộn. sort: dueDate, status, daysLate, obligationTitle; updatedSince: gửi (lần gần nhất) từ thời điểm này. Gửi báo cáo: PUT/POST /api/v1/units/{unitId}/reports/{obligationId}/{period}.")
    @Get
    ApiList<OwedReport> listOwedReports(Actor actor, long unitId, @Nullable @QueryValue String period, @Nullable @QueryValue String status,
                                        @Nullable @QueryValue String sort, @Nullable @QueryValue String updatedSince,
                                        @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        ReportStatusFilter filter = ReportStatusFilter.parse(status);
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        boolean own = sent.readsDrafts(actor, unit);
        List<OwedReport> rows = new ArrayList<>();
        for (SendPages.MyObligation o : mine.of(unit, PERIODS)) {
            Obligation obligation = o.obligation();
            ObligationSchedule schedule = new ObligationSchedule(obligation);
            for (SendPages.MyPeriod p : o.periods()) {
                if ((period != null && !period.isBlank() && !p.code().equals(period.strip())) || !filter.matches(p.status(), p.daysLate())) {
                    continue;
                }
                Period full = ObligationSchedule.periodOf(obligation, p.code());
                Report r = p.report();
                // Readers from above address a report only once it was sent (a draft is the unit's own until then).
                boolean addressable = r != null && (own || r.firstSubmittedAt() != null);
                rows.add(new OwedReport(obligation.id(), obligation.title(), o.recipientName(), o.ruleWords(), p.code(), p.label(), p.dueDate(),
                        schedule.lateFrom(full), p.status().name(), p.daysLate(), p.locked(), addressable ? r.id() : null,
                        r == null ? null : r.firstSubmittedAt(), r == null ? null : r.submittedAt(),
                        r != null && r.status() == Report.State.RETURNED ? r.returnReason() : null));
            }
        }
        return paging.slice(ORDER.sort(sort, rows.stream().filter(r -> Since.keeps(since, r.submittedAt())).toList()));
    }
}
