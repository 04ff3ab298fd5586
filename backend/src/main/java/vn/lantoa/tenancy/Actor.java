package vn.lantoa.tenancy;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in person as the access rule sees them: who they are and their roles, unit by unit. A program calling with
 * an API key is an actor too: {@code machine} names the key, its one grant is the key's role in the key's unit, and
 * userId is the admin who made the key, who answers for what it does.
 */
public record Actor(long userId, String email, String fullName, boolean platformAdmin, List<Grant> grants, @Nullable MachineKey machine) {

    /** The authentication attribute under which an API key's request carries its ready-made actor. */
    public static final String AUTHENTICATION_ATTRIBUTE = "lantoa.machineActor";

    public Actor(long userId, String email, String fullName, boolean platformAdmin, List<Grant> grants) {
        this(userId, email, fullName, platformAdmin, grants, null);
    }

    /** A program with an API key, not a person. */
    public boolean isMachine() {
        return machine != null;
    }

    /** Acts with a read-only API key: reads what its role reads, changes nothing. */
    public boolean readOnly() {
        return machine != null && machine.readOnly();
    }

    public boolean hasRoleAt(UnitRef unit, Role... roles) {
        List<Role> wanted = Arrays.asList(roles);
        return grants.stream().anyMatch(g -> g.unitId().equals(unit.id()) && (wanted.isEmpty() || wanted.contains(g.role())));
    }

    /** A role in a unit strictly above the given one. */
    public boolean hasRoleAbove(UnitRef unit, Role... roles) {
        List<Role> wanted = Arrays.asList(roles);
        return grants.stream().anyMatch(g -> !g.unitId().equals(unit.id()) && unit.path().startsWith(g.unitPath())
                && (wanted.isEmpty() || wanted.contains(g.role())));
    }

    public boolean hasRoleAtOrAbove(UnitRef unit, Role... roles) {
        return hasRoleAt(unit, roles) || hasRoleAbove(unit, roles);
    }

    /** Units where this person holds any role, in tree order, each once. */
    public Set<Long> unitIds() {
        Set<Long> ids = new LinkedHashSet<>();
        grants.forEach(g -> ids.add(g.unitId()));
        return ids;
    }

    public List<Role> rolesAt(long unitId) {
        return grants.stream().filter(g -> g.unitId() == unitId).map(Grant::role).distinct().toList();
    }
}
