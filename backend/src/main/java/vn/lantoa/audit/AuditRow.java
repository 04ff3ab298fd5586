package vn.lantoa.audit;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** An audit event as listed, with the unit's name. */
@Introspected
public record AuditRow(Long id, Long unitId, String unitName, Instant occurredAt, String actorEmail, String action, String entityType,
                       String entityId, String summary, String beforeJson, String afterJson) {
}
