package vn.lantoa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("audit_event")
public record AuditEvent(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Long unitId,
        Instant occurredAt,
        @Nullable Long actorUserId,
        @Nullable String actorEmail,
        String action,
        String entityType,
        @Nullable String entityId,
        String summary,
        @Nullable String beforeJson,
        @Nullable String afterJson) {
}
