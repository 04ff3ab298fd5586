package vn.lantoa.tenancy;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Turns a verified token into an {@link Actor}, reading roles fresh from the database on every request:
 * a role taken away, a disabled account, a "sign out everywhere" or this session's own sign-out takes effect at
 * once on every instance, not when the token expires. The person, their roles and whether this token was revoked
 * come in one read, since every signed-in request pays for it.
 */
@Singleton
class ActorLoader {

    private static final String PERSON_AND_ROLES = "SELECT u.id, u.email, u.full_name, u.status, u.platform_admin, u.sessions_valid_after, "
            + "m.unit_id, un.path, un.name, m.role, (SELECT 1 FROM revoked_session r WHERE r.jti = ?) AS revoked "
            + "FROM app_user u LEFT JOIN membership m ON m.user_id = u.id "
            + "LEFT JOIN unit un ON un.id = m.unit_id WHERE u.id = ? ORDER BY un.depth, un.name, m.role";

    private final JdbcOperations jdbc;

    ActorLoader(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Connectable
    Actor load(Authentication authentication) {
        if (authentication.getAttributes().get(Actor.AUTHENTICATION_ATTRIBUTE) instanceof Actor machine) {
            // An API key's request: its actor was read with the key, in the same query that checked it (apikey package).
            return machine;
        }
        long userId;
        try {
            userId = Long.parseLong(authentication.getName());
        } catch (NumberFormatException e) {
            throw new AuthorizationException(null);
        }
        Object jti = authentication.getAttributes().get("jti");
        Actor actor = jdbc.prepareStatement(PERSON_AND_ROLES, ps -> {
            ps.setString(1, jti instanceof String id && id.length() <= 64 ? id : "");
            ps.setLong(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                if (!"ACTIVE".equals(rs.getString(4))) {
                    return null;
                }
                if (rs.getObject(11) != null) {
                    // This session was signed out (SessionTokens.endSession).
                    return null;
                }
                Timestamp validAfter = rs.getTimestamp(6);
                if (issuedBefore(authentication, validAfter == null ? Instant.EPOCH : validAfter.toInstant())) {
                    return null;
                }
                String email = rs.getString(2);
                String fullName = rs.getString(3);
                boolean platformAdmin = rs.getBoolean(5);
                List<Grant> grants = new ArrayList<>();
                do {
                    long unitId = rs.getLong(7);
                    if (!rs.wasNull()) {
                        grants.add(new Grant(unitId, rs.getString(8), rs.getString(9), Role.valueOf(rs.getString(10))));
                    }
                } while (rs.next());
                return new Actor(userId, email, fullName, platformAdmin, List.copyOf(grants));
            }
        });
        if (actor == null) {
            throw new AuthorizationException(null);
        }
        return actor;
    }

    private static boolean issuedBefore(Authentication authentication, Instant validAfter) {
        Object iat = authentication.getAttributes().get("iat");
        Instant issuedAt;
        if (iat instanceof Date date) {
            issuedAt = date.toInstant();
        } else if (iat instanceof Number seconds) {
            issuedAt = Instant.ofEpochSecond(seconds.longValue());
        } else {
            return true;
        }
        // iat has whole seconds; compare at that precision.
        return issuedAt.getEpochSecond() < validAfter.getEpochSecond();
    }
}
