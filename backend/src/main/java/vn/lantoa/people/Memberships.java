package vn.lantoa.people;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.EmailDomainPolicy;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Membership;
import vn.lantoa.tenancy.MembershipRepository;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.util.Map;

/** Giving and taking roles of people who are already members of a unit, and unlocking their accounts. */
@Singleton
public class Memberships {

    private final MembershipRepository memberships;
    private final UserRepository users;
    private final EmailDomainPolicy domains;
    private final Access access;
    private final AuditLog audit;
    private final Clock clock;

    Memberships(MembershipRepository memberships, UserRepository users, EmailDomainPolicy domains, Access access, AuditLog audit, Clock clock) {
        this.memberships = memberships;
        this.users = users;
        this.domains = domains;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Membership grant(Actor actor, UnitRef unit, long userId, Role role) {
        access.require(actor, unit, Permission.MANAGE_PEOPLE);
        User user = memberOf(unit, userId);
        if (!domains.allows(unit, user.email())) {
            throw UserInputException.of("role", "people.email.notOfficial", String.join(", ", domains.requiredFor(unit)));
        }
        if (memberships.existsByUnitIdAndUserIdAndRole(unit.id(), userId, role)) {
            throw UserInputException.of("role", "people.role.alreadyHeld");
        }
        Membership saved = memberships.save(new Membership(null, unit.id(), userId, role, clock.instant(), actor.userId()));
        audit.record(actor, unit.id(), "membership.granted", "membership", saved.id(), "Giao vai trò " + role + " cho " + user.email(),
                null, Map.of("userId", userId, "email", user.email(), "role", role.name()));
        return saved;
    }

    /** Takes one role away. The last unit admin of a unit stays: someone must be able to run it. */
    @Transactional
    public void revoke(Actor actor, UnitRef unit, long membershipId) {
        access.require(actor, unit, Permission.MANAGE_PEOPLE);
        Membership membership = memberships.findByUnitIdAndId(unit.id(), membershipId)
                .orElseThrow(() -> new NotFoundException("membership " + membershipId));
        if (membership.role() == Role.UNIT_ADMIN && memberships.countByUnitIdAndRole(unit.id(), Role.UNIT_ADMIN) <= 1) {
            throw UserInputException.of("role", "people.role.lastAdmin");
        }
        User user = users.findById(membership.userId()).orElseThrow();
        memberships.deleteByUnitIdAndId(unit.id(), membershipId);
        audit.record(actor, unit.id(), "membership.revoked", "membership", membershipId,
                "Thu hồi vai trò " + membership.role() + " của " + user.email(),
                Map.of("userId", user.id(), "email", user.email(), "role", membership.role().name()), null);
    }

    @Transactional
    public void unlock(Actor actor, UnitRef unit, long userId) {
        access.require(actor, unit, Permission.MANAGE_PEOPLE);
        User user = memberOf(unit, userId);
        users.unlock(userId);
        audit.record(actor, unit.id(), "user.unlocked", "user", userId, "Mở khóa tài khoản " + user.email(), null, null);
    }

    /** The user, if they hold a role in this unit; otherwise 404, whoever they are elsewhere. */
    public User memberOf(UnitRef unit, long userId) {
        if (memberships.findByUnitIdAndUserId(unit.id(), userId).isEmpty()) {
            throw new NotFoundException("member " + userId);
        }
        return users.findById(userId).orElseThrow(() -> new NotFoundException("user " + userId));
    }
}
