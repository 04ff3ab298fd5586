package vn.lantoa.press.board;

import java.time.Instant;

/**
 * Where an incident's first public statement clock stands: still running (DUE), passed without a statement (LATE), or a
 * statement made, within the clock (MADE) or after it (MADE_LATE). Read off the columns the incident keeps (press_incident).
 */
public enum StatementClock {
    DUE, LATE, MADE, MADE_LATE;

    public static StatementClock of(Instant dueAt, Instant firstStatementAt, Instant now) {
        if (firstStatementAt != null) {
            return firstStatementAt.isAfter(dueAt) ? MADE_LATE : MADE;
        }
        return now.isAfter(dueAt) ? LATE : DUE;
    }

    public String labelKey() {
        return "press.board.clock." + name();
    }
}
