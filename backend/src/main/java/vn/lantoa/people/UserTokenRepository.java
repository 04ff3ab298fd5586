package vn.lantoa.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserTokenRepository extends GenericRepository<UserToken, Long> {

    UserToken save(UserToken token);

    Optional<UserToken> findByTokenHashAndPurpose(String tokenHash, String purpose);

    /** Marks the token used only if nobody used it first; 1 when this call won. */
    @Query("UPDATE user_token SET used_at = :now WHERE id = :id AND used_at IS NULL")
    int markUsed(Long id, Instant now);

    /** A new link replaces the older ones of the same purpose. */
    @Query("UPDATE user_token SET used_at = :now WHERE user_id = :userId AND purpose = :purpose AND used_at IS NULL")
    void retireAll(Long userId, String purpose, Instant now);
}
