package vn.lantoa.desk.tree;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.desk.Topic;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cases a unit's children left unanswered so long that the escalation job put them on this unit's desk ({@link EscalationJob}),
 * as the unit's home page shows them to its desk roles: how many are still open, and the oldest few. No personal data.
 */
@Singleton
@Connectable
public class Escalations {

    static final int SHOWN = 5;

    private final JdbcOperations jdbc;
    private final OpenBelow below;
    private final UnitRefRepository units;

    Escalations(JdbcOperations jdbc, OpenBelow below, UnitRefRepository units) {
        this.jdbc = jdbc;
        this.below = below;
        this.units = units;
    }

    /** One case escalated here: where it is (its unit still handles it), what about, and since when it is on this desk. */
    public record Item(long caseId, String code, long unitId, String unitName, Topic topic, Instant receivedAt, Instant escalatedAt) {
    }

    public record Card(long count, List<Item> oldest) {
    }

    public Card of(UnitRef unit) {
        long count = count(unit);
        if (count == 0) {
            return new Card(0, List.of());
        }
        List<OpenBelow.Found> oldest = below.escalatedTo(unit, SHOWN);
        Set<Long> ids = oldest.stream().map(OpenBelow.Found::unitId).collect(Collectors.toSet());
        Map<Long, String> names = ids.isEmpty() ? Map.of() : units.findByIdIn(ids).stream().collect(Collectors.toMap(UnitRef::id, UnitRef::name));
        return new Card(count, oldest.stream().map(f -> new Item(f.id(), f.code(), f.unitId(), names.getOrDefault(f.unitId(), ""), f.topic(),
                f.receivedAt(), f.escalatedAt())).toList());
    }

    /** Open cases escalated to the unit and still with the unit they were escalated from, on the index of the receiver's transfers. */
    long count(UnitRef unit) {
        String sql = "SELECT COUNT(*) FROM desk_case_transfer t JOIN desk_case c ON c.id = t.case_id AND c.unit_id = t.from_unit_id "
                + "AND c.spam = FALSE AND c.status IN (" + OpenBelow.OPEN + ") WHERE t.to_unit_id = ? AND t.kind = 'ESCALATED'";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, unit.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
