package vn.lantoa.press;

import java.time.Duration;
import java.time.Instant;

/**
 * The first public statement clock: due {@code dueAt} (first alert plus the unit's statement hours); it stops when the
 * first holding statement or release is published. Nghị định 09/2017 asks the spokesperson to speak within 24 hours of
 * an unusual event, which is the default. The one rule for every page that shows the clock (incidents, the desk, the
 * board of incidents below, the home cards).
 */
public record StatementClock(Instant dueAt, Instant stoppedAt, Instant now) {

    public enum State { RUNNING, LATE, MADE_ON_TIME, MADE_LATE }

    public State state() {
        if (stoppedAt != null) {
            return stoppedAt.isAfter(dueAt) ? State.MADE_LATE : State.MADE_ON_TIME;
        }
        return now.isAfter(dueAt) ? State.LATE : State.RUNNING;
    }

    public boolean stopped() {
        return stoppedAt != null;
    }

    /** Time left while it runs; how late otherwise (never negative). */
    public Duration gap() {
        Instant end = stoppedAt != null ? stoppedAt : now;
        Duration d = Duration.between(end, dueAt);
        return d.isNegative() ? d.negated() : d;
    }

    /** "5 giờ 20 phút", "2 ngày 3 giờ": the gap as people say it. */
    public String gapText() {
        long minutes = gap().toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        StringBuilder b = new StringBuilder();
        if (days > 0) {
            b.append(days).append(" ngày ");
        }
        if (hours > 0 || days > 0) {
            b.append(hours).append(" giờ ");
        }
        if (days == 0) {
            b.append(mins).append(" phút");
        }
        return b.toString().strip();
    }

    /** Whole hours of the gap (as many as there are: 50, not 2 days 2). */
    public long hours() {
        return gap().toHours();
    }

    /** Minutes of the gap past its whole hours. */
    public long minutes() {
        return gap().toMinutesPart();
    }

    /** Whether the desk should look at it first: late, or under two hours left. */
    public boolean urgent() {
        State s = state();
        return s == State.LATE || (s == State.RUNNING && hours() < 2);
    }

    public String stateKey() {
        return "press.incident.clock." + state().name();
    }
}
