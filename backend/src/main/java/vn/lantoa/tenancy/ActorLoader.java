package vn.lantoa.tenancy;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Date;

/**
 * Turns a verified token into an {@link Actor}, reading roles fresh from the database on every request:
 * a role taken away, a disabled account or a "sign out everywhere" takes effect at once, not when the
 * token expires.
 */
@Singleton
class ActorLoader {

    private final ActorUserRepository users;
    private final MembershipRepository memberships;

    ActorLoader(ActorUserRepository users, MembershipRepository memberships) {
        this.users = users;
        this.memberships = memberships;
    }

    Actor load(Authentication authentication) {
        long userId;
        try {
            userId = Long.parseLong(authentication.getName());
        } catch (NumberFormatException e) {
            throw new AuthorizationException(null);
        }
        ActorUser user = users.findById(userId).orElseThrow(() -> new AuthorizationException(null));
        if (!"ACTIVE".equals(user.status()) || issuedBefore(authentication, user.sessionsValidAfter())) {
            throw new AuthorizationException(null);
        }
        return new Actor(user.id(), user.email(), user.fullName(), user.platformAdmin(),
                memberships.findGrantsOfUser$WithoutTenancy(user.id()));
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
