package vn.lantoa.desk;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The desk as a unit's home page shows it to its desk roles: how many cases are open, new and overdue. */
@Singleton
public class DeskSummary {

    private final DeskCaseRepository cases;
    private final SlaClock sla;
    private final Clock clock;

    DeskSummary(DeskCaseRepository cases, SlaClock sla, Clock clock) {
        this.cases = cases;
        this.sla = sla;
        this.clock = clock;
    }

    public record Counts(long open, long fresh, long overdue) {
    }

    public Counts of(long unitId) {
        Instant now = clock.instant();
        List<DeskCase> open = cases.openCases(unitId);
        long fresh = open.stream().filter(c -> c.status() == CaseStatus.MOI).count();
        var days = sla.days(unitId);
        long overdue = open.stream().map(c -> sla.of(c, now, days.getOrDefault(c.topic(), SlaClock.Days.DEFAULT))).filter(s -> s != null && s.overdue()).count();
        return new Counts(open.size(), fresh, overdue);
    }
}
