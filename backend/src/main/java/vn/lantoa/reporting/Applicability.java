package vn.lantoa.reporting;

import jakarta.inject.Singleton;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which obligations a unit must report on: those issued by a unit above it whose audience admits it, as the tree
 * stands today. A school moved to another Phòng reports to its new parent from then on; what it already sent stays
 * with the unit that received it.
 */
@Singleton
class Applicability {

    private final ObligationRepository obligations;
    private final UnitRefRepository units;
    private final UnitGroups groups;
    private final SlotLookups lookups;

    Applicability(ObligationRepository obligations, UnitRefRepository units, UnitGroups groups, SlotLookups lookups) {
        this.lookups = lookups;
        this.obligations = obligations;
        this.units = units;
        this.groups = groups;
    }

    List<Obligation> forUnit(UnitRef unit) {
        List<Long> above = unit.pathIds().stream().filter(id -> !id.equals(unit.id())).toList();
        if (above.isEmpty() || unit.closed()) {
            return List.of();
        }
        Map<Long, UnitRef> issuers = units.findByIdIn(above).stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
        return obligations.findActiveIssuedByAny$WithoutTenancy(above).stream()
                .filter(o -> admits(o, issuers.get(o.unitId()), unit)).toList();
    }

    Optional<Obligation> find(UnitRef unit, long obligationId) {
        return lookups.obligation(obligationId).filter(Obligation::active).filter(o -> {
            // The unit's path names the units above it, root first: the issuer's place in it is its depth.
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

    boolean admits(Obligation obligation, UnitRef issuer, UnitRef unit) {
        if (issuer == null || !issuer.isAncestorOf(unit)) {
            return false;
        }
        return admitsBelow(obligation, issuer.depth(), unit);
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
