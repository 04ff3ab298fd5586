package vn.lantoa.topic;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitType;

import java.util.ArrayList;
import java.util.List;

/**
 * The topics a unit's work may carry: those kept by the units above it (the ministry's for the whole sector, a Sở's for
 * its tree) and its own, highest unit first. The public face of this package for plans, articles, clippings and cases.
 */
@Singleton
@Connectable
public class Topics {

    private final JdbcOperations jdbc;

    Topics(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The ministry keeps the sector's list and a Sở its tree's; other units use theirs. */
    public static boolean keepsAList(UnitRef unit) {
        return unit.type() == UnitType.MINISTRY || unit.type() == UnitType.PROVINCE_DEPARTMENT;
    }

    /** The unit's own list, retired ones included, in its order. */
    public List<Topic> keptBy(UnitRef unit) {
        return read(List.of(unit.id()), false);
    }

    /** The active topics available to the unit, in the order of the tree (ministry's first), then by position. */
    public List<Topic> availableTo(UnitRef unit) {
        return read(unit.pathIds(), true);
    }

    /** Active and retired ones: old records may carry a retired topic and must still show it. */
    public List<Topic> allAvailableTo(UnitRef unit) {
        return read(unit.pathIds(), false);
    }

    /** Topics by id, whoever keeps them: a cross-unit read, for counts that name topics of units below. */
    public List<Topic> byIds(java.util.Collection<Long> ids) {
        return read("t.id", List.copyOf(ids), false);
    }

    private List<Topic> read(List<Long> unitIds, boolean activeOnly) {
        return read("t.unit_id", unitIds, activeOnly);
    }

    private List<Topic> read(String column, List<Long> ids, boolean activeOnly) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", ids.stream().map(i -> "?").toList());
        String sql = "SELECT t.id, t.unit_id, t.code, t.name, t.position, t.active FROM topic t JOIN unit u ON u.id = t.unit_id WHERE " + column
                + " IN (" + marks + ")" + (activeOnly ? " AND t.active" : "") + " ORDER BY u.depth, t.position, t.name, t.id";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            try (var rs = ps.executeQuery()) {
                List<Topic> topics = new ArrayList<>();
                while (rs.next()) {
                    topics.add(new Topic(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBoolean(6)));
                }
                return topics;
            }
        });
    }
}
