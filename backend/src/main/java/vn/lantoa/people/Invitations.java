package vn.lantoa.people;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.security.PasswordHasher;
import vn.lantoa.platform.security.PasswordPolicy;
import vn.lantoa.platform.security.SecretTokens;
import vn.lantoa.platform.security.SecuritySettings;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.EmailDomainPolicy;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Membership;
import vn.lantoa.tenancy.MembershipRepository;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Bringing people in: a unit admin invites by email with a role; a new person gets a link to set their
 * password, someone already on Lantoa is told of their new role. The membership, the link and the mail
 * are written in one transaction.
 */
@Singleton
public class Invitations {

    /** What an invitation did. */
    public record Result(User user, Membership membership, boolean newAccount) {
    }

    private final UserRepository users;
    private final MembershipRepository memberships;
    private final UserTokenRepository tokens;
    private final EmailDomainPolicy domains;
    private final Access access;
    private final MailOutbox outbox;
    private final PeopleMails mails;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final SecuritySettings settings;
    private final Clock clock;

    Invitations(UserRepository users, MembershipRepository memberships, UserTokenRepository tokens, EmailDomainPolicy domains,
                Access access, MailOutbox outbox, PeopleMails mails, PasswordHasher hasher, AuditLog audit,
                SecuritySettings settings, Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.tokens = tokens;
        this.domains = domains;
        this.access = access;
        this.outbox = outbox;
        this.mails = mails;
        this.hasher = hasher;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public Result invite(Actor actor, UnitRef unit, InviteForm.Invite invite) {
        access.require(actor, unit, Permission.MANAGE_PEOPLE);
        if (!domains.allows(unit, invite.email())) {
            throw UserInputException.of("email", "people.email.notOfficial", String.join(", ", domains.requiredFor(unit)));
        }
        Instant now = clock.instant();
        Optional<User> existing = users.findByEmail(invite.email());
        User user = existing.orElseGet(() -> users.save(new User(null, invite.email(), invite.fullName(), null, invite.jobTitle(), null,
                UserStatus.INVITED, false, 0, null, null, now, null, null, null)));
        if (memberships.existsByUnitIdAndUserIdAndRole(unit.id(), user.id(), invite.role())) {
            throw UserInputException.of("role", "people.role.alreadyHeld");
        }
        Membership membership = memberships.save(new Membership(null, unit.id(), user.id(), invite.role(), now, actor.userId()));
        if (user.status() == UserStatus.INVITED) {
            sendInvitation(actor, unit, user, invite.role().labelKey(), now);
        } else {
            outbox.enqueue(mails.newRole(user.email(), user.fullName(), unit.name(), invite.role().labelKey(), actor.fullName()));
        }
        audit.record(actor, unit.id(), "membership.granted", "membership", membership.id(),
                "Giao vai trò " + invite.role() + " cho " + user.email(), null,
                Map.of("userId", user.id(), "email", user.email(), "role", invite.role().name()));
        return new Result(user, membership, existing.isEmpty());
    }

    /**
     * Makes the first platform admin of a new installation: an invited account with a link to set its
     * password. Does nothing when the email already has an account.
     */
    @Transactional
    public boolean invitePlatformAdmin(String email) {
        if (users.existsByEmail(email)) {
            return false;
        }
        Instant now = clock.instant();
        User user = users.save(new User(null, email, email.substring(0, email.indexOf('@')), null, null, null, UserStatus.INVITED, true, 0,
                null, null, now, null, null, null));
        String token = SecretTokens.newToken();
        Instant expires = now.plus(Duration.ofDays(settings.getInvitationDays()));
        tokens.save(new UserToken(null, user.id(), UserToken.INVITE, SecretTokens.sha256(token), null, expires, null, now, null));
        outbox.enqueue(mails.platformInvitation(email, token, expires));
        audit.record(null, null, "invitation.platformAdmin", "user", user.id(), "Mời quản trị nền tảng " + email, null, null);
        return true;
    }

    /** Sends a fresh invitation link to someone who has not yet accepted; older links stop working. */
    @Transactional
    public void resend(Actor actor, UnitRef unit, long userId) {
        access.require(actor, unit, Permission.MANAGE_PEOPLE);
        if (memberships.findByUnitIdAndUserId(unit.id(), userId).isEmpty()) {
            throw new NotFoundException("member " + userId);
        }
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("user"));
        if (user.status() != UserStatus.INVITED) {
            throw UserInputException.of("user", "people.resend.alreadyActive");
        }
        Membership first = memberships.findByUnitIdAndUserId(unit.id(), userId).get(0);
        sendInvitation(actor, unit, user, first.role().labelKey(), clock.instant());
        audit.record(actor, unit.id(), "invitation.resent", "user", userId, "Gửi lại lời mời cho " + user.email(), null, null);
    }

    /** The person behind a live invitation link, for the acceptance page. */
    public Optional<User> invitee(String token) {
        return liveToken(token).flatMap(t -> users.findById(t.userId())).filter(u -> u.status() == UserStatus.INVITED);
    }

    /** Sets name, phone and password from the invitation page and activates the account. */
    @Transactional
    public User accept(String token, String fullName, String phone, String password, String confirm) {
        UserToken live = liveToken(token).orElseThrow(() -> UserInputException.of("token", "invitation.invalid"));
        User user = users.findById(live.userId()).filter(u -> u.status() == UserStatus.INVITED)
                .orElseThrow(() -> UserInputException.of("token", "invitation.invalid"));
        FieldErrors errors = new FieldErrors();
        String name = Fields.text(errors, "fullName", fullName, 150, "people.fullName.required");
        String cleanPhone = Fields.phone(errors, "phone", phone);
        PasswordPolicy.check("password", password, user.email(), errors);
        if (password != null && !password.equals(confirm)) {
            errors.add("confirm", "password.mismatch");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        Instant now = clock.instant();
        if (tokens.markUsed(live.id(), now) != 1) {
            throw UserInputException.of("token", "invitation.invalid");
        }
        User activated = users.update(new User(user.id(), user.email(), name, cleanPhone, user.jobTitle(), hasher.hash(password),
                UserStatus.ACTIVE, user.platformAdmin(), 0, null, null, user.sessionsValidAfter(), user.createdAt(), user.updatedAt(),
                user.version()));
        audit.record(null, live.unitId(), "invitation.accepted", "user", user.id(), user.email() + " đã nhận lời mời", null, null);
        return activated;
    }

    private void sendInvitation(Actor actor, UnitRef unit, User user, String roleLabelKey, Instant now) {
        tokens.retireAll(user.id(), UserToken.INVITE, now);
        String token = SecretTokens.newToken();
        Instant expires = now.plus(Duration.ofDays(settings.getInvitationDays()));
        tokens.save(new UserToken(null, user.id(), UserToken.INVITE, SecretTokens.sha256(token), unit.id(), expires, null, now, actor.userId()));
        outbox.enqueue(mails.invitation(user.email(), user.fullName(), unit.name(), roleLabelKey, actor.fullName(), token, expires));
    }

    private Optional<UserToken> liveToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndPurpose(SecretTokens.sha256(token.strip()), UserToken.INVITE)
                .filter(t -> t.usableAt(clock.instant()));
    }
}
