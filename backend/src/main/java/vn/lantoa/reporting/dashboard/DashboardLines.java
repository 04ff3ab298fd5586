package vn.lantoa.reporting.dashboard;

import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dashboard's table: one line per child in any of the periods' trees, with per period the units expected below it
 * then and what they sent, and the totals over the children. The page and its XLSX show the same lines.
 */
@Singleton
class DashboardLines {

    /** expectedPerPeriod: per period, the units expected in that period's tree; {@link #expected()} is the newest period's. */
    record Lines(List<DashboardPages.ChildLine> children, List<SendCounts> totals, List<Long> expectedPerPeriod) {

        long expected() {
            return expectedPerPeriod.isEmpty() ? 0 : expectedPerPeriod.get(expectedPerPeriod.size() - 1);
        }
    }

    private final DashboardReads reads;
    private final UnitRefRepository units;

    DashboardLines(DashboardReads reads, UnitRefRepository units) {
        this.reads = reads;
        this.units = units;
    }

    Lines of(Obligation o, UnitRef issuer, UnitRef unit, List<Period> periods) {
        List<DashboardPages.ChildLine> children = children(o, issuer, unit, periods);
        return new Lines(children, totals(children, periods.size()), expectedPerPeriod(children, periods.size()));
    }

    /** The line's own "expected" is the newest period's. */
    private List<DashboardPages.ChildLine> children(Obligation o, UnitRef issuer, UnitRef unit, List<Period> periods) {
        Map<String, Map<Long, Long>> expected = reads.expectedByChild(o, issuer, unit, periods);
        Map<String, Map<Long, SendCounts>> counts = reads.countsByChild(o, unit, periods);
        Set<Long> ids = new TreeSet<>();
        expected.values().forEach(m -> ids.addAll(m.keySet()));
        counts.values().forEach(m -> ids.addAll(m.keySet()));
        List<DashboardPages.ChildLine> lines = new ArrayList<>();
        for (UnitRef child : ids.isEmpty() ? List.<UnitRef>of() : units.findByIdIn(ids)) {
            List<SendCounts> per = new ArrayList<>();
            List<Long> expectedPer = new ArrayList<>();
            for (Period p : periods) {
                per.add(counts.getOrDefault(p.code(), Map.of()).getOrDefault(child.id(), SendCounts.NONE));
                expectedPer.add(expected.getOrDefault(p.code(), Map.of()).getOrDefault(child.id(), 0L));
            }
            long newest = expectedPer.isEmpty() ? 0 : expectedPer.get(expectedPer.size() - 1);
            lines.add(new DashboardPages.ChildLine(child.id(), child.name(), newest, per, expectedPer));
        }
        lines.sort(Comparator.comparing(DashboardPages.ChildLine::unitName));
        return lines;
    }

    private static List<SendCounts> totals(List<DashboardPages.ChildLine> children, int periods) {
        List<SendCounts> totals = new ArrayList<>(Collections.nCopies(periods, SendCounts.NONE));
        for (DashboardPages.ChildLine line : children) {
            for (int i = 0; i < periods; i++) {
                totals.set(i, totals.get(i).plus(line.perPeriod().get(i)));
            }
        }
        return totals;
    }

    private static List<Long> expectedPerPeriod(List<DashboardPages.ChildLine> children, int periods) {
        List<Long> expected = new ArrayList<>(Collections.nCopies(periods, 0L));
        for (DashboardPages.ChildLine line : children) {
            for (int i = 0; i < periods; i++) {
                expected.set(i, expected.get(i) + line.expectedPerPeriod().get(i));
            }
        }
        return expected;
    }
}
