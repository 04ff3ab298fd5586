package vn.lantoa.desk.tree;

import jakarta.inject.Singleton;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a unit may send a case, the same rule for its page and its API: its parent, the unit concerned when it is below, and
 * the open units directly below.
 */
@Singleton
class ForwardTargets {

    private final UnitRefRepository units;

    ForwardTargets(UnitRefRepository units) {
        this.units = units;
    }

    /** The targets by id, parent first, then the unit concerned, then the units directly below; closed units never. */
    Map<Long, UnitRef> of(UnitRef unit, DeskCase c) {
        Map<Long, UnitRef> targets = new LinkedHashMap<>();
        if (unit.parentId() != null) {
            units.findById(unit.parentId()).filter(p -> !p.closed()).ifPresent(p -> targets.put(p.id(), p));
        }
        if (c.concernedUnitId() != null) {
            units.findById(c.concernedUnitId()).filter(u -> !u.closed() && unit.isAncestorOf(u)).ifPresent(u -> targets.put(u.id(), u));
        }
        for (UnitRef child : units.findOpenChildren(unit.id())) {
            targets.putIfAbsent(child.id(), child);
        }
        return targets;
    }
}
