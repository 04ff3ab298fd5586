package vn.lantoa.tenancy;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tree as it stood at any instant, read from unit_placement (see V33): where a unit was, and which units were
 * below it. A unit that has not moved since the instant asked about is answered from its own row, with no query; the
 * unit package writes the placements, in the same transaction as the move or the closing that changes them.
 */
@Singleton
@Connectable
public class TreeHistory {

    /** Where a unit's first placement starts: before any reporting period. */
    public static final Instant BEGINNING = Instant.EPOCH;
    /** Where an open placement ends. */
    public static final Instant FOREVER = Instant.parse("9999-12-31T00:00:00Z");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** One stay of a unit under one parent, over [validFrom, validTo). */
    public record Placement(long unitId, Long parentId, String path, int depth, Instant validFrom, Instant validTo) {

        public boolean covers(Instant t) {
            return !t.isBefore(validFrom) && t.isBefore(validTo);
        }

        /** Whether some instant lies in both this placement and [from, to). */
        public boolean overlaps(Instant from, Instant to) {
            return validFrom.isBefore(to) && validTo.isAfter(from);
        }
    }

    private final JdbcOperations jdbc;

    TreeHistory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The instant a unit closed: the start of its closing day in Vietnam; {@link #FOREVER} for an open unit. */
    public static Instant closing(java.time.LocalDate closedOn) {
        return closedOn == null ? FOREVER : closedOn.atStartOfDay(VIETNAM).toInstant();
    }

    /**
     * The unit as it stood at that instant: its path, depth and parent then (everything else as it is now); empty when
     * it was not in the tree then (it had closed).
     */
    public Optional<UnitRef> asOf(UnitRef unit, Instant t) {
        if (!t.isBefore(closing(unit.closedOn()))) {
            return Optional.empty();
        }
        if (unit.placedAt() == null || !t.isBefore(unit.placedAt())) {
            return Optional.of(unit);
        }
        return placementsOf(unit).stream().filter(p -> p.covers(t)).findFirst().map(p -> placed(unit, p));
    }

    /** Every stay of the unit in the tree, oldest first; one without a query for a unit that never moved. */
    public List<Placement> placementsOf(UnitRef unit) {
        if (unit.placedAt() == null) {
            return List.of(new Placement(unit.id(), unit.parentId(), unit.path(), unit.depth(), BEGINNING, closing(unit.closedOn())));
        }
        return jdbc.prepareStatement("SELECT unit_id, parent_id, path, depth, valid_from, valid_to FROM unit_placement WHERE unit_id = ? "
                + "ORDER BY valid_from", ps -> {
            ps.setLong(1, unit.id());
            List<Placement> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(placement(rs));
                }
            }
            return list;
        });
    }

    /**
     * The unit with the path, depth and parent of one of its placements. A copy placed in the past answers {@link #asOf}
     * and {@link #placementsOf} from the table, never from its own fields, which are not the unit's now.
     */
    public static UnitRef placed(UnitRef unit, Placement p) {
        if (p.path().equals(unit.path()) && java.util.Objects.equals(p.parentId(), unit.parentId())) {
            return unit;
        }
        return new UnitRef(unit.id(), p.parentId(), p.path(), p.depth(), unit.type(), unit.schoolLevel(), unit.name(), unit.shortName(),
                unit.slug(), unit.officialEmailDomains(), unit.closedOn(), FOREVER);
    }

    /**
     * The condition "placement row {@code alias} was valid at the instant bound to the two placeholders", for queries
     * over the tree at an instant: bind the instant twice.
     */
    public static String validAt(String alias) {
        return alias + ".valid_from <= ? AND " + alias + ".valid_to > ?";
    }

    public static void bindInstant(java.sql.PreparedStatement ps, int from, Instant t) throws SQLException {
        bind(ps, from, t);
        bind(ps, from + 1, t);
    }

    /**
     * Binds an instant of unit_placement as a UTC date-time. Not as a Timestamp: Connector/J sends a Timestamp as a
     * TIMESTAMP, and MariaDB turns one past 2038 (such as {@link #FOREVER}) into NULL.
     */
    public static void bind(java.sql.PreparedStatement ps, int index, Instant t) throws SQLException {
        ps.setObject(index, java.time.LocalDateTime.ofInstant(t, java.time.ZoneOffset.UTC));
    }

    private static Placement placement(ResultSet rs) throws SQLException {
        long parent = rs.getLong(2);
        Long parentId = rs.wasNull() ? null : parent;
        return new Placement(rs.getLong(1), parentId, rs.getString(3), rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant());
    }
}
