package vn.lantoa.press.incidents;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import vn.lantoa.press.Severity;
import vn.lantoa.press.StatementClock;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The open incidents of the units below one unit that reach it by their severity (a serious one reaches the parent, a
 * grave one two levels up, a critical one every level): what its home page shows at once. One query on the paths; the
 * distance is computed from the depth of the incident's path (a path holds one id per level).
 */
@Singleton
@Connectable
public class EscalatedIncidents {

    /** One line: the incident, its unit, how many levels below, and the address of its page (readable from above). */
    public record Escalated(long id, long unitId, String unitName, String code, String title, Severity severity, Instant firstAlertAt,
                            Instant statementDueAt, Instant firstStatementAt, int distance, String href) {

        public StatementClock clock(Instant now) {
            return new StatementClock(statementDueAt, firstStatementAt, now);
        }
    }

    static final int LIMIT = 200;
    private static final String DEPTH = "(LENGTH(i.unit_path) - LENGTH(REPLACE(i.unit_path, '/', '')) - 1)";

    private final Sql sql;
    private final Clock clock;

    EscalatedIncidents(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Most severe first, then the oldest first alert. */
    public List<Escalated> reaching(UnitRef unit) {
        return sql.list("SELECT i.id, i.unit_id, u.name, i.code, i.title, i.severity, i.first_alert_at, i.statement_due_at, i.first_statement_at, "
                        + DEPTH + " - ? AS distance FROM press_incident i JOIN unit u ON u.id = i.unit_id "
                        + "WHERE i.status = 'OPEN' AND i.unit_path LIKE ? AND i.unit_id <> ? AND i.severity <> 'MINOR' "
                        + "AND (i.severity = 'CRITICAL' OR (i.severity = 'GRAVE' AND " + DEPTH + " - ? <= 2) OR (i.severity = 'SERIOUS' AND " + DEPTH + " - ? <= 1)) "
                        + "ORDER BY FIELD(i.severity, 'CRITICAL', 'GRAVE', 'SERIOUS'), i.first_alert_at LIMIT ?",
                rs -> new Escalated(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), Severity.parse(rs.getString(6)),
                        Sql.instant(rs, "first_alert_at"), Sql.instant(rs, "statement_due_at"), Sql.instant(rs, "first_statement_at"), rs.getInt("distance"),
                        "/admin/u/" + rs.getLong(2) + "/press/incidents/" + rs.getLong(1)),
                depth(unit), unit.path() + "%", unit.id(), depth(unit), depth(unit), LIMIT);
    }

    public Instant now() {
        return clock.instant();
    }

    private static int depth(UnitRef unit) {
        return unit.pathIds().size();
    }
}
