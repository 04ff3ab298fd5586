package vn.lantoa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** An audit event as listed, with the unit's name. */
@Introspected
public record AuditRow(Long id, Long unitId, @Nullable String unitName, Instant occurredAt, @Nullable String actorEmail, String action, String entityType,
                       @Nullable String entityId, String summary, @Nullable String beforeJson, @Nullable String afterJson) {
}
