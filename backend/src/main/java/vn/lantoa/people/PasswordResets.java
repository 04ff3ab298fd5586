package vn.lantoa.people;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.security.PasswordHasher;
import vn.lantoa.platform.security.PasswordPolicy;
import vn.lantoa.platform.security.SecretTokens;
import vn.lantoa.platform.security.SecuritySettings;
import vn.lantoa.platform.text.Emails;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * "Quên mật khẩu": a link valid for an hour, sent only to active accounts, with the same answer on screen
 * whether or not the email exists. Setting a new password ends every other session and lifts a lock.
 */
@Singleton
public class PasswordResets {

    private final UserRepository users;
    private final UserTokenRepository tokens;
    private final MailOutbox outbox;
    private final PeopleMails mails;
    private final PasswordHasher hasher;
    private final SessionTokens sessions;
    private final AuditLog audit;
    private final SecuritySettings settings;
    private final Clock clock;

    PasswordResets(UserRepository users, UserTokenRepository tokens, MailOutbox outbox, PeopleMails mails, PasswordHasher hasher,
                   SessionTokens sessions, AuditLog audit, SecuritySettings settings, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.outbox = outbox;
        this.mails = mails;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void request(String email) {
        String normalized = Emails.normalize(email);
        if (normalized == null || !Emails.isValid(normalized)) {
            return;
        }
        users.findByEmail(normalized).filter(u -> u.status() == UserStatus.ACTIVE).ifPresent(user -> {
            Instant now = clock.instant();
            tokens.retireAll(user.id(), UserToken.RESET, now);
            String token = SecretTokens.newToken();
            Instant expires = now.plus(Duration.ofMinutes(settings.getResetMinutes()));
            tokens.save(new UserToken(null, user.id(), UserToken.RESET, SecretTokens.sha256(token), null, expires, null, now, null));
            outbox.enqueue(mails.passwordReset(user.email(), user.fullName(), token, expires));
        });
    }

    public boolean isLive(String token) {
        return liveToken(token).isPresent();
    }

    @Transactional
    public User reset(String token, String password, String confirm) {
        UserToken live = liveToken(token).orElseThrow(() -> UserInputException.of("token", "password.reset.invalid"));
        User user = users.findById(live.userId()).filter(u -> u.status() == UserStatus.ACTIVE)
                .orElseThrow(() -> UserInputException.of("token", "password.reset.invalid"));
        FieldErrors errors = new FieldErrors();
        PasswordPolicy.check("password", password, user.email(), errors);
        if (password != null && !password.equals(confirm)) {
            errors.add("confirm", "password.mismatch");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Instant now = clock.instant();
        if (tokens.markUsed(live.id(), now) != 1) {
            throw UserInputException.of("token", "password.reset.invalid");
        }
        User changed = setPassword(user, password, now);
        audit.record(null, null, "password.reset", "user", user.id(), user.email() + " đặt lại mật khẩu qua email", null, null);
        return changed;
    }

    /** A signed-in person changing their own password: the current one is asked again. */
    @Transactional
    public void change(Actor actor, String current, String password, String confirm) {
        User user = users.findById(actor.userId()).orElseThrow();
        FieldErrors errors = new FieldErrors();
        if (!hasher.matches(current, user.passwordHash())) {
            errors.add("current", "password.currentWrong");
        }
        PasswordPolicy.check("password", password, user.email(), errors);
        if (password != null && !password.equals(confirm)) {
            errors.add("confirm", "password.mismatch");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        setPassword(user, password, clock.instant());
        audit.record(actor, null, "password.changed", "user", user.id(), user.email() + " đổi mật khẩu", null, null);
    }

    private User setPassword(User user, String password, Instant now) {
        User changed = users.update(new User(user.id(), user.email(), user.fullName(), user.phone(), user.jobTitle(), hasher.hash(password),
                user.status(), user.platformAdmin(), 0, null, user.lastLoginAt(), now, user.createdAt(), user.updatedAt(), user.version()));
        sessions.revokeAllOf(user.id());
        outbox.enqueue(mails.passwordChanged(user.email(), user.fullName()));
        return changed;
    }

    private Optional<UserToken> liveToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndPurpose(SecretTokens.sha256(token.strip()), UserToken.RESET)
                .filter(t -> t.usableAt(clock.instant()));
    }
}
