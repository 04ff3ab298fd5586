package vn.lantoa.press.board;

import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Incidents written with SQL, as the incidents slice stores them (press_incident, V73), for the board's tests. */
final class IncidentRows {

    private static final AtomicLong SEQ = new AtomicLong();

    private IncidentRows() {
    }

    /** An incident of the unit, alerted at {@code alert}; its statement clock runs 24 hours; returns its id. */
    static long insert(long unitId, String title, String type, String severity, String status, Instant alert, Instant firstStatement) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO press_incident (unit_id, unit_path, code, title, incident_type, "
                + "severity, status, opened_from, first_alert_at, statement_due_at, first_statement_at, closed_at, created_at, updated_at) "
                + "SELECT id, path, ?, ?, ?, ?, ?, 'MANUAL', ?, ?, ?, ?, ?, ? FROM unit WHERE id = ?", Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            ps.setString(i++, "SC-" + SEQ.incrementAndGet() + "-" + (System.nanoTime() % 100000));
            ps.setString(i++, title);
            ps.setString(i++, type);
            ps.setString(i++, severity);
            ps.setString(i++, status);
            ps.setTimestamp(i++, Timestamp.from(alert));
            ps.setTimestamp(i++, Timestamp.from(alert.plus(Duration.ofHours(24))));
            ps.setTimestamp(i++, firstStatement == null ? null : Timestamp.from(firstStatement));
            ps.setTimestamp(i++, "CLOSED".equals(status) ? Timestamp.from(alert.plus(Duration.ofHours(1))) : null);
            ps.setTimestamp(i++, Timestamp.from(alert));
            ps.setTimestamp(i++, Timestamp.from(alert));
            ps.setLong(i, unitId);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Open incidents strictly below the unit, counted by joining the units below to their incidents (not by the stored paths). */
    static long openBelow(long unitId) {
        return count("SELECT COUNT(*) FROM press_incident i JOIN unit u ON u.id = i.unit_id JOIN unit top ON top.id = " + unitId
                + " WHERE u.path LIKE CONCAT(top.path, '%') AND u.id <> top.id AND i.status <> 'CLOSED'");
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
    }
}
