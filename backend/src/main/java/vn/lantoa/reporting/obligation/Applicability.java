package vn.lantoa.reporting.obligation;

import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.send.ReportService;
import vn.lantoa.tenancy.UnitRef;

import java.util.List;
import java.util.Optional;

/**
 * Which obligations a unit must report on: those issued by a unit above it whose audience admits it, in the tree of
 * the period (see {@link PeriodTree}). A school moved to another Phòng reports to its new parent for the periods
 * that end after the move, and still owes its old Phòng the periods before.
 */
@Singleton
public class Applicability {

    private final ObligationRepository obligations;
    private final UnitGroups groups;
    private final SlotLookups lookups;

    Applicability(ObligationRepository obligations, UnitGroups groups, SlotLookups lookups) {
        this.lookups = lookups;
        this.obligations = obligations;
        this.groups = groups;
    }

    public List<Obligation> forUnit(UnitRef unit) {
        List<Long> path = unit.pathIds();
        List<Long> above = path.subList(0, path.size() - 1);
        if (above.isEmpty() || unit.closed()) {
            return List.of();
        }
        // The unit's path names the units above it, root first: an issuer's place in it is its depth.
        return obligations.findActiveIssuedByAny$WithoutTenancy(above).stream()
                .filter(o -> admitsBelow(o, path.indexOf(o.unitId()), unit)).toList();
    }

    /**
     * Obligations issued by a unit that was above this one at some time: those it may owe a period of. Whether it owes
     * one period is {@link #applies} with the unit as it stood in that period.
     */
    public List<Obligation> candidates(UnitRef unit, List<vn.lantoa.tenancy.TreeHistory.Placement> placements) {
        java.util.Set<Long> above = new java.util.LinkedHashSet<>();
        for (vn.lantoa.tenancy.TreeHistory.Placement p : placements) {
            for (String id : p.path().split("/")) {
                if (!id.isEmpty() && !id.equals(String.valueOf(unit.id()))) {
                    above.add(Long.valueOf(id));
                }
            }
        }
        return above.isEmpty() ? List.of() : obligations.findActiveIssuedByAny$WithoutTenancy(List.copyOf(above));
    }

    /**
     * Whether the obligation applies to the unit as placed in a period's tree: a unit closed since still owes the
     * periods it stood in the tree for (it is not placed in the later ones).
     */
    public boolean applies(Obligation obligation, UnitRef placed) {
        int issuerDepth = placed.pathIds().indexOf(obligation.unitId());
        return issuerDepth >= 0 && !obligation.unitId().equals(placed.id()) && admitsBelow(obligation, issuerDepth, placed);
    }

    /** The obligation, when it is active and applies to the unit as placed in the period's tree (see {@link ReportService#slot}). */
    public Optional<Obligation> find(UnitRef unit, long obligationId) {
        return lookups.obligation(obligationId).filter(Obligation::active).filter(o -> applies(o, unit));
    }

    /** The unit that receives this unit's report. */
    public static long recipient(Obligation obligation, UnitRef unit) {
        return obligation.recipient() == Recipient.PARENT ? unit.parentId() : obligation.unitId();
    }

    /** Whether the audience admits a unit below the issuer, the issuer sitting at the given depth. */
    private boolean admitsBelow(Obligation obligation, int issuerDepth, UnitRef unit) {
        ReportAudience audience = obligation.audienceRule();
        if (audience == null) {
            return false;
        }
        for (String s : audience.selectors()) {
            boolean match;
            if (s.equals("ALL")) {
                match = true;
            } else if (s.equals("CHILDREN")) {
                match = unit.depth() == issuerDepth + 1;
            } else if (s.startsWith("DEPTH:")) {
                match = unit.depth() == issuerDepth + Integer.parseInt(s.substring(6));
            } else if (s.startsWith("TYPE:")) {
                match = unit.type().name().equals(s.substring(5));
            } else if (s.startsWith("GROUP:")) {
                match = groups.isMember(Long.parseLong(s.substring(6)), unit.id());
            } else {
                match = unit.schoolLevel() != null && unit.schoolLevel().name().equals(vn.lantoa.tenancy.SchoolLevel.parse(s.substring(6)).name());
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
