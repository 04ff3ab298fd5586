package vn.lantoa.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** Read on every signed-in request by tenancy's ActorLoader, in the same query as the person and their roles. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface RevokedSessionRepository extends GenericRepository<RevokedSession, String> {

    @Query("INSERT IGNORE INTO revoked_session (jti, user_id, expires_at, revoked_at) VALUES (:jti, :userId, :expiresAt, :now)")
    void revoke(String jti, long userId, Instant expiresAt, Instant now);

    @Query("DELETE FROM revoked_session WHERE expires_at < :now")
    void forgetExpired(Instant now);
}
