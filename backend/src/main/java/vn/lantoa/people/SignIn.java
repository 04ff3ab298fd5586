package vn.lantoa.people;

import jakarta.inject.Singleton;
import vn.lantoa.platform.security.LoginThrottle;
import vn.lantoa.platform.security.PasswordHasher;
import vn.lantoa.platform.security.SecuritySettings;
import vn.lantoa.platform.text.Emails;
import vn.lantoa.platform.time.VietnamTime;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks an email and password. Five wrong passwords in a row lock the account for fifteen minutes (both
 * configurable); one address trying many accounts is slowed by {@link LoginThrottle}. The messages say
 * what happened without telling whether an unknown email exists.
 */
@Singleton
public class SignIn {

    public sealed interface Outcome permits Success, Failure {
    }

    public record Success(User user) implements Outcome {
    }

    /** Why sign-in failed, as a message key with its arguments, and a stable code for the API. */
    public record Failure(String code, String messageKey, Object... args) implements Outcome {
    }

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SecuritySettings settings;
    private final Clock clock;

    SignIn(UserRepository users, PasswordHasher hasher, LoginThrottle throttle, SecuritySettings settings, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.settings = settings;
        this.clock = clock;
    }

    public Outcome attempt(String email, String password, String clientAddress) {
        if (!throttle.tryAcquire(clientAddress)) {
            return new Failure("TOO_MANY_ATTEMPTS", "signin.throttled");
        }
        String normalized = Emails.normalize(email);
        if (normalized == null || normalized.isEmpty() || password == null || password.isEmpty()) {
            return new Failure("INVALID_CREDENTIALS", "signin.missing");
        }
        Optional<User> found = users.findByEmail(normalized);
        Instant now = clock.instant();
        if (found.isEmpty()) {
            hasher.matches(password, null);
            return new Failure("INVALID_CREDENTIALS", "signin.bad", settings.getMaxFailedLogins(), settings.getLockMinutes());
        }
        User user = found.get();
        if (user.isLocked(now)) {
            return new Failure("ACCOUNT_LOCKED", "signin.locked", VietnamTime.dateTime(user.lockedUntil()));
        }
        if (!hasher.matches(password, user.passwordHash())) {
            users.countFailedLogin(user.id());
            if (users.failedLoginCount(user.id()) >= settings.getMaxFailedLogins()) {
                Instant until = now.plus(settings.lockDuration());
                users.lockUntil(user.id(), until);
                return new Failure("ACCOUNT_LOCKED", "signin.lockedNow", settings.getMaxFailedLogins(), VietnamTime.dateTime(until));
            }
            return new Failure("INVALID_CREDENTIALS", "signin.bad", settings.getMaxFailedLogins(), settings.getLockMinutes());
        }
        if (user.status() == UserStatus.DISABLED) {
            return new Failure("ACCOUNT_DISABLED", "signin.disabled");
        }
        if (user.status() != UserStatus.ACTIVE) {
            return new Failure("ACCOUNT_NOT_ACTIVATED", "signin.notActivated");
        }
        users.recordSuccessfulLogin(user.id(), now);
        return new Success(user);
    }
}
