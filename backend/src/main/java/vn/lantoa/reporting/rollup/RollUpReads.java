package vn.lantoa.reporting.rollup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a roll-up from the maintained totals: the children's own values (one group) and the totals of every group
 * deeper in the subtree, folded onto the child each one lies under. Two indexed range reads, whatever the tree's size.
 * The subtree is the unit's in the period's tree (see {@link PeriodTree}): a group's totals are kept under the path
 * its unit had then, so a Sở's past months keep the Phòng that moved away since. {@link #tableNow} regroups the same
 * numbers by the tree as it is today, for the view "as it is now" after a merger.
 */
@Singleton
@Connectable
public class RollUpReads {

    public static final String REPORTS = "#";
    public static final String ON_TIME = "#ontime";
    /** 1 for a report returned to its unit and not sent again yet: a counter like '#', so totals say how many. */
    static final String RETURNED = "#returned";
    /**
     * Before a field's key: a consolidating unit's own figure for a consolidated field ("=y_kien_nhan"). Stored and
     * totalled like any field, so one read brings it next to its sources' total, and no sum of the field's own key
     * ever includes it.
     */
    public static final String STATED = "=";
    private final JdbcOperations jdbc;
    private final UnitRefRepository units;
    private final PeriodTree tree;

    RollUpReads(JdbcOperations jdbc, UnitRefRepository units, PeriodTree tree) {
        this.jdbc = jdbc;
        this.units = units;
        this.tree = tree;
    }

    public RollUpTable table(Obligation obligation, FormDefinition form, UnitRef current, Period period) {
        List<FormField> fields = form.rolledUp();
        UnitRef unit = tree.placeOrLast(current, period);
        Map<Long, Map<String, Aggregate>> own = new HashMap<>();
        jdbc.prepareStatement("SELECT unit_id, field_key, value FROM report_value WHERE obligation_id = ? AND period_code = ? AND group_unit_id = ?", ps -> {
            ps.setLong(1, obligation.id());
            ps.setString(2, period.code());
            ps.setLong(3, unit.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    own.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), Aggregate.of(rs.getBigDecimal(3)));
                }
            }
            return null;
        });
        Map<Long, Map<String, Aggregate>> below = new LinkedHashMap<>();
        // The database folds the groups onto the child they lie under: for the ministry, some 90,000 group rows of the
        // covering index become one row per province and field.
        jdbc.prepareStatement("SELECT SUBSTRING_INDEX(SUBSTRING(group_path, ?), '/', 1) AS child, field_key, SUM(total), SUM(reports), "
                + "MIN(min_value), MAX(max_value) FROM report_total FORCE INDEX (ix_report_total_path) "
                + "WHERE obligation_id = ? AND period_code = ? AND group_path LIKE ? AND group_path <> ? GROUP BY child, field_key", ps -> {
            ps.setInt(1, unit.path().length() + 1);
            ps.setLong(2, obligation.id());
            ps.setString(3, period.code());
            ps.setString(4, unit.path() + "%");
            ps.setString(5, unit.path());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Aggregate a = new Aggregate(rs.getBigDecimal(3), rs.getLong(4), rs.getBigDecimal(5), rs.getBigDecimal(6));
                    below.computeIfAbsent(Long.parseLong(rs.getString(1)), k -> new HashMap<>()).merge(rs.getString(2), a, Aggregate::plus);
                }
            }
            return null;
        });
        return lines(fields, own, below);
    }

    /**
     * The same numbers grouped by the tree as it is today: each report under the child of the unit its sender stands
     * below now, wherever it stood in the period. Read from the values of the reports of the units below the unit now
     * (one range over the units, the reports and their values by key): for a merged Sở's few thousand schools, not for
     * the whole country at once.
     */
    public RollUpTable tableNow(Obligation obligation, FormDefinition form, UnitRef unit, Period period) {
        List<FormField> fields = form.rolledUp();
        Map<Long, Map<String, Aggregate>> own = new HashMap<>();
        Map<Long, Map<String, Aggregate>> below = new LinkedHashMap<>();
        jdbc.prepareStatement("SELECT SUBSTRING_INDEX(SUBSTRING(u.path, ?), '/', 1) AS child, u.depth = ? AS own, v.field_key, SUM(v.value), COUNT(*), "
                + "MIN(v.value), MAX(v.value) FROM unit u JOIN report r ON r.unit_id = u.id AND r.obligation_id = ? AND r.period_code = ? "
                + "JOIN report_value v ON v.report_id = r.id WHERE u.path LIKE ? AND u.path <> ? GROUP BY child, own, v.field_key", ps -> {
            ps.setInt(1, unit.path().length() + 1);
            ps.setInt(2, unit.depth() + 1);
            ps.setLong(3, obligation.id());
            ps.setString(4, period.code());
            ps.setString(5, unit.path() + "%");
            ps.setString(6, unit.path());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Aggregate a = new Aggregate(rs.getBigDecimal(4), rs.getLong(5), rs.getBigDecimal(6), rs.getBigDecimal(7));
                    (rs.getBoolean(2) ? own : below).computeIfAbsent(Long.parseLong(rs.getString(1)), k -> new HashMap<>()).merge(rs.getString(3), a,
                            Aggregate::plus);
                }
            }
            return null;
        });
        return lines(fields, own, below);
    }

    private RollUpTable lines(List<FormField> fields, Map<Long, Map<String, Aggregate>> own, Map<Long, Map<String, Aggregate>> below) {
        List<RollUpTable.Line> lines = new ArrayList<>();
        Map<String, Aggregate> total = new HashMap<>();
        Set<Long> ids = new HashSet<>(own.keySet());
        ids.addAll(below.keySet());
        // Units that moved away since still show under the parent they reported through for this period.
        for (UnitRef child : ids.isEmpty() ? List.<UnitRef>of() : units.findByIdIn(ids)) {
            if (own.containsKey(child.id())) {
                lines.add(new RollUpTable.Line(child.id(), child.name(), RollUpTable.Kind.OWN, 1, own.get(child.id()), false));
            }
            if (below.containsKey(child.id())) {
                Map<String, Aggregate> values = below.get(child.id());
                long n = values.getOrDefault(REPORTS, Aggregate.EMPTY).count();
                lines.add(new RollUpTable.Line(child.id(), child.name(), RollUpTable.Kind.BELOW, n, values, true));
            }
        }
        long reports = 0;
        for (RollUpTable.Line line : lines) {
            line.values().forEach((k, v) -> total.merge(k, v, Aggregate::plus));
            reports += line.reports();
        }
        return new RollUpTable(fields, lines, total, reports);
    }

}
