package vn.lantoa.apikey;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.platform.security.SecretTokens;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Grant;
import vn.lantoa.tenancy.MachineKey;
import vn.lantoa.tenancy.Role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns the secret of a request's key into the {@link Actor} it acts as, in one read: the key, its unit and whether its
 * maker still administers the unit. Like a person's roles, all of it is read on every request, so a revoked key, a closed
 * unit or an admin who left stops the key at once on every instance.
 */
@Singleton
class ApiKeySignIn {

    // The one read of api_key across units: the request's key is found by its hash before its unit is known.
    private static final String KEY_BY_HASH = "SELECT k.id, k.unit_id, k.name, k.token_prefix, k.token_hash, k.role, k.read_only, k.expires_at, "
            + "k.revoked_at, k.created_by, un.path, un.name, un.closed_on IS NOT NULL, u.email, "
            + "(u.status = 'ACTIVE' AND (u.platform_admin OR EXISTS (SELECT 1 FROM membership m WHERE m.user_id = k.created_by "
            + "AND m.unit_id = k.unit_id AND m.role = 'UNIT_ADMIN'))) "
            + "FROM api_key k JOIN unit un ON un.id = k.unit_id JOIN app_user u ON u.id = k.created_by WHERE k.token_hash = ?";

    private final JdbcOperations jdbc;
    private final Clock clock;

    ApiKeySignIn(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static boolean looksLikeKey(String token) {
        return token != null && token.startsWith(ApiKeys.TOKEN_START) && token.length() <= 100;
    }

    /** The key's actor; empty when the key is unknown, revoked, expired, its unit closed or its maker no longer its admin. */
    @Connectable
    Optional<Actor> actorFor(String secret) {
        if (!looksLikeKey(secret)) {
            return Optional.empty();
        }
        String hash = SecretTokens.sha256(secret);
        Instant now = clock.instant();
        return Optional.ofNullable(jdbc.prepareStatement(KEY_BY_HASH, ps -> {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                // The database found the row by its hash; compared again here in constant time, so that nothing about
                // a near miss can be timed.
                if (!MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII), rs.getString(5).getBytes(StandardCharsets.US_ASCII))) {
                    return null;
                }
                Timestamp revoked = rs.getTimestamp(9);
                ApiKeyStatus status = ApiKeyStatus.of(revoked == null ? null : revoked.toInstant(), rs.getTimestamp(8).toInstant(),
                        rs.getBoolean(13), rs.getBoolean(15), now);
                if (status != ApiKeyStatus.ACTIVE) {
                    return null;
                }
                long keyId = rs.getLong(1);
                long unitId = rs.getLong(2);
                String name = rs.getString(3);
                String prefix = rs.getString(4);
                Grant grant = new Grant(unitId, rs.getString(11), rs.getString(12), Role.valueOf(rs.getString(6)));
                // The maker answers for the key (userId); the audit log names the key itself (email).
                return new Actor(rs.getLong(10), "api-key:" + prefix, name, false, List.of(grant),
                        new MachineKey(keyId, name, prefix, unitId, rs.getBoolean(7)));
            }
        }));
    }
}
