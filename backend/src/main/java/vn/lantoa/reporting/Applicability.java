package vn.lantoa.reporting;

import jakarta.inject.Singleton;
import vn.lantoa.tenancy.UnitRef;

import java.util.List;
import java.util.Optional;

/**
 * Which obligations a unit must report on: those issued by a unit above it whose audience admits it, as the tree
 * stands today. A school moved to another Phòng reports to its new parent from then on; what it already sent stays
 * with the unit that received it.
 */
@Singleton
class Applicability {

    private final ObligationRepository obligations;
    private final UnitGroups groups;
    private final SlotLookups lookups;

    Applicability(ObligationRepository obligations, UnitGroups groups, SlotLookups lookups) {
        this.lookups = lookups;
        this.obligations = obligations;
        this.groups = groups;
    }

    List<Obligation> forUnit(UnitRef unit) {
        List<Long> path = unit.pathIds();
        List<Long> above = path.subList(0, path.size() - 1);
        if (above.isEmpty() || unit.closed()) {
            return List.of();
        }
        // The unit's path names the units above it, root first: an issuer's place in it is its depth.
        return obligations.findActiveIssuedByAny$WithoutTenancy(above).stream()
                .filter(o -> admitsBelow(o, path.indexOf(o.unitId()), unit)).toList();
    }

    Optional<Obligation> find(UnitRef unit, long obligationId) {
        return lookups.obligation(obligationId).filter(Obligation::active).filter(o -> {
            int issuerDepth = unit.pathIds().indexOf(o.unitId());
            if (unit.closed() || o.unitId().equals(unit.id()) || issuerDepth < 0) {
                return false;
            }
            return admitsBelow(o, issuerDepth, unit);
        });
    }

    /** The unit that receives this unit's report. */
    static long recipient(Obligation obligation, UnitRef unit) {
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
