package vn.lantoa.reporting.core;

import jakarta.inject.Singleton;
import vn.lantoa.tenancy.TreeHistory;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tree a reporting period is reported in. The rule, for every screen about a period (deadline screen, roll-up,
 * dashboard, exports, reminders, a unit's own list of reports, which obligations apply): the tree as it stood at the
 * last second of the period's last day in Vietnam. A period already over is seen with the tree of its time, whatever
 * happened since (a Sở keeps the Phòng that moved away in its past months, and the Sở receiving it does not owe
 * for months it was elsewhere); a period not yet over is seen with the tree as it is now, since moves take effect at
 * once and nothing is planned ahead. A report's numbers are grouped under its sender's parent in that tree.
 */
@Singleton
public class PeriodTree {

    private final TreeHistory history;

    PeriodTree(TreeHistory history) {
        this.history = history;
    }

    /** The instant whose tree the period uses: the last second of its last day, Vietnam time. */
    public static Instant instant(Period period) {
        return period.end().plusDays(1).atStartOfDay(DueRule.VIETNAM).toInstant().minusSeconds(1);
    }

    /** The same instant for a stored report's period, read from its obligation's kind of period and list. */
    public static Instant instantOf(PeriodType type, String code, String listedPeriods) {
        Period period;
        if (type == PeriodType.LISTED) {
            period = ListedPeriod.parseAll(listedPeriods).stream().filter(l -> l.code().equals(code)).findFirst().map(ListedPeriod::period)
                    .orElse(null);
        } else {
            period = Period.parse(type, code);
        }
        return period == null ? TreeHistory.BEGINNING : instant(period);
    }

    /** The unit as it stood in the period's tree; empty when it was not in it (it had closed). */
    public Optional<UnitRef> place(UnitRef unit, Period period) {
        return history.asOf(unit, instant(period));
    }

    /**
     * Where to look for the unit's subtree in the period's tree: its place then, or for a unit no longer there (closed
     * before the period ended) its last place before, under which nothing stood in that period.
     */
    public UnitRef placeOrLast(UnitRef unit, Period period) {
        Instant t = instant(period);
        Optional<UnitRef> placed = history.asOf(unit, t);
        if (placed.isPresent()) {
            return placed.get();
        }
        List<TreeHistory.Placement> all = history.placementsOf(unit);
        return all.stream().filter(p -> !p.validFrom().isAfter(t)).reduce((a, b) -> b)
                .map(p -> TreeHistory.placed(unit, p)).orElse(unit);
    }

    public List<TreeHistory.Placement> placementsOf(UnitRef unit) {
        return history.placementsOf(unit);
    }
}
