package vn.lantoa.reporting.deadline;

import jakarta.inject.Singleton;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationRepository;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The obligations whose reports a unit receives or oversees, and the periods to pick from. */
@Singleton
public class Received {

    private final ObligationRepository obligations;
    private final UnitRefRepository units;
    private final DeadlineBoard board;
    private final Clock clock;
    private final PeriodTree tree;

    Received(ObligationRepository obligations, UnitRefRepository units, DeadlineBoard board, Clock clock, PeriodTree tree) {
        this.tree = tree;
        this.obligations = obligations;
        this.units = units;
        this.board = board;
        this.clock = clock;
    }

    public record Choice(Obligation obligation, UnitRef issuer) {
    }

    /** Obligations issued here or above whose reports come to this unit: from its children, or to it as the issuer. */
    public List<Choice> receivedBy(UnitRef unit) {
        return candidates(unit).stream().filter(c -> DeadlineBoard.receives(c.obligation(), c.issuer(), unit))
                .filter(c -> c.obligation().recipient() == Recipient.ISSUER || board.expectsAnyBelow(c.obligation(), c.issuer(), unit, true)).toList();
    }

    /** Obligations issued here or above, whose numbers roll up through this unit. */
    public List<Choice> rolledUpThrough(UnitRef unit) {
        return candidates(unit).stream().filter(c -> board.expectsAnyBelow(c.obligation(), c.issuer(), unit, false)).toList();
    }

    /**
     * Obligations issued here or by a unit that is or was above this one (a Phòng moved to another Sở keeps its past
     * periods of its old Sở's obligations), each with its issuer.
     */
    private List<Choice> candidates(UnitRef unit) {
        if (!unit.type().mayHaveChildren()) {
            return List.of();
        }
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>(unit.pathIds());
        for (vn.lantoa.tenancy.TreeHistory.Placement p : tree.placementsOf(unit)) {
            for (String id : p.path().split("/")) {
                if (!id.isEmpty()) {
                    ids.add(Long.valueOf(id));
                }
            }
        }
        Map<Long, UnitRef> above = units.findByIdIn(ids).stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
        return obligations.findActiveIssuedByAny$WithoutTenancy(ids).stream()
                .filter(o -> o.periodType() != PeriodType.EVENT)
                .map(o -> new Choice(o, above.get(o.unitId())))
                .sorted(Comparator.comparing((Choice c) -> c.issuer().depth()).reversed().thenComparing(c -> c.obligation().title()))
                .toList();
    }

    public static Choice pick(List<Choice> choices, Long obligationId) {
        if (choices.isEmpty()) {
            return null;
        }
        if (obligationId == null) {
            return choices.get(0);
        }
        return choices.stream().filter(c -> c.obligation().id().equals(obligationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("obligation " + obligationId));
    }

    /** The choice asked for, or the first; 404 when there is none to choose from (exports and actions have no empty page). */
    public static Choice require(List<Choice> choices, Long obligationId) {
        Choice choice = pick(choices, obligationId);
        if (choice == null) {
            throw new NotFoundException("obligation");
        }
        return choice;
    }

    /** Listed obligations (exam sessions) issued here or above that units below report on: the exam board's choices. */
    List<Choice> listedThrough(UnitRef unit) {
        return rolledUpThrough(unit).stream().filter(c -> c.obligation().periodType() == PeriodType.LISTED).toList();
    }

    /** The period asked for, or the current one; 404 for a code that is not one of the obligation's periods. */
    public Period period(Obligation obligation, String code) {
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        if (code == null || code.isBlank()) {
            return schedule.current(today());
        }
        Period p = schedule.parse(code);
        if (p == null) {
            throw new NotFoundException("period " + code);
        }
        return p;
    }

    /** The period asked for, or the newest one whose due day has come: where a recipient's deadline screen opens. */
    Period periodOrLatestDue(Obligation obligation, String code) {
        if (code == null || code.isBlank()) {
            return new ObligationSchedule(obligation).latestDue(today());
        }
        return period(obligation, code);
    }

    public List<Period> periods(Obligation obligation, int count) {
        return new ObligationSchedule(obligation).recent(today(), count);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(DueRule.VIETNAM));
    }
}
