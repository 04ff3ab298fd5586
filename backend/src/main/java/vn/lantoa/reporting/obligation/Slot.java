package vn.lantoa.reporting.obligation;

import vn.lantoa.reporting.core.Period;
import vn.lantoa.tenancy.UnitRef;

/** One unit's place in one obligation for one period: what a report is filled in for. */
public record Slot(UnitRef unit, Obligation obligation, ObligationSchedule schedule, Period period) {

    public long recipientId() {
        return Applicability.recipient(obligation, unit);
    }

    /** Whether a report first sent at this moment is late: the server's clock against the period's deadline. */
    public boolean lateAt(java.time.Instant firstSent) {
        return !firstSent.isBefore(schedule.lateFrom(period));
    }
}
