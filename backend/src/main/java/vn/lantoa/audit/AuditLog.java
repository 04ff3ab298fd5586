package vn.lantoa.audit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.jdbc.TextStatements;
import vn.lantoa.tenancy.Actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Records a change in the same transaction as the change: if one is rolled back, so is the other, and
 * no change is ever stored without its record. Before/after are flat maps of the fields that changed hands.
 */
@Singleton
public class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final AuditRepository repository;
    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditRepository repository, JdbcOperations jdbc, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(Actor actor, Long unitId, String action, String entityType, Object entityId, String summary,
                       Map<String, ?> before, Map<String, ?> after) {
        LOG.info("{} {} unit={} {}: {}", actor == null ? "-" : actor.email(), action, unitId, entityType, summary);
        repository.save(new AuditEvent(null, unitId, clock.instant(),
                actor == null ? null : actor.userId(), actor == null ? null : actor.email(),
                action, entityType, entityId == null ? null : String.valueOf(entityId),
                summary.length() > 500 ? summary.substring(0, 500) : summary,
                toJson(before), toJson(after)));
    }

    /** One change to record with {@link #recordAll}: what {@link #record} takes, as a value, with the moment it was made. */
    public record Entry(Actor actor, Long unitId, String action, String entityType, Object entityId, String summary, Map<String, ?> after,
                        Instant at) {
    }

    /**
     * Records many changes made in one transaction in one insert (sends written together in a deadline rush); each
     * is logged as {@link #record} logs it.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        for (Entry e : entries) {
            LOG.info("{} {} unit={} {}: {}", e.actor() == null ? "-" : e.actor().email(), e.action(), e.unitId(), e.entityType(), e.summary());
        }
        String sql = "INSERT INTO audit_event (unit_id, occurred_at, actor_user_id, actor_email, action, entity_type, entity_id, summary, "
                + "before_json, after_json) VALUES " + String.join(", ", Collections.nCopies(entries.size(), "(?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)"));
        TextStatements.run(jdbc, sql, ps -> {
            int i = 1;
            for (Entry e : entries) {
                ps.setObject(i++, e.unitId());
                ps.setTimestamp(i++, Timestamp.from(e.at()));
                ps.setObject(i++, e.actor() == null ? null : e.actor().userId());
                ps.setString(i++, e.actor() == null ? null : e.actor().email());
                ps.setString(i++, e.action());
                ps.setString(i++, e.entityType());
                ps.setString(i++, e.entityId() == null ? null : String.valueOf(e.entityId()));
                ps.setString(i++, e.summary().length() > 500 ? e.summary().substring(0, 500) : e.summary());
                ps.setString(i++, toJson(e.after()));
            }
            return ps.executeUpdate();
        });
    }

    private String toJson(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        try {
            return json.writeValueAsString(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
