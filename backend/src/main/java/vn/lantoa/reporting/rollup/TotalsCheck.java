package vn.lantoa.reporting.rollup;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationRepository;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.tenancy.TreeHistory;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The consistency check of the reporting store: every group's totals (report_total) equal what its values say
 * (report_value), and the values agree with their reports. What the database alone can decide is plain SQL, the same
 * statements as infra/sql/totals-check.sql for an operator's SQL client (a test keeps the two the same); what needs the
 * deadline rule or the tree of a period (the on-time counter, the group a report belongs to) is decided here per
 * obligation and period. An empty list means the store is consistent. Reads every value once: minutes at national size,
 * so an operator runs it when in doubt, not on every page.
 */
@Singleton
@Connectable
public class TotalsCheck {

    /** One thing that does not add up. {@code kind} says what; the other fields say where, when they apply. */
    @Serdeable
    @Introspected
    public record Difference(String kind, @Nullable Long obligationId, @Nullable String periodCode, @Nullable Long groupUnitId,
                             @Nullable String fieldKey, @Nullable Long reportId, String detail) {
    }

    /** Groups and fields whose totals differ from their values' sum, count, minimum or maximum, or that have no totals. */
    public static final String TOTALS_DIFFER_FROM_VALUES = """
            SELECT 'TOTALS_DIFFER' AS kind, v.obligation_id, v.period_code, v.group_unit_id, v.field_key,
                   CONCAT('values: sum ', v.total, ', count ', v.n, ', min ', v.min_value, ', max ', v.max_value, '; totals: ',
                          COALESCE(CONCAT('sum ', t.total, ', count ', t.reports, ', min ', t.min_value, ', max ', t.max_value), 'none')) AS detail
            FROM (SELECT obligation_id, period_code, group_unit_id, field_key, SUM(value) AS total, COUNT(*) AS n, MIN(value) AS min_value,
                         MAX(value) AS max_value
                  FROM report_value GROUP BY obligation_id, period_code, group_unit_id, field_key) v
            LEFT JOIN report_total t ON t.obligation_id = v.obligation_id AND t.period_code = v.period_code
                 AND t.group_unit_id = v.group_unit_id AND t.field_key = v.field_key
            WHERE t.obligation_id IS NULL OR t.reports <> v.n OR t.total <> v.total
               OR t.min_value <> v.min_value OR t.max_value <> v.max_value
            ORDER BY v.obligation_id, v.period_code, v.group_unit_id, v.field_key""";

    /** Totals left where no value is (a group the values all left). */
    public static final String TOTALS_WITHOUT_VALUES = """
            SELECT 'TOTALS_WITHOUT_VALUES' AS kind, t.obligation_id, t.period_code, t.group_unit_id, t.field_key,
                   CONCAT('totals: sum ', t.total, ', count ', t.reports) AS detail
            FROM report_total t
            WHERE NOT EXISTS (SELECT 1 FROM report_value v WHERE v.obligation_id = t.obligation_id AND v.period_code = t.period_code
                              AND v.group_unit_id = t.group_unit_id AND v.field_key = t.field_key)
            ORDER BY t.obligation_id, t.period_code, t.group_unit_id, t.field_key""";

    /**
     * The counters against the reports: every sent report has its '#' (1) and '#ontime' (0 or 1) exactly once in one
     * group, a '#returned' (1) exactly when it is returned, no report never sent has values, a value's copy of its report's unit, obligation and period is the
     * report's, and a group's path ends with the group itself.
     */
    public static final String VALUES_DIFFER_FROM_REPORTS = """
            SELECT 'SENT_WITHOUT_COUNTER' AS kind, r.obligation_id, r.period_code, NULL AS group_unit_id, '#' AS field_key, r.id AS report_id,
                   'a sent report has no # value' AS detail
            FROM report r WHERE r.revision > 0 AND NOT EXISTS (SELECT 1 FROM report_value v WHERE v.report_id = r.id AND v.field_key = '#')
            UNION ALL
            SELECT 'VALUES_OF_UNSENT', r.obligation_id, r.period_code, NULL, NULL, r.id, 'a report never sent has values'
            FROM report r WHERE r.revision = 0 AND EXISTS (SELECT 1 FROM report_value v WHERE v.report_id = r.id)
            UNION ALL
            SELECT 'BAD_COUNTER', v.obligation_id, v.period_code, v.group_unit_id, v.field_key, v.report_id, CONCAT('counter value ', v.value)
            FROM report_value v WHERE (v.field_key IN ('#', '#returned') AND v.value <> 1) OR (v.field_key = '#ontime' AND v.value NOT IN (0, 1))
            UNION ALL
            SELECT 'COUNTERS_MISMATCH', MIN(v.obligation_id), MIN(v.period_code), MIN(v.group_unit_id), NULL, v.report_id,
                   CONCAT(SUM(v.field_key = '#'), ' # and ', SUM(v.field_key = '#ontime'), ' #ontime in ', COUNT(DISTINCT v.group_unit_id), ' groups')
            FROM report_value v GROUP BY v.report_id
            HAVING SUM(v.field_key = '#') <> 1 OR SUM(v.field_key = '#ontime') <> 1 OR COUNT(DISTINCT v.group_unit_id) <> 1
            UNION ALL
            SELECT 'RETURNED_COUNTER', r.obligation_id, r.period_code, NULL, '#returned', r.id,
                   CONCAT('status ', r.status, ' but ', (SELECT COUNT(*) FROM report_value v WHERE v.report_id = r.id AND v.field_key = '#returned'),
                          ' #returned')
            FROM report r WHERE r.revision > 0
                AND (r.status = 'RETURNED') <> EXISTS (SELECT 1 FROM report_value v WHERE v.report_id = r.id AND v.field_key = '#returned')
            UNION ALL
            SELECT 'VALUE_NOT_ITS_REPORTS', v.obligation_id, v.period_code, v.group_unit_id, v.field_key, v.report_id,
                   'unit, obligation or period differs from its report'
            FROM report_value v JOIN report r ON r.id = v.report_id
            WHERE v.field_key = '#' AND (v.unit_id <> r.unit_id OR v.obligation_id <> r.obligation_id OR v.period_code <> r.period_code)
            UNION ALL
            SELECT 'GROUP_PATH', t.obligation_id, t.period_code, t.group_unit_id, t.field_key, NULL, CONCAT('group path ', t.group_path)
            FROM report_total t WHERE t.field_key = '#' AND t.group_path NOT LIKE CONCAT('%/', t.group_unit_id, '/')""";

