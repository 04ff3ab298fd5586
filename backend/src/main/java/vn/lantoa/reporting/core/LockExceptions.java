package vn.lantoa.reporting.core;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;

/** A recipient's leave for one unit to send a locked period until a given time. */
@Singleton
@Connectable
public class LockExceptions {

    private final JdbcOperations jdbc;

    LockExceptions(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public boolean allows(long unitId, long obligationId, String period, Instant now) {
        return jdbc.prepareStatement("SELECT until_at FROM report_lock_exception WHERE unit_id = ? AND obligation_id = ? AND period_code = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, obligationId);
            ps.setString(3, period);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getTimestamp(1).toInstant().isAfter(now);
            }
        });
    }

    Instant until(long unitId, long obligationId, String period) {
        return jdbc.prepareStatement("SELECT until_at FROM report_lock_exception WHERE unit_id = ? AND obligation_id = ? AND period_code = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, obligationId);
            ps.setString(3, period);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getTimestamp(1).toInstant() : null;
            }
        });
    }

    public void grant(long unitId, long obligationId, String period, Instant until, Instant now, long by) {
        jdbc.prepareStatement("INSERT INTO report_lock_exception (unit_id, obligation_id, period_code, until_at, granted_at, granted_by) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE until_at = VALUES(until_at), granted_at = VALUES(granted_at), "
                + "granted_by = VALUES(granted_by)", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, obligationId);
            ps.setString(3, period);
            ps.setTimestamp(4, Timestamp.from(until));
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setLong(6, by);
            return ps.executeUpdate();
        });
    }
}
