package vn.lantoa.press.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A unit's journalists, found by name, email, beat or outlet, and filtered by outlet or list: always within one unit. */
@Singleton
@Connectable
public class ContactSearch {

    public record Filter(String q, @Nullable Long outletId, @Nullable Long listId) {

        boolean any() {
            return !q.isEmpty() || outletId != null || listId != null;
        }
    }

    public record Line(long id, long unitId, @Nullable Long outletId, @Nullable String outletName, String fullName, @Nullable String beat,
                @Nullable String position, @Nullable String phone, @Nullable String email, @Nullable String note, boolean active,
                Instant createdAt, Instant updatedAt, long version) {
    }

    record Found(List<Line> lines, long total) {
    }

    private static final String COLUMNS = "c.id, c.unit_id, c.outlet_id, o.name, c.full_name, c.beat, c.position, c.phone, c.email, c.note, c.active, "
            + "c.created_at, c.updated_at, c.version";
    private static final String FROM = " FROM press_contact c LEFT JOIN press_outlet o ON o.id = c.outlet_id ";

    private final JdbcOperations jdbc;

    ContactSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The orders the API offers ("-" first for descending); the pages list by name. */
    static final Map<String, String> ORDERS = Map.of("fullName", "c.full_name, c.id", "-fullName", "c.full_name DESC, c.id DESC",
            "updatedAt", "c.updated_at, c.id", "-updatedAt", "c.updated_at DESC, c.id DESC", "createdAt", "c.created_at, c.id",
            "-createdAt", "c.created_at DESC, c.id DESC");

    Found find(long unitId, Filter f, int limit, int offset) {
        return find(unitId, f, "fullName", limit, offset);
    }

    Found find(long unitId, Filter f, String order, int limit, int offset) {
        StringBuilder where = new StringBuilder("c.unit_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(unitId);
        if (!f.q().isEmpty()) {
            where.append(" AND (c.full_name LIKE ? OR c.email LIKE ? OR c.beat LIKE ? OR o.name LIKE ?)");
            String like = "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            for (int i = 0; i < 4; i++) {
                args.add(like);
            }
        }
        if (f.outletId() != null) {
            where.append(" AND c.outlet_id = ?");
            args.add(f.outletId());
        }
        if (f.listId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM press_list_member m WHERE m.unit_id = c.unit_id AND m.list_id = ? AND m.contact_id = c.id)");
            args.add(f.listId());
        }
        long total = jdbc.prepareStatement("SELECT COUNT(*)" + FROM + "WHERE " + where, ps -> {
            bind(ps, args);
            ResultSet rs = ps.executeQuery();
            rs.next();
            return rs.getLong(1);
        });
        List<Line> lines = jdbc.prepareStatement("SELECT " + COLUMNS + FROM + "WHERE " + where + " ORDER BY " + ORDERS.get(order) + " LIMIT ? OFFSET ?", ps -> {
            bind(ps, args);
            ps.setInt(args.size() + 1, limit);
            ps.setInt(args.size() + 2, offset);
            return read(ps.executeQuery());
        });
        return new Found(lines, total);
    }

    Optional<Line> one(long unitId, long contactId) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + FROM + "WHERE c.unit_id = ? AND c.id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, contactId);
            return read(ps.executeQuery()).stream().findFirst();
        });
    }

    /** The unit's own lists each contact is on. */
    Map<Long, List<Long>> listsOf(long unitId, List<Long> contactIds) {
        Map<Long, List<Long>> out = new HashMap<>();
        if (contactIds.isEmpty()) {
            return out;
        }
        String marks = String.join(",", contactIds.stream().map(i -> "?").toList());
        return jdbc.prepareStatement("SELECT contact_id, list_id FROM press_list_member WHERE unit_id = ? AND contact_id IN (" + marks + ") "
                + "ORDER BY list_id", ps -> {
            ps.setLong(1, unitId);
            for (int i = 0; i < contactIds.size(); i++) {
                ps.setLong(i + 2, contactIds.get(i));
            }
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
            return out;
        });
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }

    private static List<Line> read(ResultSet rs) throws SQLException {
        List<Line> out = new ArrayList<>();
        while (rs.next()) {
            long outlet = rs.getLong(3);
            Long outletId = rs.wasNull() ? null : outlet;
            out.add(new Line(rs.getLong(1), rs.getLong(2), outletId, rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                    rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11), rs.getTimestamp(12).toInstant(),
                    rs.getTimestamp(13).toInstant(), rs.getLong(14)));
        }
        return out;
    }
}
