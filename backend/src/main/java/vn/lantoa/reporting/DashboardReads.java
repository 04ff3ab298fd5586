package vn.lantoa.reporting;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.tenancy.UnitRef;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Completeness and timeliness over a unit's subtree, per child and period, and one field's totals over time. All of it
 * comes from the per-parent totals (the '#', '#ontime' and '#returned' counters ride along as fields), read by one index
 * range per question; expected counts come from the tree as it stands.
 */
@Singleton
@Connectable
class DashboardReads {

    private final JdbcOperations jdbc;

    DashboardReads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** How many units of each child's subtree (the child included) are expected to report, as the tree stands. */
    Map<Long, Long> expectedByChild(Obligation obligation, UnitRef issuer, UnitRef unit) {
        ReportAudience.Sql audience = obligation.audienceRule().sql(issuer.path(), issuer.depth());
        String sql = "SELECT SUBSTRING_INDEX(SUBSTRING(u.path, ?), '/', 1) AS child, COUNT(*) FROM unit u WHERE " + audience.where()
                + " AND u.closed_on IS NULL AND u.path LIKE ? AND u.id <> ? GROUP BY child";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            ps.setInt(i++, unit.path().length() + 1);
            for (Object p : audience.params()) {
                ps.setObject(i++, p);
            }
            ps.setString(i++, unit.path() + "%");
            ps.setLong(i, unit.id());
            Map<Long, Long> counts = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(Long.parseLong(rs.getString(1)), rs.getLong(2));
                }
            }
            return counts;
        });
    }

    /** Per period, per child: reports sent and sent on time, over the child's whole subtree. */
    Map<String, Map<Long, SendCounts>> countsByChild(Obligation obligation, UnitRef unit, List<String> periods) {
        Map<String, Map<Long, SendCounts>> byPeriod = new HashMap<>();
        if (periods.isEmpty()) {
            return byPeriod;
        }
        String in = String.join(",", Collections.nCopies(periods.size(), "?"));
        // The children's own reports: one group, read per unit.
        jdbc.prepareStatement("SELECT period_code, unit_id, field_key, value FROM report_value WHERE obligation_id = ? AND period_code IN (" + in
                + ") AND group_unit_id = ? AND field_key IN ('#', '#ontime', '#returned')", ps -> {
            int i = 1;
            ps.setLong(i++, obligation.id());
            for (String p : periods) {
                ps.setString(i++, p);
            }
            ps.setLong(i, unit.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    add(byPeriod, rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4));
                }
            }
            return null;
        });
        // Deeper groups, folded onto the child they lie under by the database.
        jdbc.prepareStatement("SELECT period_code, SUBSTRING_INDEX(SUBSTRING(group_path, ?), '/', 1) AS child, field_key, SUM(total) "
                + "FROM report_total FORCE INDEX (ix_report_total_field) WHERE obligation_id = ? AND field_key IN ('#', '#ontime', '#returned') AND period_code IN ("
                + in + ") AND group_path LIKE ? AND group_path <> ? GROUP BY period_code, child, field_key", ps -> {
            int i = 1;
            ps.setInt(i++, unit.path().length() + 1);
            ps.setLong(i++, obligation.id());
            for (String p : periods) {
                ps.setString(i++, p);
            }
            ps.setString(i++, unit.path() + "%");
            ps.setString(i, unit.path());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    add(byPeriod, rs.getString(1), Long.parseLong(rs.getString(2)), rs.getString(3), rs.getLong(4));
                }
            }
            return null;
        });
        return byPeriod;
    }

    /**
     * One field over the subtree, per period: every group at or below the unit. A consolidating unit's own figures are
     * under their own key ({@link RollUpReads#STATED}), so they are not in it. A minimum or maximum needs the groups'
     * extremes, which the covering index does not hold: only such fields read them.
     */
    Map<String, Aggregate> fieldByPeriod(Obligation obligation, UnitRef unit, FormField field, List<String> periods) {
        Map<String, Aggregate> totals = new HashMap<>();
        if (periods.isEmpty()) {
            return totals;
        }
        String in = String.join(",", Collections.nCopies(periods.size(), "?"));
        boolean extremes = field.rollUpOrNone() == RollUp.MIN || field.rollUpOrNone() == RollUp.MAX;
        jdbc.prepareStatement("SELECT period_code, SUM(total), SUM(reports)" + (extremes ? ", MIN(min_value), MAX(max_value)" : ", NULL, NULL")
                + " FROM report_total" + (extremes ? "" : " FORCE INDEX (ix_report_total_field)")
                + " WHERE obligation_id = ? AND field_key = ? AND period_code IN (" + in + ") AND group_path LIKE ? GROUP BY period_code", ps -> {
            int i = 1;
            ps.setLong(i++, obligation.id());
            ps.setString(i++, field.key());
            for (String p : periods) {
                ps.setString(i++, p);
            }
            ps.setString(i, unit.path() + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    totals.merge(rs.getString(1), new Aggregate(rs.getBigDecimal(2), rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5)),
                            Aggregate::plus);
                }
            }
            return null;
        });
        return totals;
    }

    /** Units below the unit's children (its grandchildren and deeper) that sent nothing although the deadline passed before the cut-off. */
    List<MissingUnit> missingBelowChildren(Obligation obligation, UnitRef issuer, UnitRef unit, Period period, Instant lateFrom, Instant cutOff, int limit) {
        if (!lateFrom.isBefore(cutOff)) {
            return List.of();
        }
        ReportAudience.Sql audience = obligation.audienceRule().sql(issuer.path(), issuer.depth());
        String sql = "SELECT u.id, u.name, p.id, p.name FROM unit u JOIN unit p ON p.id = u.parent_id WHERE " + audience.where()
                + " AND u.closed_on IS NULL AND u.path LIKE ? AND u.depth > ? AND (u.created_at < ? OR u.created_at <= ?) AND NOT EXISTS (SELECT 1 FROM report r "
                + "WHERE r.unit_id = u.id AND r.obligation_id = ? AND r.period_code = ? AND r.first_submitted_at IS NOT NULL) ORDER BY p.name, u.name LIMIT ?";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            for (Object p : audience.params()) {
                ps.setObject(i++, p);
            }
            ps.setString(i++, unit.path() + "%");
            ps.setInt(i++, unit.depth() + 1);
            ps.setTimestamp(i++, Timestamp.from(lateFrom));
            ps.setTimestamp(i++, Timestamp.from(obligation.createdAt()));
            ps.setLong(i++, obligation.id());
            ps.setString(i++, period.code());
            ps.setInt(i, limit);
            List<MissingUnit> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new MissingUnit(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                }
            }
            return list;
        });
    }

    private static void add(Map<String, Map<Long, SendCounts>> byPeriod, String period, long child, String key, long value) {
        SendCounts c = switch (key) {
            case RollUpReads.REPORTS -> new SendCounts(value, 0, 0);
            case RollUpReads.ON_TIME -> new SendCounts(0, value, 0);
            default -> new SendCounts(0, 0, value);
        };
        byPeriod.computeIfAbsent(period, p -> new HashMap<>()).merge(child, c, SendCounts::plus);
    }

}
