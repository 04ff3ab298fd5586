package vn.lantoa.channel;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which units below a unit have which channels, and what they reported doing with them. Cross-unit reads, bounded by
 * the reader's subtree (one path LIKE each): one query per measure, whatever the number of units, never one per unit.
 */
@Singleton
@Connectable
public class ChannelCoverage {

    /** What the list is narrowed to: every unit, those with a channel of one kind, or those with no active channel. */
    public record Filter(ChannelKind kind, boolean withoutChannels) {

        static final Filter ALL = new Filter(null, false);
    }

    public record UnitRow(long id, String name, int depth, Map<ChannelKind, Integer> counts, Map<String, Double> posts) {

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        public Integer count(ChannelKind kind) {
            return counts.getOrDefault(kind, 0);
        }

        /** Posts reported for the month, or null when no report with the figure was sent. */
        public Double postsIn(String month) {
            return posts.get(month);
        }
    }

    /** Over the whole subtree: units below, those with no active channel, and per kind the units having one and the channels. */
    public record Summary(long units, long withoutChannels, Map<ChannelKind, long[]> byKind) {

        public long unitsWith(ChannelKind kind) {
            long[] v = byKind.get(kind);
            return v == null ? 0 : v[0];
        }

        public long channels(ChannelKind kind) {
            long[] v = byKind.get(kind);
            return v == null ? 0 : v[1];
        }
    }

    private static final String BELOW = "u.path LIKE CONCAT(?, '%') AND u.path <> ? AND u.closed_on IS NULL";
    private static final String HAS_ACTIVE = "EXISTS (SELECT 1 FROM unit_channel c WHERE c.unit_id = u.id AND c.active = TRUE";

    private final JdbcOperations jdbc;

    ChannelCoverage(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Summary summary(String path) {
        long[] totals = jdbc.prepareStatement("SELECT COUNT(*), COALESCE(SUM(CASE WHEN " + HAS_ACTIVE + ") THEN 0 ELSE 1 END), 0) FROM unit u WHERE "
                + BELOW, ps -> {
            below(ps, 1, path);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[]{rs.getLong(1), rs.getLong(2)};
            }
        });
        Map<ChannelKind, long[]> byKind = new EnumMap<>(ChannelKind.class);
        jdbc.prepareStatement("SELECT c.kind, COUNT(DISTINCT c.unit_id), COUNT(*) FROM unit_channel c JOIN unit u ON u.id = c.unit_id WHERE " + BELOW
                + " AND c.active = TRUE GROUP BY c.kind", ps -> {
            below(ps, 1, path);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ChannelKind kind = ChannelKind.parse(rs.getString(1));
                    if (kind != null) {
                        byKind.put(kind, new long[]{rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
            return null;
        });
        return new Summary(totals[0], totals[1], byKind);
    }

    long count(String path, Filter filter) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM unit u WHERE " + BELOW + condition(filter), ps -> {
            bindFilter(ps, below(ps, 1, path), filter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** A page of the units below in the tree's order, each with its active channels by kind and its posts in the months. */
    List<UnitRow> rows(String path, Filter filter, List<String> months, int limit, int offset) {
        Map<Long, UnitRow> rows = new LinkedHashMap<>();
        jdbc.prepareStatement("SELECT u.id, u.name, u.depth FROM unit u WHERE " + BELOW + condition(filter) + " ORDER BY u.path LIMIT ? OFFSET ?", ps -> {
            int i = bindFilter(ps, below(ps, 1, path), filter);
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new UnitRow(rs.getLong(1), rs.getString(2), rs.getInt(3), new EnumMap<>(ChannelKind.class), new HashMap<>()));
                }
            }
            return null;
        });
        if (rows.isEmpty()) {
            return List.of();
        }
        String ids = marks(rows.size());
        jdbc.prepareStatement("SELECT unit_id, kind, COUNT(*) FROM unit_channel WHERE active = TRUE AND unit_id IN (" + ids + ") GROUP BY unit_id, kind", ps -> {
            bindIds(ps, 1, rows.keySet());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ChannelKind kind = ChannelKind.parse(rs.getString(2));
                    if (kind != null) {
                        rows.get(rs.getLong(1)).counts().put(kind, rs.getInt(3));
                    }
                }
            }
            return null;
        });
        if (!months.isEmpty()) {
            // Values of the reports each unit sent (report_value keeps those), through report's unit index rather than a scan of every value;
            // MAX, not SUM: a unit sending two monthly reports with the figure reports the same posts twice.
            jdbc.prepareStatement("SELECT r.unit_id, r.period_code, MAX(v.value) FROM report r JOIN report_value v ON v.report_id = r.id AND v.field_key = ? "
                    + "WHERE r.unit_id IN (" + ids + ") AND r.period_code IN (" + marks(months.size()) + ") GROUP BY r.unit_id, r.period_code", ps -> {
                ps.setString(1, ChannelActivity.POSTS_FIELD);
                int i = bindIds(ps, 2, rows.keySet());
                for (String m : months) {
                    ps.setString(i++, m);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.get(rs.getLong(1)).posts().put(rs.getString(2), rs.getDouble(3));
                    }
                }
                return null;
            });
        }
        return new ArrayList<>(rows.values());
    }

    private static String condition(Filter filter) {
        if (filter.withoutChannels()) {
            return " AND NOT " + HAS_ACTIVE + ")";
        }
        return filter.kind() == null ? "" : " AND " + HAS_ACTIVE + " AND c.kind = ?)";
    }

    private static int bindFilter(PreparedStatement ps, int i, Filter filter) throws SQLException {
        if (!filter.withoutChannels() && filter.kind() != null) {
            ps.setString(i++, filter.kind().name());
        }
        return i;
    }

    private static int below(PreparedStatement ps, int i, String path) throws SQLException {
        ps.setString(i++, path);
        ps.setString(i++, path);
        return i;
    }

    private static int bindIds(PreparedStatement ps, int i, Iterable<Long> ids) throws SQLException {
        for (Long id : ids) {
            ps.setLong(i++, id);
        }
        return i;
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
