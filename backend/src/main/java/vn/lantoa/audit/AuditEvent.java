package vn.lantoa.audit;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("audit_event")
public record AuditEvent(
        @Id @GeneratedValue Long id,
        Long unitId,
        Instant occurredAt,
        Long actorUserId,
        String actorEmail,
        String action,
        String entityType,
        String entityId,
        String summary,
        String beforeJson,
        String afterJson) {
}
