package vn.lantoa.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.lantoa.tenancy.Role;

import java.time.Instant;

/** A unit's API key as stored: its secret only as a SHA-256, with the first characters kept to recognise it by. */
@MappedEntity("api_key")
record ApiKey(
        @Id @GeneratedValue @Nullable Long id,
        Long unitId,
        String name,
        String tokenPrefix,
        String tokenHash,
        Role role,
        boolean readOnly,
        Instant expiresAt,
        Long createdBy,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        @Nullable Long revokedBy) {
}
