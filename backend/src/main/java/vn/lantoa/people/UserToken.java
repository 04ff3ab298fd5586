package vn.lantoa.people;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A one-time link sent by email: an invitation (with the unit it came from) or a password reset. */
@MappedEntity("user_token")
record UserToken(
        @Id @GeneratedValue Long id,
        Long userId,
        String purpose,
        String tokenHash,
        Long unitId,
        Instant expiresAt,
        Instant usedAt,
        Instant createdAt,
        Long createdBy) {

    static final String INVITE = "INVITE";
    static final String RESET = "RESET";

    boolean usableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }
}
