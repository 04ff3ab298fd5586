package vn.lantoa.press.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.desk.Topic;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One unit's clippings, newest day first, filtered by tone, topic, outlet and days; every query names the unit. */
@Singleton
@Connectable
class ClippingSearch {

    /** from and to are Vietnam days, both included; null means open. */
    record Filter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Tone tone, @Nullable Topic topic, @Nullable String outlet) {
    }

    record Found(List<Clipping> clippings, long total) {
    }

    /** The orders a list may be asked for (the API's sort); newest day first by default. */
    static final java.util.Map<String, String> ORDERS = java.util.Map.of(
            "publishedOn", "published_on, id",
            "-publishedOn", "published_on DESC, id DESC",
            "updatedAt", "updated_at, id",
            "-updatedAt", "updated_at DESC, id DESC",
            "title", "title, id",
            "-title", "title DESC, id DESC");

    private final JdbcOperations jdbc;

    ClippingSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Found find(long unitId, Filter f, int limit, int offset) {
        return find(unitId, f, "-publishedOn", limit, offset);
    }

    Found find(long unitId, Filter f, String order, int limit, int offset) {
        List<Object> args = new ArrayList<>();
        String where = where(unitId, f, args);
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM press_clipping WHERE " + where, ps -> {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<Clipping> rows = jdbc.prepareStatement("SELECT * FROM press_clipping WHERE " + where
                + " ORDER BY " + ORDERS.getOrDefault(order, ORDERS.get("-publishedOn")) + " LIMIT ? OFFSET ?", ps -> {
            List<Object> all = new ArrayList<>(args);
            all.add(limit);
            all.add(offset);
            bind(ps, all);
            return rows(ps);
        });
        return new Found(rows, total);
    }

    /** The unit's clippings of the days from and to, both included, oldest first (the digest's period). */
    List<Clipping> ofDays(long unitId, LocalDate from, LocalDate to) {
        return jdbc.prepareStatement("SELECT * FROM press_clipping WHERE unit_id = ? AND published_on BETWEEN ? AND ? ORDER BY published_on, id", ps -> {
            bind(ps, List.of(unitId, from, to));
            return rows(ps);
        });
    }

    /** The units with at least one clipping of the days from and to: a visibly cross-unit read, for the digest. */
    List<Long> unitsWithClippings$WithoutTenancy(LocalDate from, LocalDate to) {
        return jdbc.prepareStatement("SELECT DISTINCT unit_id FROM press_clipping WHERE published_on BETWEEN ? AND ? ORDER BY unit_id", ps -> {
            bind(ps, List.of(from, to));
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** The outlets the unit has clippings from, for the filter. */
    List<String> outlets(long unitId) {
        return jdbc.prepareStatement("SELECT DISTINCT outlet_name FROM press_clipping WHERE unit_id = ? ORDER BY outlet_name LIMIT 500", ps -> {
            ps.setLong(1, unitId);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    private static String where(long unitId, Filter f, List<Object> args) {
        StringBuilder w = new StringBuilder("unit_id = ?");
        args.add(unitId);
        if (f.from() != null) {
            w.append(" AND published_on >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            w.append(" AND published_on <= ?");
            args.add(f.to());
        }
        if (f.tone() != null) {
            w.append(" AND tone = ?");
            args.add(f.tone().name());
        }
        if (f.topic() != null) {
            w.append(" AND FIND_IN_SET(?, topics) > 0");
            args.add(f.topic().name());
        }
        if (f.outlet() != null) {
            w.append(" AND outlet_name = ?");
            args.add(f.outlet());
        }
        return w.toString();
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof LocalDate d) {
                ps.setDate(i + 1, Date.valueOf(d));
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    private static List<Clipping> rows(PreparedStatement ps) throws SQLException {
        List<Clipping> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Clipping(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("url"), rs.getString("outlet_name"),
                        OutletKind.valueOf(rs.getString("outlet_kind")), rs.getString("title"), rs.getDate("published_on").toLocalDate(),
                        Tone.valueOf(rs.getString("tone")), rs.getString("topics"), (Integer) rs.getObject("reach", Integer.class),
                        rs.getString("note"), (Long) rs.getObject("forwarded_from_id", Long.class), (Long) rs.getObject("opinion_issue_id", Long.class),
                        rs.getTimestamp("created_at").toInstant(), (Long) rs.getObject("created_by", Long.class),
                        rs.getTimestamp("updated_at").toInstant(), rs.getLong("version")));
            }
        }
        return list;
    }
}
