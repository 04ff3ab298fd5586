package vn.lantoa.press.stats;

import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Questions, clippings and incidents written with SQL as the other slices store them (V71 to V73), for the statistics tests. */
final class PressRows {

    private static final AtomicLong SEQ = new AtomicLong();

    private PressRows() {
    }

    static void question(long unitId, LocalDate received, LocalDate due, String status, Instant sentAt) {
        exec("INSERT INTO press_question (unit_id, code, received_on, channel, outlet_name, journalist_name, question, due_on, due_rule, status, sent_at, "
                + "created_at, updated_at) VALUES (?, ?, ?, 'EMAIL', 'Báo Giáo dục và Thời đại', 'Phóng viên Minh', 'Xin thông tin về kỳ thi', ?, 'DEFAULT', ?, ?, "
                + "?, ?)", ps -> {
            ps.setLong(1, unitId);
            ps.setString(2, "YC-" + SEQ.incrementAndGet() + "-" + (System.nanoTime() % 100000));
            ps.setObject(3, received);
            ps.setObject(4, due);
            ps.setString(5, status);
            ps.setTimestamp(6, sentAt == null ? null : Timestamp.from(sentAt));
            ps.setTimestamp(7, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
            ps.setTimestamp(8, Timestamp.from(sentAt == null ? Instant.parse("2026-01-01T00:00:00Z") : sentAt));
        });
    }

    static long clipping(long unitId, LocalDate published, String tone, Long forwardedFrom) {
        return exec("INSERT INTO press_clipping (unit_id, outlet_name, outlet_kind, title, published_on, tone, forwarded_from_id, created_at, updated_at) "
                + "VALUES (?, 'Báo Đắk Lắk', 'NEWSPAPER', 'Bài về kỳ thi', ?, ?, ?, NOW(6), NOW(6))", ps -> {
            ps.setLong(1, unitId);
            ps.setObject(2, published);
            ps.setString(3, tone);
            ps.setObject(4, forwardedFrom);
        });
    }

    /** An incident alerted at {@code alert} with a 24-hour clock, its first statement {@code statementAfter} later (or none). */
    static void incident(long unitId, String type, Instant alert, Duration statementAfter) {
        exec("INSERT INTO press_incident (unit_id, unit_path, code, title, incident_type, severity, status, opened_from, first_alert_at, statement_due_at, "
                + "first_statement_at, created_at, updated_at) SELECT id, path, ?, 'Sự cố', ?, 'SERIOUS', 'OPEN', 'MANUAL', ?, ?, ?, ?, ? FROM unit WHERE id = ?", ps -> {
            ps.setString(1, "SC-" + SEQ.incrementAndGet() + "-" + (System.nanoTime() % 100000));
            ps.setString(2, type);
            ps.setTimestamp(3, Timestamp.from(alert));
            ps.setTimestamp(4, Timestamp.from(alert.plus(Duration.ofHours(24))));
            ps.setTimestamp(5, statementAfter == null ? null : Timestamp.from(alert.plus(statementAfter)));
            ps.setTimestamp(6, Timestamp.from(alert));
            ps.setTimestamp(7, Timestamp.from(alert));
            ps.setLong(8, unitId);
        });
    }

    interface Binder {
        void bind(PreparedStatement ps) throws Exception;
    }

    private static long exec(String sql, Binder binder) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            binder.bind(ps);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
