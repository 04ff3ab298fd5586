package vn.lantoa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.tenancy.UnitRef;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log as the API lists it: one page read in SQL, and its total, with only the filters asked for in the
 * statement (no {@code :x IS NULL OR} that would keep the planner from the indexes), so that a unit with years of
 * changes answers as fast as a new one. The unit's own events are a range of {@code ix_audit_unit_time}; a resource's
 * history is a range of {@code ix_audit_unit_entity} (V57).
 */
@Singleton
@Connectable
class AuditSearch {

    /** What to list: the unit or its whole tree, a time window, and the optional filters of the audit page. */
    record Filter(UnitRef unit, boolean subtree, java.time.Instant from, @Nullable java.time.Instant to, @Nullable String actorPattern,
                  @Nullable String actionPrefix, @Nullable String entityType, @Nullable String entityId, boolean oldestFirst) {
    }

    private final JdbcOperations jdbc;

    AuditSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long count(Filter filter) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM audit_event e " + (filter.subtree() ? "JOIN unit u ON u.id = e.unit_id " : "") + where(filter, args);
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    List<AuditRow> page(Filter filter, int limit, int offset) {
        List<Object> args = new ArrayList<>();
        String direction = filter.oldestFirst() ? "ASC" : "DESC";
        String sql = AuditRepository.COLUMNS + where(filter, args) + "ORDER BY e.occurred_at " + direction + ", e.id " + direction
                + " LIMIT ? OFFSET ?";
        args.add(limit);
        args.add(offset);
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, args);
            List<AuditRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AuditRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_email"), rs.getString("action"),
                            rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"), rs.getString("before_json"),
                            rs.getString("after_json")));
                }
            }
            return rows;
        });
    }

    private static String where(Filter f, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (f.subtree()) {
            sql.append("WHERE u.path LIKE ? ");
            args.add(f.unit().path() + "%");
        } else {
            sql.append("WHERE e.unit_id = ? ");
            args.add(f.unit().id());
        }
        sql.append("AND e.occurred_at >= ? ");
        args.add(Timestamp.from(f.from()));
        if (f.to() != null) {
            sql.append("AND e.occurred_at < ? ");
            args.add(Timestamp.from(f.to()));
        }
        if (f.actorPattern() != null) {
            sql.append("AND e.actor_email LIKE ? ");
            args.add(f.actorPattern());
        }
        if (f.actionPrefix() != null) {
            sql.append("AND e.action LIKE ? ");
            args.add(f.actionPrefix());
        }
        if (f.entityType() != null) {
            sql.append("AND e.entity_type = ? ");
            args.add(f.entityType());
        }
        if (f.entityId() != null) {
            sql.append("AND e.entity_id = ? ");
            args.add(f.entityId());
        }
        return sql.toString();
    }

    /** A LIKE pattern for text found anywhere (who: part of an email), its wildcards taken literally; null for none. */
    @Nullable
    static String containing(@Nullable String text) {
        String clean = VietnameseText.blankToNull(text);
        return clean == null ? null : "%" + literal(clean) + "%";
    }

    /** A LIKE pattern for text at the start (an action and its family: "unit." for every change of a unit); null for none. */
    @Nullable
    static String startingWith(@Nullable String text) {
        String clean = VietnameseText.blankToNull(text);
        return clean == null ? null : literal(VietnameseText.squish(clean)) + "%";
    }

    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }
}
