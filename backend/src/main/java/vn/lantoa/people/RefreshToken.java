package vn.lantoa.people;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("refresh_token")
record RefreshToken(@Id @GeneratedValue Long id, Long userId, String tokenHash, Instant expiresAt, Instant revokedAt, Instant createdAt) {
}
