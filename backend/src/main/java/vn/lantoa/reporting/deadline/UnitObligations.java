package vn.lantoa.reporting.deadline;

import jakarta.inject.Singleton;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.reporting.obligation.Applicability;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationRepository;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every obligation a unit has to do with, and how: it issued it, owes it (it applies to the unit as the tree stands),
 * receives its reports from below (its deadline screen lists it), or sees its numbers roll up through it (its roll-up
 * and dashboard list it). The same lists the pages use, so the API shows what the pages show.
 */
@Singleton
class UnitObligations {

    static final List<String> DIRECTIONS = List.of("issued", "owed", "received");
    /** Periods listed at most for one obligation: fifty years of months. */
    static final int MAX_PERIODS = 600;

    record Related(Obligation obligation, UnitRef issuer, boolean issued, boolean owed, boolean receives, boolean rollsUp) {

        boolean in(String direction) {
            if (direction == null || direction.isBlank()) {
                return true;
            }
            return switch (direction) {
                case "issued" -> issued;
                case "owed" -> owed;
                default -> receives || rollsUp;
            };
        }
    }

    private final ObligationRepository obligations;
    private final Applicability applicability;
    private final Received received;
    private final UnitRefRepository units;

    UnitObligations(ObligationRepository obligations, Applicability applicability, Received received, UnitRefRepository units) {
        this.obligations = obligations;
        this.applicability = applicability;
        this.received = received;
        this.units = units;
    }

    List<Related> of(UnitRef unit) {
        Map<Long, Obligation> all = new LinkedHashMap<>();
        List<Obligation> issued = obligations.findIssuedBy(unit.id());
        List<Obligation> owed = applicability.forUnit(unit);
        List<Obligation> receives = received.receivedBy(unit).stream().map(Received.Choice::obligation).toList();
        List<Obligation> rollsUp = received.rolledUpThrough(unit).stream().map(Received.Choice::obligation).toList();
        for (List<Obligation> list : List.of(issued, owed, receives, rollsUp)) {
            list.forEach(o -> all.putIfAbsent(o.id(), o));
        }
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, UnitRef> issuers = units.findByIdIn(all.values().stream().map(Obligation::unitId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(UnitRef::id, Function.identity()));
        Set<Long> issuedIds = ids(issued);
        Set<Long> owedIds = ids(owed);
        Set<Long> receivesIds = ids(receives);
        Set<Long> rollsUpIds = ids(rollsUp);
        List<Related> related = new ArrayList<>();
        for (Obligation o : all.values()) {
            related.add(new Related(o, issuers.get(o.unitId()), issuedIds.contains(o.id()), owedIds.contains(o.id()), receivesIds.contains(o.id()),
                    rollsUpIds.contains(o.id())));
        }
        related.sort(Comparator.comparing((Related r) -> r.obligation().title()).thenComparing(r -> r.obligation().id()));
        return related;
    }

    /** One of them; 404 for an obligation the unit has nothing to do with. */
    Related one(UnitRef unit, long obligationId) {
        return of(unit).stream().filter(r -> r.obligation().id() == obligationId).findFirst()
                .orElseThrow(() -> new NotFoundException("obligation " + obligationId));
    }

    private static Set<Long> ids(List<Obligation> list) {
        return list.stream().map(Obligation::id).collect(Collectors.toSet());
    }
}
