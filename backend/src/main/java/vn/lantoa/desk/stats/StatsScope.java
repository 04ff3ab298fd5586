package vn.lantoa.desk.stats;

import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

/**
 * Whose cases a statistics page counts. The page is a read, like the reporting dashboard: whoever may see the unit's
 * workspace (its members, and oversight from above) reads it; siblings and other trees get 404. It holds counts only,
 * never a citizen's data. The units below are counted in for those who oversee them (admins, heads, reporters of the
 * unit or above) and for the unit's own desk roles, who answer for the tree's listening (issue 12, item 5); anyone else
 * sees the unit's own cases only.
 */
public record StatsScope(UnitRef unit, boolean subtree) {

    static StatsScope of(Access access, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return new StatsScope(unit, access.canSeeBelow(actor, unit) || access.can(actor, unit, Permission.HANDLE_FEEDBACK));
    }
}
