package vn.lantoa.apikey;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import vn.lantoa.tenancy.Role;

import java.time.Instant;
import java.time.LocalDate;

/** A key as its unit's admins list it: who made it, and whether that person still administers the unit. */
@Introspected
public record ApiKeyRow(Long id, Long unitId, String name, String tokenPrefix, Role role, boolean readOnly, Instant expiresAt,
                        Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, String creatorName,
                        String creatorEmail, String creatorStatus, boolean creatorPlatformAdmin, long creatorAdminRoles,
                        @Nullable LocalDate unitClosedOn) {

    public ApiKeyStatus status(Instant now) {
        boolean creatorStillAdmin = "ACTIVE".equals(creatorStatus) && (creatorPlatformAdmin || creatorAdminRoles > 0);
        return ApiKeyStatus.of(revokedAt, expiresAt, unitClosedOn != null, creatorStillAdmin, now);
    }
}
