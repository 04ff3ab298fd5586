package vn.lantoa.tenancy;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The units a record may concern: the unit that keeps it and the units below it (the register's issues, the press desk's
 * clippings). One indexed path query each, in the tree's order (level, then name).
 */
@Singleton
@Connectable
public class SubtreeUnits {

    private final JdbcOperations jdbc;

    SubtreeUnits(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit at {@code path} and the open units below it, id to name, for a form's choices. */
    public Map<Long, String> openAtOrBelow(String path, int limit) {
        return jdbc.prepareStatement("SELECT id, name FROM unit WHERE path LIKE CONCAT(?, '%') AND closed_on IS NULL ORDER BY depth, name, id LIMIT ?",
                ps -> {
                    ps.setString(1, path);
                    ps.setInt(2, limit);
                    return read(ps.executeQuery());
                });
    }

    /** Those of the ids that are the unit at {@code path} or below it, id to name (closed ones too: old records may name them). */
    public Map<Long, String> within(String path, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(",", ids.stream().map(i -> "?").toList());
        return jdbc.prepareStatement("SELECT id, name FROM unit WHERE path LIKE CONCAT(?, '%') AND id IN (" + marks + ") ORDER BY depth, name, id", ps -> {
            ps.setString(1, path);
            int i = 2;
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            return read(ps.executeQuery());
        });
    }

    private static Map<Long, String> read(ResultSet rs) throws java.sql.SQLException {
        try (rs) {
            Map<Long, String> units = new LinkedHashMap<>();
            while (rs.next()) {
                units.put(rs.getLong(1), rs.getString(2));
            }
            return units;
        }
    }
}
