package vn.lantoa.press.stats;

import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

/**
 * Whose press work the statistics count. Counts only, read like the reporting dashboard: the unit's members and oversight
 * from above (Permission.VIEW); siblings and other trees get 404. The units below are counted in, with a row each, for those
 * who oversee them and for the unit's media desk (as the board of incidents below); anyone else sees the unit's own work.
 */
public record StatsScope(UnitRef unit, boolean subtree) {

    static StatsScope of(Access access, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return new StatsScope(unit, unit.type().mayHaveChildren()
                && (access.canSeeBelow(actor, unit) || access.can(actor, unit, Permission.MONITOR_MEDIA)));
    }
}
