package vn.lantoa.press.board;

import jakarta.inject.Singleton;
import vn.lantoa.press.Severity;
import vn.lantoa.press.StatementClock;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The parent's board of open incidents below, as both the page and the API read it: the counts on top and one page of rows. */
@Singleton
class Board {

    private final IncidentsBelow below;
    private final UnitRefRepository units;
    private final Clock clock;

    Board(IncidentsBelow below, UnitRefRepository units, Clock clock) {
        this.below = below;
        this.units = units;
        this.clock = clock;
    }

    /** A unit directly below the scope, with the open incidents of its whole subtree; hasBelow: it can be narrowed to. */
    record UnitCount(long unitId, String unitName, boolean hasBelow, long total, Map<Severity, Long> bySeverity) {
    }

    /** One open incident below: where, what, how grave, whose, since when, and its statement clock. */
    record Row(long id, long unitId, String unitName, String code, String title, String type, Severity severity, String ownerName,
               Instant firstAlertAt, Duration age, Instant statementDueAt, Instant firstStatementAt, StatementClock clock) {

        String href() {
            return "/admin/u/" + unitId + "/press/incidents/" + id;
        }
    }

    /** total: the incidents the filter matches (all pages); bySeverity and units: counted without the severity filter. */
    record View(BoardFilter filter, long total, Map<Severity, Long> bySeverity, List<UnitCount> units, List<Row> rows) {
    }

    View read(UnitRef top, BoardFilter filter, int offset, int limit) {
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0L);
        }
        Map<Long, Map<Severity, Long>> byChild = new HashMap<>();
        for (IncidentsBelow.Count c : below.counts(top, filter)) {
            bySeverity.merge(c.severity(), c.count(), Long::sum);
            long child = c.child() == 0 ? filter.scope().id() : c.child();
            byChild.computeIfAbsent(child, k -> new EnumMap<>(Severity.class)).merge(c.severity(), c.count(), Long::sum);
        }
        long total = filter.severity() == null ? bySeverity.values().stream().mapToLong(Long::longValue).sum() : bySeverity.get(filter.severity());
        Map<Long, UnitRef> named = byChild.isEmpty() ? Map.of() : units.findByIdIn(byChild.keySet()).stream().collect(Collectors.toMap(UnitRef::id, u -> u));
        List<UnitCount> unitCounts = byChild.entrySet().stream()
                .map(e -> {
                    UnitRef u = named.get(e.getKey());
                    return new UnitCount(e.getKey(), u == null ? "" : u.name(), u != null && !u.id().equals(filter.scope().id()) && u.type().mayHaveChildren(),
                            e.getValue().values().stream().mapToLong(Long::longValue).sum(), e.getValue());
                })
                .sorted(Comparator.comparingLong(UnitCount::total).reversed().thenComparing(UnitCount::unitName))
                .toList();
        List<IncidentsBelow.Found> found = total == 0 || limit == 0 ? List.of() : below.page(top, filter, offset, limit);
        return new View(filter, total, bySeverity, unitCounts, rows(found));
    }

    List<Row> rows(List<IncidentsBelow.Found> found) {
        Instant now = clock.instant();
        Set<Long> ids = found.stream().map(IncidentsBelow.Found::unitId).collect(Collectors.toSet());
        Map<Long, String> names = ids.isEmpty() ? Map.of() : units.findByIdIn(ids).stream().collect(Collectors.toMap(UnitRef::id, UnitRef::name));
        List<Row> rows = new ArrayList<>();
        for (IncidentsBelow.Found f : found) {
            rows.add(new Row(f.id(), f.unitId(), names.getOrDefault(f.unitId(), ""), f.code(), f.title(), f.type(), f.severity(), f.ownerName(),
                    f.firstAlertAt(), Duration.between(f.firstAlertAt(), now).isNegative() ? Duration.ZERO : Duration.between(f.firstAlertAt(), now),
                    f.statementDueAt(), f.firstStatementAt(), new StatementClock(f.statementDueAt(), f.firstStatementAt(), now)));
        }
        return rows;
    }

    /**
     * Who reads the incidents on the board: those who oversee the units below (Access.canSeeBelow), and the unit's own media
     * desk (MONITOR_MEDIA: spokesperson, hotline officer), whom the severity of an incident below tells at once.
     */
    static boolean readableBy(Access access, Actor actor, UnitRef top) {
        return access.canSeeBelow(actor, top) || access.can(actor, top, Permission.MONITOR_MEDIA);
    }

    List<String> types(UnitRef top) {
        return below.types(top);
    }
}
