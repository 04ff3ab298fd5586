package vn.lantoa.press.board;

import jakarta.inject.Singleton;
import vn.lantoa.press.Severity;
import vn.lantoa.press.StatementClock;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The home page's card "Sự cố cấp dưới đang mở": the open incidents below a unit that their severity tells to it at once
 * (Severity.reaches the number of levels between), counted by severity, and the five most severe and oldest, each linking to
 * the incident's page; the whole board is one link away. No incident of the unit itself, none that stops below it.
 */
@Singleton
public class IncidentsReachingHere {

    static final int SHOWN = 5;

    private final IncidentsBelow below;
    private final Board board;

    IncidentsReachingHere(IncidentsBelow below, Board board) {
        this.below = below;
        this.board = board;
    }

    public record Item(long id, String code, String title, long unitId, String unitName, Severity severity, Instant firstAlertAt,
                       StatementClock clock, String href) {
    }

    public record Card(long total, Map<Severity, Long> bySeverity, List<Item> items, String boardHref) {
    }

    public Card of(UnitRef unit) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0L);
        }
        below.reachingCounts(unit).forEach(c -> counts.merge(c.severity(), c.count(), Long::sum));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Item> items = total == 0 ? List.of() : board.rows(below.reaching(unit, SHOWN)).stream()
                .map(r -> new Item(r.id(), r.code(), r.title(), r.unitId(), r.unitName(), r.severity(), r.firstAlertAt(), r.clock(), r.href())).toList();
        return new Card(total, counts, items, "/admin/u/" + unit.id() + "/press/incidents/below");
    }
}
