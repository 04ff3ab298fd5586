package vn.lantoa.press.stats;

import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Every table of the press statistics, for the page, the spreadsheets and the quarterly report alike. */
@Singleton
public class PressStatsTables {

    public record Named<T>(String key, String label, T line) {
    }

    /**
     * questions, coverage and incidents: the totals; the lists "by unit" have the unit itself and every unit below with figures
     * (only when the scope counts the units below); coverage by month has every month of the period, incidents by type every type seen.
     */
    public record Tables(StatsScope scope, StatsPeriod period, PressStatistics.Questions questions, List<Named<PressStatistics.Questions>> questionsByUnit,
                  PressStatistics.Coverage coverage, List<Named<PressStatistics.Coverage>> coverageByMonth, List<Named<PressStatistics.Coverage>> coverageByUnit,
                  PressStatistics.Incidents incidents, List<Named<PressStatistics.Incidents>> incidentsByType, List<Named<PressStatistics.Incidents>> incidentsByUnit) {
    }

    private final PressStatistics statistics;
    private final UnitRefRepository units;
    private final Clock clock;

    PressStatsTables(PressStatistics statistics, UnitRefRepository units, Clock clock) {
        this.statistics = statistics;
        this.units = units;
        this.clock = clock;
    }

    /** t: the labels (month, incident types) in the reader's language. */
    Tables of(StatsScope scope, StatsPeriod period, Function<String, String> t) {
        Instant now = clock.instant();
        Map<Long, PressStatistics.Questions> questions = statistics.questions(scope, period, VietnamTime.today(clock));
        PressStatistics.Questions questionTotal = questions.values().stream().reduce(PressStatistics.Questions.NONE, PressStatistics.Questions::plus);
        Map<String, PressStatistics.Coverage> byMonth = statistics.coverage(scope, period, PressStatistics.CoverageBy.MONTH);
        List<Named<PressStatistics.Coverage>> months = new ArrayList<>();
        for (YearMonth m : period.months()) {
            months.add(new Named<>(m.toString(), t.apply("press.stats.month") + " " + m.getMonthValue() + "/" + m.getYear(),
                    byMonth.getOrDefault(m.toString(), PressStatistics.Coverage.NONE)));
        }
        PressStatistics.Coverage coverage = byMonth.values().stream().reduce(PressStatistics.Coverage.NONE, PressStatistics.Coverage::plus);
        Map<String, PressStatistics.Incidents> byType = statistics.incidents(scope, period, PressStatistics.IncidentsBy.TYPE, now);
        List<Named<PressStatistics.Incidents>> types = byType.entrySet().stream()
                .map(e -> new Named<>(e.getKey(), typeLabel(t, e.getKey()), e.getValue()))
                .sorted(Comparator.comparing((Named<PressStatistics.Incidents> n) -> -n.line().count()).thenComparing(Named::label)).toList();
        PressStatistics.Incidents incidentTotal = statistics.incidents(scope, period, PressStatistics.IncidentsBy.TOTAL, now)
                .getOrDefault("all", PressStatistics.Incidents.NONE);
        if (!scope.subtree()) {
            return new Tables(scope, period, questionTotal, List.of(), coverage, months, List.of(), incidentTotal, types, List.of());
        }
        Map<String, PressStatistics.Coverage> coverageByUnit = statistics.coverage(scope, period, PressStatistics.CoverageBy.UNIT);
        Map<String, PressStatistics.Incidents> incidentsByUnit = statistics.incidents(scope, period, PressStatistics.IncidentsBy.UNIT, now);
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(scope.unit().id());
        ids.addAll(questions.keySet());
        coverageByUnit.keySet().forEach(k -> ids.add(Long.valueOf(k)));
        incidentsByUnit.keySet().forEach(k -> ids.add(Long.valueOf(k)));
        // The unit itself first, then the units below in tree order (a path sorts a unit before those under it).
        List<UnitRef> rows = units.findByIdIn(ids).stream()
                .sorted(Comparator.comparing((UnitRef u) -> !u.id().equals(scope.unit().id())).thenComparing(UnitRef::path)).toList();
        return new Tables(scope, period, questionTotal,
                rows.stream().map(u -> new Named<>(String.valueOf(u.id()), u.name(), questions.getOrDefault(u.id(), PressStatistics.Questions.NONE))).toList(),
                coverage,
                months,
                rows.stream().map(u -> new Named<>(String.valueOf(u.id()), u.name(), coverageByUnit.getOrDefault(String.valueOf(u.id()), PressStatistics.Coverage.NONE)))
                        .toList(),
                incidentTotal, types,
                rows.stream().map(u -> new Named<>(String.valueOf(u.id()), u.name(), incidentsByUnit.getOrDefault(String.valueOf(u.id()), PressStatistics.Incidents.NONE)))
                        .toList());
    }

    /** A type the platform no longer knows shows as its code. */
    static String typeLabel(Function<String, String> t, String type) {
        vn.lantoa.press.IncidentType known = vn.lantoa.press.IncidentType.parse(type);
        return known == null ? type : t.apply(known.labelKey());
    }
}
