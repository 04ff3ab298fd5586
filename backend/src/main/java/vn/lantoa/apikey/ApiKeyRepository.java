package vn.lantoa.apikey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keys of one unit. The lookup of a request's key by its hash, the one read across units, is in {@link ApiKeySignIn}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ApiKeyRepository extends GenericRepository<ApiKey, Long> {

    String ROW = "SELECT k.id, k.unit_id, k.name, k.token_prefix, k.role, k.read_only, k.expires_at, k.created_at, k.last_used_at, "
            + "k.revoked_at, u.full_name AS creator_name, u.email AS creator_email, u.status AS creator_status, "
            + "u.platform_admin AS creator_platform_admin, (SELECT COUNT(*) FROM membership m WHERE m.user_id = k.created_by "
            + "AND m.unit_id = k.unit_id AND m.role = 'UNIT_ADMIN') AS creator_admin_roles, un.closed_on AS unit_closed_on "
            + "FROM api_key k JOIN app_user u ON u.id = k.created_by JOIN unit un ON un.id = k.unit_id ";

    ApiKey save(ApiKey key);

    @Query(ROW + "WHERE k.unit_id = :unitId ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC, k.id DESC")
    List<ApiKeyRow> findRowsOf(Long unitId);

    @Query(ROW + "WHERE k.unit_id = :unitId AND k.id = :id")
    Optional<ApiKeyRow> findRow(Long unitId, Long id);

    /** 1 when this call revoked the key; 0 when it was revoked already. */
    @Query("UPDATE api_key SET revoked_at = :now, revoked_by = :by WHERE unit_id = :unitId AND id = :id AND revoked_at IS NULL")
    int revoke(Long unitId, Long id, Long by, Instant now);
}
