package vn.lantoa.tenancy;

import jakarta.inject.Singleton;
import vn.lantoa.platform.web.ForbiddenException;
import vn.lantoa.platform.web.NotFoundException;

/**
 * The one authorization rule. A person acts in a unit where a membership gives the needed role. Unit
 * admins also run the structure below their unit (create, edit and move units, onboard their people).
 * Admins, committee heads and reporters read, never write, the work of the units below them. Nothing
 * crosses to siblings: a unit outside one's reach answers 404, as if it did not exist; a unit one may
 * only read answers 403 to a change. A program with an API key acts with the key's role in the key's unit, as any member
 * would, but never reads more than its role reads, never changes anything with a read-only key, and never does a
 * person's work of administration (people, structure, keys).
 */
@Singleton
public class Access {

    private final UnitRefRepository units;

    Access(UnitRefRepository units) {
        this.units = units;
    }

    /** The unit, when the actor has the permission in it; otherwise 404 (out of reach) or 403 (read-only). */
    public UnitRef require(Actor actor, long unitId, Permission permission) {
        UnitRef unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        require(actor, unit, permission);
        return unit;
    }

    public void require(Actor actor, UnitRef unit, Permission permission) {
        if (!can(actor, unit, Permission.VIEW)) {
            throw new NotFoundException("unit " + unit.id());
        }
        if (!can(actor, unit, permission)) {
            throw new ForbiddenException(permission + " in unit " + unit.id());
        }
    }

    public boolean can(Actor actor, UnitRef unit, Permission permission) {
        if (actor.isMachine() && !machineMay(actor, permission)) {
            return false;
        }
        if (actor.platformAdmin()) {
            return true;
        }
        return switch (permission) {
            case VIEW -> actor.hasRoleAt(unit) || actor.hasRoleAbove(unit, Role.OVERSIGHT.toArray(Role[]::new));
            case MANAGE_UNIT, MANAGE_PEOPLE, READ_AUDIT, IMPORT_UNITS -> actor.hasRoleAtOrAbove(unit, Role.UNIT_ADMIN);
            case EDIT_COMMITTEE -> actor.hasRoleAt(unit, Role.UNIT_ADMIN, Role.COMMITTEE_HEAD);
            // The spokesperson writes the unit's press releases and holding statements; publishing stays with the head.
            case WRITE_FILES, WRITE_CONTENT -> actor.hasRoleAt(unit, Role.UNIT_ADMIN, Role.COMMITTEE_HEAD, Role.EDITOR, Role.SPOKESPERSON);
            case READ_DRAFTS -> actor.hasRoleAt(unit);
            case APPROVE_CONTENT, MANAGE_SITE, SIGN_REPORTS, MANAGE_OBLIGATIONS -> actor.hasRoleAt(unit, Role.UNIT_ADMIN, Role.COMMITTEE_HEAD);
            case FILL_REPORTS, REVIEW_REPORTS -> actor.hasRoleAt(unit, Role.UNIT_ADMIN, Role.COMMITTEE_HEAD, Role.REPORTER);
            case MANAGE_API_KEYS -> actor.hasRoleAt(unit, Role.UNIT_ADMIN);
            case HANDLE_FEEDBACK -> actor.hasRoleAt(unit, Role.UNIT_ADMIN, Role.COMMITTEE_HEAD, Role.HOTLINE_OFFICER);
            case HANDLE_PRESS -> actor.hasRoleAt(unit, Role.UNIT_ADMIN, Role.COMMITTEE_HEAD, Role.SPOKESPERSON);
            case MONITOR_MEDIA -> actor.hasRoleAt(unit, Role.UNIT_ADMIN, Role.COMMITTEE_HEAD, Role.SPOKESPERSON, Role.HOTLINE_OFFICER);
            case MANAGE_PLANS -> actor.hasRoleAt(unit, Role.UNIT_ADMIN, Role.COMMITTEE_HEAD, Role.EDITOR);
            case SEND_NOTICES -> actor.hasRoleAt(unit, Role.UNIT_ADMIN, Role.COMMITTEE_HEAD);
        };
    }

    /**
     * What an API key may ever be allowed, whatever its role: a read-only key reads; no key runs the structure or the people
     * of a unit, nor makes keys (those stay a person's acts, signed in with a password).
     */
    private static boolean machineMay(Actor actor, Permission permission) {
        return switch (permission) {
            case MANAGE_UNIT, MANAGE_PEOPLE, IMPORT_UNITS, MANAGE_API_KEYS -> false;
            default -> !actor.readOnly() || permission.reads();
        };
    }

    /** Work on the platform itself (the tops of the trees, the days off): platform admins only; others get 403. */
    public void requirePlatformAdmin(Actor actor) {
        if (!actor.platformAdmin()) {
            throw new ForbiddenException("platform admin");
        }
    }

    /** Seen from above: the person holds no role in the unit itself, so its own work is read-only to them there. */
    public boolean seesFromAbove(Actor actor, UnitRef unit) {
        return !actor.platformAdmin() && !actor.hasRoleAt(unit);
    }

    /**
     * The subtree within which this person may put a unit now under {@code currentParent}: under their highest admin
     * membership above it. Null for a platform admin, who may put it anywhere.
     */
    public String moveScope(Actor actor, UnitRef currentParent) {
        if (actor.platformAdmin()) {
            return null;
        }
        return actor.grants().stream()
                .filter(g -> g.role() == Role.UNIT_ADMIN && currentParent.path().startsWith(g.unitPath()))
                .map(Grant::unitPath)
                .min(java.util.Comparator.comparingInt(String::length))
                .orElse(currentParent.path());
    }

    /** Units below this one are in the actor's reach only through oversight or administration from here up. */
    public boolean canSeeBelow(Actor actor, UnitRef unit) {
        return actor.platformAdmin() || actor.hasRoleAtOrAbove(unit, Role.OVERSIGHT.toArray(Role[]::new));
    }
}
