package vn.lantoa.platform.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import vn.lantoa.platform.jobs.SchedulerLocks;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** The answers to creates, kept a day per caller and Idempotency-Key (table api_idempotency). */
@Singleton
class IdempotencyStore {

    /** A key already seen: what it was for, and its answer once there is one (status null while still running). */
    record Seen(String fingerprint, @Nullable Integer status, @Nullable String location, @Nullable byte[] body) {
    }

    static final Duration KEPT = Duration.ofDays(1);
    private final JdbcOperations jdbc;
    private final Clock clock;
    private final SchedulerLocks locks;

    IdempotencyStore(JdbcOperations jdbc, Clock clock, SchedulerLocks locks) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.locks = locks;
    }

    /** Claims the key for this request; empty when it is new (go on), else what was stored for it. */
    @Connectable
    Optional<Seen> claim(String caller, String key, String fingerprint) {
        int inserted = jdbc.prepareStatement("INSERT IGNORE INTO api_idempotency (caller, idem_key, fingerprint, created_at) VALUES (?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, caller);
                    ps.setString(2, key);
                    ps.setString(3, fingerprint);
                    ps.setTimestamp(4, Timestamp.from(clock.instant()));
                    return ps.executeUpdate();
                });
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.prepareStatement("SELECT fingerprint, status, location, response_body FROM api_idempotency WHERE caller = ? AND idem_key = ?",
                ps -> {
                    ps.setString(1, caller);
                    ps.setString(2, key);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            // Forgotten between the two statements (the first request failed): treat as still running.
                            return Optional.of(new Seen(fingerprint, null, null, null));
                        }
                        int status = rs.getInt(2);
                        return Optional.of(new Seen(rs.getString(1), rs.wasNull() ? null : status, rs.getString(3), rs.getBytes(4)));
                    }
                });
    }

    @Connectable
    void answer(String caller, String key, int status, @Nullable String location, byte[] body) {
        jdbc.prepareStatement("UPDATE api_idempotency SET status = ?, location = ?, response_body = ? WHERE caller = ? AND idem_key = ?", ps -> {
            ps.setInt(1, status);
            ps.setString(2, location);
            ps.setBytes(3, body);
            ps.setString(4, caller);
            ps.setString(5, key);
            return ps.executeUpdate();
        });
    }

    /** A create that failed leaves nothing behind: the same key may be used again once the request is fixed. */
    @Connectable
    void forget(String caller, String key) {
        jdbc.prepareStatement("DELETE FROM api_idempotency WHERE caller = ? AND idem_key = ? AND status IS NULL", ps -> {
            ps.setString(1, caller);
            ps.setString(2, key);
            return ps.executeUpdate();
        });
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    @Connectable
    void forgetOld() {
        locks.runExclusively("api-idempotency-purge", Duration.ofMinutes(10), () -> jdbc.prepareStatement(
                "DELETE FROM api_idempotency WHERE created_at < ? LIMIT 10000", ps -> {
                    ps.setTimestamp(1, Timestamp.from(clock.instant().minus(KEPT)));
                    return ps.executeUpdate();
                }));
    }
}
