package vn.lantoa.topic;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.tenancy.UnitRef;

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

    /** The active topics available to the unit, in the order of the tree (ministry's first), then by position. */
    public List<Topic> availableTo(UnitRef unit) {
        return read(unit.pathIds(), true);
    }

    /** Active and retired ones: old records may carry a retired topic and must still show it. */
    public List<Topic> allAvailableTo(UnitRef unit) {
        return read(unit.pathIds(), false);
    }

    private List<Topic> read(List<Long> unitIds, boolean activeOnly) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", unitIds.stream().map(i -> "?").toList());
        String sql = "SELECT t.id, t.unit_id, t.code, t.name, t.position, t.active FROM topic t JOIN unit u ON u.id = t.unit_id WHERE t.unit_id IN ("
                + marks + ")" + (activeOnly ? " AND t.active" : "") + " ORDER BY u.depth, t.position, t.name, t.id";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            for (Long id : unitIds) {
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
