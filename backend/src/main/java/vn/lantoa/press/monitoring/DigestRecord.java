package vn.lantoa.press.monitoring;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** Which unit's digest of which period was sent (press_clipping_digest): the first to claim a period sends it. */
@Singleton
class DigestRecord {

    private final JdbcOperations jdbc;

    DigestRecord(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this call claimed the period (nobody sent it before); in the caller's transaction. */
    boolean claim(long unitId, String frequency, LocalDate from, LocalDate to, int clippings, int recipients, Instant now) {
        return jdbc.prepareStatement("INSERT IGNORE INTO press_clipping_digest (unit_id, frequency, period_start, period_end, clippings, recipients, "
                + "sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, unitId);
            ps.setString(2, frequency);
            ps.setDate(3, Date.valueOf(from));
            ps.setDate(4, Date.valueOf(to));
            ps.setInt(5, clippings);
            ps.setInt(6, recipients);
            ps.setTimestamp(7, Timestamp.from(now));
            return ps.executeUpdate() == 1;
        });
    }
}
