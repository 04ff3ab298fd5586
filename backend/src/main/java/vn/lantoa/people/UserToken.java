package vn.lantoa.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A one-time link sent by email: an invitation (with the unit it came from) or a password reset. */
@MappedEntity("user_token")
record UserToken(
        @Id @GeneratedValue @Nullable Long id,
        Long userId,
        String purpose,
        String tokenHash,
        @Nullable Long unitId,
        Instant expiresAt,
        @Nullable Instant usedAt,
        Instant createdAt,
        @Nullable Long createdBy) {

    static final String INVITE = "INVITE";
    static final String RESET = "RESET";

    boolean usableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }
}
