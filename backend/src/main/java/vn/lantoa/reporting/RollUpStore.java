package vn.lantoa.reporting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.util.Map;

/**
 * Keeps the numbers of sent reports and their per-parent totals current. A send takes its group's lock row first,
 * rewrites its own values, then recomputes the group's totals from the group's values: a few hundred rows, and
 * never a drift between totals and values.
 */
@Singleton
class RollUpStore {

    private final JdbcOperations jdbc;

    RollUpStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Must come first in the sending transaction, before any other read, so the group's sends queue up here. */
    void lockGroup(long obligationId, String period, long groupId) {
        jdbc.prepareStatement("INSERT INTO report_group_lock (obligation_id, period_code, group_unit_id, sends) VALUES (?, ?, ?, 1) "
                + "ON DUPLICATE KEY UPDATE sends = sends + 1", ps -> {
            ps.setLong(1, obligationId);
            ps.setString(2, period);
            ps.setLong(3, groupId);
            return ps.executeUpdate();
        });
    }

    /** Replaces the report's numbers and recomputes its group's totals (the group lock is held). */
    void store(long reportId, long unitId, long obligationId, String period, long groupId, String groupPath, Map<String, Double> numbers,
               boolean onTime, boolean sentBefore) {
        if (sentBefore) {
            jdbc.prepareStatement("DELETE FROM report_value WHERE report_id = ?", ps -> {
                ps.setLong(1, reportId);
                return ps.executeUpdate();
            });
        }
        Map<String, Double> rows = new java.util.LinkedHashMap<>(numbers);
        // Counter rows: the group's count of reports, and of reports first sent on time, are then totals like any other.
        rows.put(RollUpReads.REPORTS, 1.0);
        rows.put(RollUpReads.ON_TIME, onTime ? 1.0 : 0.0);
        jdbc.prepareStatement("INSERT INTO report_value (report_id, obligation_id, period_code, group_unit_id, unit_id, field_key, value) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
            for (Map.Entry<String, Double> e : rows.entrySet()) {
                ps.setLong(1, reportId);
                ps.setLong(2, obligationId);
                ps.setString(3, period);
                ps.setLong(4, groupId);
                ps.setLong(5, unitId);
                ps.setString(6, e.getKey());
                ps.setDouble(7, e.getValue());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
        recompute(obligationId, period, groupId, groupPath);
    }

    /** Recomputes a group's totals after its values were changed outside a send (the demo's history). */
    void recompute(long obligationId, String period, long groupId) {
        String path = jdbc.prepareStatement("SELECT path FROM unit WHERE id = ?", ps -> {
            ps.setLong(1, groupId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        recompute(obligationId, period, groupId, path);
    }

    private void recompute(long obligationId, String period, long groupId, String groupPath) {
        jdbc.prepareStatement("INSERT INTO report_total (obligation_id, period_code, group_path, field_key, group_unit_id, total, reports, "
                + "min_value, max_value) SELECT obligation_id, period_code, ?, field_key, group_unit_id, SUM(value), COUNT(*), MIN(value), "
                + "MAX(value) FROM report_value WHERE obligation_id = ? AND period_code = ? AND group_unit_id = ? GROUP BY field_key "
                + "ON DUPLICATE KEY UPDATE group_path = VALUES(group_path), total = VALUES(total), reports = VALUES(reports), "
                + "min_value = VALUES(min_value), max_value = VALUES(max_value)", ps -> {
            ps.setString(1, groupPath);
            bindGroup(ps, obligationId, period, groupId, 2);
            return ps.executeUpdate();
        });
        // A field every report of the group left empty since has no total any more.
        jdbc.prepareStatement("DELETE t FROM report_total t WHERE t.obligation_id = ? AND t.period_code = ? AND t.group_unit_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM report_value v WHERE v.obligation_id = t.obligation_id AND v.period_code = t.period_code "
                + "AND v.group_unit_id = t.group_unit_id AND v.field_key = t.field_key)", ps -> {
            bindGroup(ps, obligationId, period, groupId, 1);
            return ps.executeUpdate();
        });
    }

    private static void bindGroup(PreparedStatement ps, long obligationId, String period, long groupId, int from) throws java.sql.SQLException {
        ps.setLong(from, obligationId);
        ps.setString(from + 1, period);
        ps.setLong(from + 2, groupId);
    }
}
