package vn.lantoa.reporting.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where one expected unit stands for one period, as the receiving unit's deadline screen shows it. The server's
 * clock decides: a report sent at 23:59:59 on the due day is on time, one sent at 00:00:00 the next day is late.
 */
public enum ReportStatus {
    NOT_STARTED, DRAFT, SUBMITTED_ON_TIME, SUBMITTED_LATE, RETURNED, ACCEPTED, OVERDUE;

    /** What the receiving unit knows of one unit's report: nothing yet, a draft, or what was last sent and decided. */
    public record Facts(boolean hasDraft, Instant firstSubmittedAt, boolean returned, boolean accepted) {

        public static Facts none() {
            return new Facts(false, null, false, false);
        }
    }

    public static ReportStatus of(Facts facts, Instant lateFrom, Instant now) {
        if (facts.accepted()) {
            return ACCEPTED;
        }
        if (facts.returned()) {
            return RETURNED;
        }
        if (facts.firstSubmittedAt() != null) {
            return facts.firstSubmittedAt().isBefore(lateFrom) ? SUBMITTED_ON_TIME : SUBMITTED_LATE;
        }
        if (!now.isBefore(lateFrom)) {
            return OVERDUE;
        }
        return facts.hasDraft() ? DRAFT : NOT_STARTED;
    }

    /** Whole days past the deadline, counted in Vietnam's calendar: sent at 00:10 the day after is 1 day late. */
    public static long daysLate(Instant lateFrom, Instant submittedOrNow) {
        if (submittedOrNow.isBefore(lateFrom)) {
            return 0;
        }
        LocalDate firstLateDay = lateFrom.atZone(DueRule.VIETNAM).toLocalDate();
        LocalDate day = submittedOrNow.atZone(DueRule.VIETNAM).toLocalDate();
        return Duration.between(firstLateDay.atStartOfDay(), day.atStartOfDay()).toDays() + 1;
    }

    /** Whether the unit sent the report at least once (whatever its recipient did with it since). */
    public boolean sent() {
        return this == SUBMITTED_ON_TIME || this == SUBMITTED_LATE || this == RETURNED || this == ACCEPTED;
    }

    public String labelKey() {
        return "reportStatus." + name();
    }
}
