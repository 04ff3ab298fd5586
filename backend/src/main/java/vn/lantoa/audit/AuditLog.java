package vn.lantoa.audit;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.tenancy.Actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;

/**
 * Records a change in the same transaction as the change: if one is rolled back, so is the other, and
 * no change is ever stored without its record. Before/after are flat maps of the fields that changed hands.
 */
@Singleton
public class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final AuditRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditRepository repository, JsonMapper json, Clock clock) {
        this.repository = repository;
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
