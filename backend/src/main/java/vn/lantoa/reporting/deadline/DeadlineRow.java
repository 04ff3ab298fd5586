package vn.lantoa.reporting.deadline;

import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;

import java.time.Instant;

/** One expected unit on a recipient's deadline screen. */
public record DeadlineRow(long unitId, long parentId, String unitName, UnitType unitType, SchoolLevel schoolLevel, Long reportId, Report.State state,
                          Instant firstSubmittedAt, Instant submittedAt, int revision, Long recipientUnitId, Instant exceptionUntil,
                          ReportStatus status, long daysLate) {

    public boolean late() {
        return status == ReportStatus.OVERDUE || daysLate > 0;
    }
}
