package vn.lantoa.reporting;

import vn.lantoa.tenancy.UnitRef;

/** One unit's place in one obligation for one period: what a report is filled in for. */
public record Slot(UnitRef unit, Obligation obligation, ObligationSchedule schedule, Period period) {

    public long recipientId() {
        return Applicability.recipient(obligation, unit);
    }
}
