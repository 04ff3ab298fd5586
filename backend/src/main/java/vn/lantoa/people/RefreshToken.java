package vn.lantoa.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("refresh_token")
record RefreshToken(@Id @GeneratedValue @Nullable Long id, Long userId, String tokenHash, Instant expiresAt, @Nullable Instant revokedAt, Instant createdAt) {
}
