package vn.lantoa.tenancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One role of one user in one unit. */
@MappedEntity("membership")
public record Membership(
        @Id @GeneratedValue @Nullable Long id,
        Long unitId,
        Long userId,
        Role role,
        @Nullable Instant createdAt,
        @Nullable Long createdBy) {
}
