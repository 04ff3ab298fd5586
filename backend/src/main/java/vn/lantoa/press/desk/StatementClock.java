package vn.lantoa.press.desk;

import java.time.Duration;
import java.time.Instant;

/**
 * Where an incident stands against its first public statement clock: still running (time left), late (no statement yet,
 * past due), or stopped by the first statement, on time or late. Hours and minutes are of the time left or of the delay.
 */
public record StatementClock(State state, long hours, long minutes) {

    public enum State { RUNNING, LATE, MADE_ON_TIME, MADE_LATE }

    public static StatementClock of(Instant due, Instant firstStatement, Instant now) {
        if (firstStatement != null) {
            return firstStatement.isAfter(due) ? span(State.MADE_LATE, Duration.between(due, firstStatement)) : new StatementClock(State.MADE_ON_TIME, 0, 0);
        }
        return now.isAfter(due) ? span(State.LATE, Duration.between(due, now)) : span(State.RUNNING, Duration.between(now, due));
    }

    private static StatementClock span(State state, Duration d) {
        return new StatementClock(state, d.toHours(), d.toMinutesPart());
    }

    public String key() {
        return "press.clock." + state.name();
    }

    /** Whether the desk should look at it first: late, or under two hours left. */
    public boolean urgent() {
        return state == State.LATE || (state == State.RUNNING && hours < 2);
    }
}
