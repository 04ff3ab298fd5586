package vn.lantoa.reporting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.util.Map;

/**
 * Keeps the numbers of sent reports and their per-parent totals current. A send takes its group's lock row first,
 * so a group's sends happen one after the other. A first send adds its numbers to the group's totals; a send after a
 * return (rare) recomputes the group's totals from its values, since a min or max cannot be taken back. Both keep the
 * totals equal to what the values say (tests and the benchmark check it).
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

    /**
     * A report's first numbers: its values go in, and the group's totals move by them (sum and count up, min and max
     * widened), one statement each, whatever the group's size. The group lock is held.
     */
    void add(long reportId, long unitId, long obligationId, String period, long groupId, String groupPath, Map<String, Double> numbers,
             boolean onTime) {
        Map<String, Double> rows = withCounters(numbers, onTime);
        insertValues(reportId, unitId, obligationId, period, groupId, rows);
        StringBuilder sql = new StringBuilder("INSERT INTO report_total (obligation_id, period_code, group_path, field_key, group_unit_id, total, "
                + "reports, min_value, max_value) VALUES ");
        sql.append(String.join(", ", java.util.Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, 1, ?, ?)")));
        sql.append(" ON DUPLICATE KEY UPDATE group_path = VALUES(group_path), total = total + VALUES(total), reports = reports + 1, "
                + "min_value = LEAST(min_value, VALUES(min_value)), max_value = GREATEST(max_value, VALUES(max_value))");
        jdbc.prepareStatement(sql.toString(), ps -> {
            int i = 1;
            for (Map.Entry<String, Double> e : rows.entrySet()) {
                ps.setLong(i++, obligationId);
                ps.setString(i++, period);
                ps.setString(i++, groupPath);
                ps.setString(i++, e.getKey());
                ps.setLong(i++, groupId);
                ps.setDouble(i++, e.getValue());
                ps.setDouble(i++, e.getValue());
                ps.setDouble(i++, e.getValue());
            }
            return ps.executeUpdate();
        });
    }

    /**
     * A report sent again (after a return): its old numbers leave, the new ones come in, and the group's totals are
     * recomputed from its values, since a min or max cannot be taken back. The group lock is held.
     */
    void replace(long reportId, long unitId, long obligationId, String period, long groupId, String groupPath, Map<String, Double> numbers,
                 boolean onTime) {
        jdbc.prepareStatement("DELETE FROM report_value WHERE report_id = ?", ps -> {
            ps.setLong(1, reportId);
            return ps.executeUpdate();
        });
        insertValues(reportId, unitId, obligationId, period, groupId, withCounters(numbers, onTime));
        recompute(obligationId, period, groupId, groupPath);
    }

    /** Counter rows: the group's count of reports, and of reports first sent on time, are then totals like any other. */
    private static Map<String, Double> withCounters(Map<String, Double> numbers, boolean onTime) {
        // Sorted, so sends that touch the same total rows lock them in the same order.
        Map<String, Double> rows = new java.util.TreeMap<>(numbers);
        rows.put(RollUpReads.REPORTS, 1.0);
        rows.put(RollUpReads.ON_TIME, onTime ? 1.0 : 0.0);
        return rows;
    }

    /** The report's values in one multi-row insert: one round trip however many fields the form has. */
    private void insertValues(long reportId, long unitId, long obligationId, String period, long groupId, Map<String, Double> rows) {
        String sql = "INSERT INTO report_value (report_id, obligation_id, period_code, group_unit_id, unit_id, field_key, value) VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?)"));
        jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            for (Map.Entry<String, Double> e : rows.entrySet()) {
                ps.setLong(i++, reportId);
                ps.setLong(i++, obligationId);
                ps.setString(i++, period);
                ps.setLong(i++, groupId);
                ps.setLong(i++, unitId);
                ps.setString(i++, e.getKey());
                ps.setDouble(i++, e.getValue());
            }
            return ps.executeUpdate();
        });
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
