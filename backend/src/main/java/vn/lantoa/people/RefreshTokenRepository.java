package vn.lantoa.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RefreshTokenRepository extends GenericRepository<RefreshToken, Long> {

    RefreshToken save(RefreshToken token);

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    /** Revokes one token if still live; 1 when this call revoked it (a replayed token gets 0). */
    @Query("UPDATE refresh_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    int revoke(Long id, Instant now);

    @Query("UPDATE refresh_token SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL")
    void revokeAllOf(Long userId, Instant now);
}