    private final JdbcOperations jdbc;
    private final ObligationRepository obligations;

    TotalsCheck(JdbcOperations jdbc, ObligationRepository obligations) {
        this.jdbc = jdbc;
        this.obligations = obligations;
    }

    /** Everything that does not add up; empty when the store is consistent. */
    public List<Difference> run() {
        List<Difference> found = new ArrayList<>();
        found.addAll(query(TOTALS_DIFFER_FROM_VALUES, false));
        found.addAll(query(TOTALS_WITHOUT_VALUES, false));
        found.addAll(query(VALUES_DIFFER_FROM_REPORTS, true));
        found.addAll(byPeriod());
        return found;
    }

    private List<Difference> query(String sql, boolean withReport) {
        return jdbc.prepareStatement(sql, ps -> {
            List<Difference> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Difference(rs.getString(1), longOrNull(rs, 2), rs.getString(3), longOrNull(rs, 4), rs.getString(5),
                            withReport ? longOrNull(rs, 6) : null, rs.getString(withReport ? 7 : 6)));
                }
            }
            return list;
        });
    }

    /**
     * Per obligation and period: each report's '#ontime' says whether its first send beat the deadline, and its numbers
     * sit in the group of its sender's parent in the period's tree (see {@link PeriodTree}).
     */
    private List<Difference> byPeriod() {
        List<Difference> list = new ArrayList<>();
        Map<Long, Obligation> seen = new HashMap<>();
        List<Object[]> slots = jdbc.prepareStatement("SELECT DISTINCT obligation_id, period_code FROM report_total", ps -> {
            List<Object[]> all = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(new Object[]{rs.getLong(1), rs.getString(2)});
                }
            }
            return all;
        });
        for (Object[] slot : slots) {
            long obligationId = (Long) slot[0];
            String code = (String) slot[1];
            Obligation o = seen.computeIfAbsent(obligationId, id -> obligations.findById$WithoutTenancy(id).orElse(null));
            if (o == null) {
                continue;
            }
            Period period = ObligationSchedule.periodOf(o, code);
            if (period == null) {
                continue;
            }
            Instant lateFrom = new ObligationSchedule(o).lateFrom(period);
            jdbc.prepareStatement("SELECT v.report_id, v.group_unit_id, v.value, r.first_submitted_at FROM report_value v JOIN report r ON r.id = v.report_id "
                    + "WHERE v.obligation_id = ? AND v.period_code = ? AND v.field_key = '#ontime' "
                    + "AND v.value <> CASE WHEN r.first_submitted_at < ? THEN 1 ELSE 0 END", ps -> {
                ps.setLong(1, obligationId);
                ps.setString(2, code);
                ps.setTimestamp(3, Timestamp.from(lateFrom));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Difference("ONTIME_COUNTER", obligationId, code, rs.getLong(2), RollUpReads.ON_TIME, rs.getLong(1),
                                "on-time counter " + rs.getDouble(3) + " for a first send at " + rs.getTimestamp(4).toInstant() + ", late from " + lateFrom));
                    }
                }
                return null;
            });
            jdbc.prepareStatement("SELECT v.report_id, v.group_unit_id, p.parent_id FROM report_value v JOIN unit_placement p ON p.unit_id = v.unit_id AND "
                    + TreeHistory.validAt("p") + " WHERE v.obligation_id = ? AND v.period_code = ? AND v.field_key = '#' "
                    + "AND NOT (p.parent_id <=> v.group_unit_id)", ps -> {
                TreeHistory.bindInstant(ps, 1, PeriodTree.instant(period));
                ps.setLong(3, obligationId);
                ps.setString(4, code);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Difference("WRONG_GROUP", obligationId, code, rs.getLong(2), null, rs.getLong(1),
                                "numbers in the group of unit " + rs.getLong(2) + ", but the sender's parent at the period's end was " + rs.getLong(3)));
                    }
                }
                return null;
            });
        }
        return list;
    }

    private static Long longOrNull(ResultSet rs, int column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
