package vn.lantoa.press.board;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.press.Severity;
import vn.lantoa.tenancy.UnitRef;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The open incidents of the units below one unit, a cross-unit read for the unit above's board. Each incident keeps its
 * unit's path, so the open incidents below are one range of ix_press_incident_below (status, unit_path, first_alert_at),
 * whatever the number of units: once grouped for the counts, once for the page. The incidents slice writes status OPEN or
 * CLOSED; anything but CLOSED counts as open here, so a status it adds later is not lost from the board.
 */
@Singleton
@Connectable
class IncidentsBelow {

    /** The scope's open incidents, without those of the unit looking (a path is its unit's alone). */
    static final String BELOW = "i.status <> 'CLOSED' AND i.unit_path LIKE ? AND i.unit_path <> ?";
    /** Most severe first; a level this code does not know sorts last rather than first. */
    static final String SEVERITY_RANK = "CASE i.severity WHEN 'CRITICAL' THEN 0 WHEN 'GRAVE' THEN 1 WHEN 'SERIOUS' THEN 2 WHEN 'MINOR' THEN 3 ELSE 4 END";
    static final String COLUMNS = "i.id, i.unit_id, i.code, i.title, i.incident_type, i.severity, i.owner_id, a.full_name, i.first_alert_at, "
            + "i.statement_due_at, i.first_statement_at";

    private final JdbcOperations jdbc;

    IncidentsBelow(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Open incidents per child of the scope (0: the scope's own) and severity, filtered by type only. */
    record Count(long child, Severity severity, long count) {
    }

    /** An open incident as the board lists it. */
    record Found(long id, long unitId, String code, String title, String type, Severity severity, Long ownerId, String ownerName,
                 Instant firstAlertAt, Instant statementDueAt, Instant firstStatementAt) {
    }

    List<Count> counts(UnitRef top, BoardFilter filter) {
        String sql = "SELECT SUBSTRING_INDEX(SUBSTRING(i.unit_path, ?), '/', 1) AS child, i.severity, COUNT(*) FROM press_incident i WHERE " + BELOW
                + (filter.type() == null ? "" : " AND i.incident_type = ?") + " GROUP BY child, i.severity";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setInt(1, filter.scope().path().length() + 1);
            int i = bind(ps, 2, top, filter.scope());
            if (filter.type() != null) {
                ps.setString(i, filter.type());
            }
            List<Count> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String child = rs.getString(1);
                    Severity s = Severity.parse(rs.getString(2));
                    if (s != null) {
                        counts.add(new Count(child == null || child.isEmpty() ? 0 : Long.parseLong(child), s, rs.getLong(3)));
                    }
                }
            }
            return counts;
        });
    }

    /** One page of the open incidents under the scope, most severe first, then the oldest alert. */
    List<Found> page(UnitRef top, BoardFilter filter, int offset, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM press_incident i LEFT JOIN app_user a ON a.id = i.owner_id WHERE " + BELOW
                + (filter.severity() == null ? "" : " AND i.severity = ?") + (filter.type() == null ? "" : " AND i.incident_type = ?")
                + " ORDER BY " + SEVERITY_RANK + ", i.first_alert_at, i.id LIMIT ? OFFSET ?";
        return jdbc.prepareStatement(sql, ps -> {
            int i = bind(ps, 1, top, filter.scope());
            if (filter.severity() != null) {
                ps.setString(i++, filter.severity().name());
            }
            if (filter.type() != null) {
                ps.setString(i++, filter.type());
            }
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            return read(ps);
        });
    }

    /** The incident types open below, for the filter (the incidents slice owns the list of types). */
    List<String> types(UnitRef top) {
        return jdbc.prepareStatement("SELECT DISTINCT i.incident_type FROM press_incident i WHERE " + BELOW + " ORDER BY 1", ps -> {
            bind(ps, 1, top, top);
            List<String> types = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.add(rs.getString(1));
                }
            }
            return types;
        });
    }

    /**
     * The open incidents below the unit that are told to it by their severity ({@link Severity#reaches}, the distance being
     * how many levels the incident's unit sits below): the condition is written from each level's reach, in SQL, so the card
     * counts in the database. Ordered as the board is; at most limit; with their count per severity in {@code counts}.
     */
    List<Found> reaching(UnitRef unit, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM press_incident i LEFT JOIN app_user a ON a.id = i.owner_id WHERE " + BELOW + " AND " + reach(unit)
                + " ORDER BY " + SEVERITY_RANK + ", i.first_alert_at, i.id LIMIT ?";
        return jdbc.prepareStatement(sql, ps -> {
            int i = bind(ps, 1, unit, unit);
            ps.setInt(i, limit);
            return read(ps);
        });
    }

    List<Count> reachingCounts(UnitRef unit) {
        String sql = "SELECT i.severity, COUNT(*) FROM press_incident i WHERE " + BELOW + " AND " + reach(unit) + " GROUP BY i.severity";
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, 1, unit, unit);
            List<Count> counts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Severity s = Severity.parse(rs.getString(1));
                    if (s != null) {
                        counts.add(new Count(0, s, rs.getLong(2)));
                    }
                }
            }
            return counts;
        });
    }

    /** "(severity = X AND distance <= levelsUp) OR ...": a path has one slash more per level down. */
    static String reach(UnitRef unit) {
        int slashes = slashes(unit.path());
        String distance = "(LENGTH(i.unit_path) - LENGTH(REPLACE(i.unit_path, '/', '')) - " + slashes + ")";
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            if (s.levelsUp() == Integer.MAX_VALUE) {
                parts.add("i.severity = '" + s.name() + "'");
            } else if (s.reaches(1)) {
                parts.add("(i.severity = '" + s.name() + "' AND " + distance + " <= " + s.levelsUp() + ")");
            }
        }
        return parts.isEmpty() ? "FALSE" : "(" + String.join(" OR ", parts) + ")";
    }

    static int slashes(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }

    private static int bind(PreparedStatement ps, int i, UnitRef top, UnitRef scope) throws SQLException {
        ps.setString(i, scope.path() + "%");
        ps.setString(i + 1, top.path());
        return i + 2;
    }

    private static List<Found> read(PreparedStatement ps) throws SQLException {
        List<Found> found = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long owner = rs.getLong(7);
                Long ownerId = rs.wasNull() ? null : owner;
                Timestamp made = rs.getTimestamp(11);
                found.add(new Found(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), Severity.parse(rs.getString(6)),
                        ownerId, rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant(), made == null ? null : made.toInstant()));
            }
        }
        return found;
    }
}
