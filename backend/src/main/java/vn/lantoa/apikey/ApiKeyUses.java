package vn.lantoa.apikey;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.MachineKey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a key did, for its unit's admins: every change it asked for (method, address, answer), and for reading, its
 * first request of each minute. Reads are many (an integration may poll) and change nothing, so they are recorded
 * per minute, together with last_used_at, in one conditional write that a second instance cannot repeat.
 */
@Singleton
class ApiKeyUses {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApiKeyUses(JdbcOperations jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Marks the key used; the first request of a minute also goes in the audit log. */
    @Transactional
    void used(Actor actor, String method, String path) {
        MachineKey key = actor.machine();
        Instant now = clock.instant();
        int first = jdbc.prepareStatement("UPDATE api_key SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?)", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setLong(2, key.keyId());
            ps.setTimestamp(3, Timestamp.from(now.minus(WINDOW)));
            return ps.executeUpdate();
        });
        if (first == 1) {
            audit.record(actor, key.unitId(), "apiKey.use", "api_key", key.keyId(),
                    "Khoá API \"" + key.name() + "\" được dùng: " + method + " " + path, null, request(method, path, null));
        }
    }

    /** A change asked for with a key, whatever the answer: a refused attempt says as much about an integration as a success. */
    @Transactional
    void wrote(Actor actor, String method, String path, int status) {
        MachineKey key = actor.machine();
        audit.record(actor, key.unitId(), "apiKey.write", "api_key", key.keyId(),
                "Khoá API \"" + key.name() + "\": " + method + " " + path + " → " + status, null, request(method, path, status));
    }

    private static Map<String, Object> request(String method, String path, Integer status) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("method", method);
        values.put("path", path.length() > 300 ? path.substring(0, 300) : path);
        if (status != null) {
            values.put("status", status);
        }
        return values;
    }
}
