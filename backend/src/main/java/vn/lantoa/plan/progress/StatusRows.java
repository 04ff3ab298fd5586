package vn.lantoa.plan.progress;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Statuses per quarter and evidence counts of a unit's items, one query per plan; every query names the unit. */
@Singleton
@Connectable
public class StatusRows {

    /** One quarter's status of an item, with who set it and when. */
    public record Status(int quarter, ProgressStatus status, String reason, Instant updatedAt, String updatedBy) {
    }

    private final JdbcOperations jdbc;

    StatusRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Item id to its statuses by quarter, for every item of the plan. */
    Map<Long, Map<Integer, Status>> ofPlan(long unitId, long planId) {
        return read("SELECT s.item_id, s.quarter, s.status, s.reason, s.updated_at, u.full_name FROM plan_item_status s "
                + "JOIN plan_item i ON i.id = s.item_id LEFT JOIN app_user u ON u.id = s.updated_by "
                + "WHERE s.unit_id = ? AND i.unit_id = ? AND i.plan_id = ?", unitId, planId);
    }

    Map<Integer, Status> ofItem(long unitId, long itemId) {
        return read("SELECT s.item_id, s.quarter, s.status, s.reason, s.updated_at, u.full_name FROM plan_item_status s "
                + "LEFT JOIN app_user u ON u.id = s.updated_by WHERE s.unit_id = ? AND s.unit_id = ? AND s.item_id = ?", unitId, itemId)
                .getOrDefault(itemId, Map.of());
    }

    /** Item id to how many pieces of evidence it has, for every item of the plan that has some. */
    Map<Long, Integer> evidenceCounts(long unitId, long planId) {
        return jdbc.prepareStatement("SELECT e.item_id, COUNT(*) FROM plan_evidence e JOIN plan_item i ON i.id = e.item_id "
                + "WHERE e.unit_id = ? AND i.unit_id = ? AND i.plan_id = ? GROUP BY e.item_id", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, unitId);
            ps.setLong(3, planId);
            Map<Long, Integer> counts = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    /** Sets one quarter's status, replacing what was there. */
    void put(long unitId, long itemId, int quarter, ProgressStatus status, String reason, Instant at, Long by) {
        jdbc.prepareStatement("INSERT INTO plan_item_status (unit_id, item_id, quarter, status, reason, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE status = VALUES(status), reason = VALUES(reason), updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)",
                ps -> {
                    ps.setLong(1, unitId);
                    ps.setLong(2, itemId);
                    ps.setInt(3, quarter);
                    ps.setString(4, status.name());
                    ps.setString(5, reason);
                    ps.setTimestamp(6, Timestamp.from(at));
                    if (by == null) {
                        ps.setNull(7, java.sql.Types.BIGINT);
                    } else {
                        ps.setLong(7, by);
                    }
                    return ps.executeUpdate();
                });
    }

    private Map<Long, Map<Integer, Status>> read(String sql, long unitId, long id) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, unitId);
            ps.setLong(3, id);
            Map<Long, Map<Integer, Status>> byItem = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ProgressStatus s = ProgressStatus.parse(rs.getString(3));
                    if (s != null) {
                        byItem.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2),
                                new Status(rs.getInt(2), s, rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)));
                    }
                }
            }
            return byItem;
        });
    }

    static Map<Integer, ProgressStatus> plain(Map<Integer, Status> statuses) {
        Map<Integer, ProgressStatus> m = new HashMap<>();
        statuses.forEach((q, s) -> m.put(q, s.status()));
        return m;
    }
}
