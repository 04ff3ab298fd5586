package vn.lantoa.people;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A session token (by its jti) that was ended before its expiry. */
@MappedEntity("revoked_session")
record RevokedSession(@Id String jti, long userId, Instant expiresAt, Instant revokedAt) {
}
