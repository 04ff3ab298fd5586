package vn.lantoa.reporting.deadline;

import java.time.Instant;

/**
 * The latest reminder to a unit for a period, as the deadline screen shows it: when, whether a person or the schedule
 * sent it, and whether it reached anyone (addressees: how many people were mailed; null for reminders recorded before
 * that was counted).
 */
public record ReminderNote(Instant at, boolean automatic, Outcome outcome, Integer addressees) {

    /** Whether a reminder reached anyone, and if not, why. */
    public enum Outcome {
        /** Mailed to the unit's admins, committee head and reporters. */
        SENT,
        /** The unit has no active user at all. */
        NO_USER,
        /** The unit has active users, but none is its admin, committee head or reporter. */
        NO_ROLE;

        public String labelKey() {
            return "deadline.notReached." + name();
        }
    }

    public boolean reached() {
        return outcome == Outcome.SENT;
    }
}
