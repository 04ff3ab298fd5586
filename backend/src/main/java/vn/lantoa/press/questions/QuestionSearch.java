package vn.lantoa.press.questions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One unit's questions, filtered, open ones first and the soonest due first, with the assignee's name. */
@Singleton
@Connectable
class QuestionSearch {

    private final JdbcOperations jdbc;

    QuestionSearch(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** status: one status, or null for all; open: only open ones; overdueOn: only open ones due before that day. */
    record Filter(@Nullable QuestionStatus status, boolean open, @Nullable Long assigneeId, @Nullable LocalDate overdueOn) {
    }

    record Line(Question q, @Nullable String assigneeName) {
    }

    record Found(List<Line> lines, long total) {
    }

    /** The API's sorts; without one, open questions first with the soonest due first, then closed ones, last sent first. */
    static final java.util.Map<String, String> ORDERS = java.util.Map.of("dueOn", "q.due_on, q.id", "-dueOn", "q.due_on DESC, q.id DESC",
            "receivedOn", "q.received_on, q.id", "-receivedOn", "q.received_on DESC, q.id DESC", "code", "q.code", "-code", "q.code DESC",
            "updatedAt", "q.updated_at, q.id", "-updatedAt", "q.updated_at DESC, q.id DESC");

    static final String DUE_SOON_FIRST = "CASE WHEN q.status IN ('RECEIVED', 'DRAFTED', 'APPROVED') THEN 0 ELSE 1 END, "
            + "CASE WHEN q.status IN ('RECEIVED', 'DRAFTED', 'APPROVED') THEN q.due_on END, q.sent_at DESC, q.id DESC";

    Found find(long unitId, Filter f, int limit, int offset) {
        return find(unitId, f, DUE_SOON_FIRST, limit, offset);
    }

    /** order: one of {@link #ORDERS}' values or {@link #DUE_SOON_FIRST}, never text from a request. */
    Found find(long unitId, Filter f, String order, int limit, int offset) {
        StringBuilder where = new StringBuilder(" WHERE q.unit_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(unitId);
        if (f.status() != null) {
            where.append(" AND q.status = ?");
            args.add(f.status().name());
        }
        if (f.open() || f.overdueOn() != null) {
            where.append(" AND q.status IN ('RECEIVED', 'DRAFTED', 'APPROVED')");
        }
        if (f.assigneeId() != null) {
            where.append(" AND q.assignee_id = ?");
            args.add(f.assigneeId());
        }
        if (f.overdueOn() != null) {
            where.append(" AND q.due_on < ?");
            args.add(Date.valueOf(f.overdueOn()));
        }
        long total = jdbc.prepareStatement("SELECT COUNT(*) FROM press_question q" + where, ps -> {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<Line> lines = jdbc.prepareStatement("SELECT q.*, u.full_name AS assignee_name FROM press_question q LEFT JOIN app_user u ON u.id = q.assignee_id"
                + where + " ORDER BY " + order + " LIMIT ? OFFSET ?", ps -> {
            bind(ps, args);
            ps.setInt(args.size() + 1, limit);
            ps.setInt(args.size() + 2, offset);
            List<Line> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Line(row(rs), rs.getString("assignee_name")));
                }
            }
            return found;
        });
        return new Found(lines, total);
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static Question row(ResultSet rs) throws SQLException {
        return new Question(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("code"), rs.getDate("received_on").toLocalDate(),
                QuestionChannel.valueOf(rs.getString("channel")), rs.getString("outlet_name"), rs.getString("journalist_name"),
                rs.getString("journalist_email"), nullableLong(rs, "contact_id"), rs.getString("question"), rs.getDate("due_on").toLocalDate(),
                rs.getString("due_rule"), nullableLong(rs, "assignee_id"), QuestionStatus.valueOf(rs.getString("status")), rs.getString("draft_text"),
                rs.getString("answer_text"), nullableLong(rs, "approved_by"), instant(rs, "approved_at"), instant(rs, "sent_at"),
                nullableLong(rs, "sent_by"), rs.getTimestamp("created_at").toInstant(), nullableLong(rs, "created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
