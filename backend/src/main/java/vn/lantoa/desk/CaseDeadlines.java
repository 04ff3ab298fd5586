package vn.lantoa.desk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps each case's two deadlines on the case (desk_case.acknowledge_due_at, answer_due_at), reckoned by {@link SlaClock}
 * from its unit's days for its topic. A new case gets them when it is written ({@link Intake}); a forwarded case is
 * reckoned again with its new unit's days; when a unit's settings change, or the calendar's days off, the open cases
 * concerned get new deadlines, while an answer or an acknowledgement keeps the deadline it was measured against. Then
 * every reader (queue, statistics, API filter, escalation, a parent's oversight) reads one column.
 */
@Singleton
@Connectable
public class CaseDeadlines {

    private static final int BATCH = 1000;

    private final JdbcOperations jdbc;
    private final SlaClock sla;

    CaseDeadlines(JdbcOperations jdbc, SlaClock sla) {
        this.jdbc = jdbc;
        this.sla = sla;
    }

    /** Reckons one case's deadlines again with the days of the unit that now holds it (after a forward). */
    public void reckon(long unitId, long caseId) {
        refresh("c.unit_id = " + unitId + " AND c.id = " + caseId, true);
    }

    /**
     * Cases of the units under a path (the unit's own and those below, which may follow its settings): the open ones get
     * deadlines by today's settings and calendar, and any case still without deadlines gets them. Returns the cases changed.
     */
    public int refreshUnder(String path) {
        Objects.requireNonNull(path);
        return refresh("c.unit_id IN (SELECT u.id FROM unit u WHERE u.path LIKE '" + path.replace("'", "''").replace("\\", "\\\\") + "%')", false);
    }

    /** Every unit's cases, as {@link #refreshUnder} (the hourly pass that follows a change of the calendar's days off). */
    public int refreshAll$WithoutTenancy() {
        return refresh("TRUE", false);
    }

    private record Row(long id, long unitId, Topic topic, Instant received, boolean acknowledged, boolean open, @Nullable Instant acknowledgeDue,
                       @Nullable Instant answerDue) {
    }

    private int refresh(String scope, boolean fresh) {
        // Only what may change is read: open cases, and any without deadlines yet.
        String where = fresh ? scope : scope + " AND ((c.answered_at IS NULL AND c.status <> 'DA_DONG') OR c.acknowledge_due_at IS NULL "
                + "OR c.answer_due_at IS NULL)";
        Map<Long, Map<Topic, SlaClock.Days>> days = new HashMap<>();
        int changed = 0;
        long after = 0;
        while (true) {
            List<Row> rows = read(where, after);
            List<Object[]> updates = new ArrayList<>();
            for (Row r : rows) {
                SlaClock.Deadlines d = sla.deadlines(days.computeIfAbsent(r.unitId(), sla::days).getOrDefault(r.topic(), SlaClock.Days.DEFAULT),
                        r.received());
                // What was measured stays measured: an acknowledged case keeps the deadline it was acknowledged against, an
                // answered or closed one its answer's.
                Instant ack = fresh || r.acknowledgeDue() == null || (r.open() && !r.acknowledged()) ? d.acknowledge() : r.acknowledgeDue();
                Instant answer = fresh || r.answerDue() == null || r.open() ? d.answer() : r.answerDue();
                if (!ack.equals(r.acknowledgeDue()) || !answer.equals(r.answerDue())) {
                    updates.add(new Object[] {ack, answer, r.id(), r.unitId()});
                }
            }
            changed += write(updates);
            if (rows.size() < BATCH) {
                return changed;
            }
            after = rows.get(rows.size() - 1).id();
        }
    }

    private List<Row> read(String where, long after) {
        String sql = "SELECT c.id, c.unit_id, c.topic, c.received_at, c.acknowledged_at IS NOT NULL, "
                + "c.answered_at IS NULL AND c.status <> 'DA_DONG', c.acknowledge_due_at, c.answer_due_at FROM desk_case c WHERE " + where
                + " AND c.id > ? ORDER BY c.id LIMIT " + BATCH;
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, after);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getLong(2), Topic.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(), rs.getBoolean(5),
                            rs.getBoolean(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8))));
                }
            }
            return rows;
        });
    }

    private int write(List<Object[]> updates) {
        if (updates.isEmpty()) {
            return 0;
        }
        // The unit is named again: a case forwarded since it was read is reckoned by the forward itself.
        return jdbc.prepareStatement("UPDATE desk_case SET acknowledge_due_at = ?, answer_due_at = ? WHERE id = ? AND unit_id = ?", ps -> {
            for (Object[] u : updates) {
                ps.setTimestamp(1, Timestamp.from((Instant) u[0]));
                ps.setTimestamp(2, Timestamp.from((Instant) u[1]));
                ps.setLong(3, (Long) u[2]);
                ps.setLong(4, (Long) u[3]);
                ps.addBatch();
            }
            int n = 0;
            for (int r : ps.executeBatch()) {
                n += Math.max(r, 0);
            }
            return n;
        });
    }

    private static Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
