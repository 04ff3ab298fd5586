package vn.lantoa.reporting.dashboard;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.RollUp;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ReportAudience;
import vn.lantoa.reporting.rollup.Aggregate;
import vn.lantoa.reporting.rollup.RollUpReads;
import vn.lantoa.tenancy.TreeHistory;
import vn.lantoa.tenancy.UnitRef;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completeness and timeliness over a unit's subtree, per child and period, and one field's totals over time. All of it
 * comes from the per-parent totals (the '#', '#ontime' and '#returned' counters ride along as fields), read by one index
 * range per question; expected counts come from the placements of the units. Each period is read in its own tree (see
 * {@link PeriodTree}): the twelve periods of a Sở that gained a Phòng in the seventh count it from the seventh on.
 * Periods whose tree puts the unit (or the issuer) at the same place are read together, which is every period for a
 * unit that did not move.
 */
@Singleton
@Connectable
public class DashboardReads {

    private final JdbcOperations jdbc;
    private final PeriodTree tree;

    DashboardReads(JdbcOperations jdbc, PeriodTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    /** Periods read together: those whose tree has the unit (and the issuer) at the same place. */
    private record Place(UnitRef unit, UnitRef issuer) {

        String key() {
            return unit.path() + "|" + (issuer == null ? "" : issuer.path() + "|" + issuer.depth());
        }
    }

    private Map<String, List<Period>> byPlace(UnitRef unit, UnitRef issuer, List<Period> periods, Map<String, Place> places) {
        Map<String, List<Period>> groups = new LinkedHashMap<>();
        for (Period p : periods) {
            UnitRef unitThen = issuer == null ? tree.placeOrLast(unit, p) : tree.place(unit, p).orElse(null);
            UnitRef issuerThen = issuer == null ? null : tree.place(issuer, p).orElse(null);
            if (unitThen == null || (issuer != null && issuerThen == null)) {
                continue;
            }
            Place place = new Place(unitThen, issuerThen);
            places.putIfAbsent(place.key(), place);
            groups.computeIfAbsent(place.key(), k -> new ArrayList<>()).add(p);
        }
        return groups;
    }

    /** Per period, how many units of each child's subtree (the child included) were expected to report in that period's tree. */
    public Map<String, Map<Long, Long>> expectedByChild(Obligation obligation, UnitRef issuer, UnitRef unit, List<Period> periods) {
        Map<String, Map<Long, Long>> counts = new HashMap<>();
        Map<String, Place> places = new HashMap<>();
        for (Map.Entry<String, List<Period>> group : byPlace(unit, issuer, periods, places).entrySet()) {
            Place place = places.get(group.getKey());
            List<Period> these = group.getValue();
            ReportAudience.Sql audience = obligation.audienceRule().sql(place.issuer().path(), place.issuer().depth(), "p");
            // One pass over the placements that overlap the periods, each period a conditional count: reading the
            // placements once per period (a join with the periods' instants) made a province's dashboard twice as slow.
            List<Instant> at = these.stream().map(PeriodTree::instant).toList();
            Instant first = at.stream().min(Instant::compareTo).orElseThrow();
            Instant last = at.stream().max(Instant::compareTo).orElseThrow();
            String perPeriod = String.join(", ", Collections.nCopies(these.size(), "SUM(p.valid_from <= ? AND p.valid_to > ?)"));
            String sql = "SELECT SUBSTRING_INDEX(SUBSTRING(p.path, ?), '/', 1) AS child, " + perPeriod + " FROM unit_placement p "
                    + "JOIN unit u ON u.id = p.unit_id WHERE " + audience.where()
                    + " AND p.path LIKE ? AND p.unit_id <> ? AND p.valid_from <= ? AND p.valid_to > ? GROUP BY child";
            jdbc.prepareStatement(sql, ps -> {
                int i = 1;
                ps.setInt(i++, place.unit().path().length() + 1);
                for (Instant t : at) {
                    ps.setTimestamp(i++, Timestamp.from(t));
                    ps.setTimestamp(i++, Timestamp.from(t));
                }
                for (Object p : audience.params()) {
                    ps.setObject(i++, p);
                }
                ps.setString(i++, place.unit().path() + "%");
                ps.setLong(i++, unit.id());
                ps.setTimestamp(i++, Timestamp.from(last));
                ps.setTimestamp(i, Timestamp.from(first));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long child = Long.parseLong(rs.getString(1));
                        for (int k = 0; k < these.size(); k++) {
                            long n = rs.getLong(k + 2);
                            if (n > 0) {
                                counts.computeIfAbsent(these.get(k).code(), c -> new HashMap<>()).put(child, n);
                            }
                        }
                    }
                }
                return null;
            });
        }
        return counts;
    }

    /** Per period, per child: reports sent and sent on time, over the child's whole subtree in that period's tree. */
    Map<String, Map<Long, SendCounts>> countsByChild(Obligation obligation, UnitRef unit, List<Period> periods) {
        Map<String, Map<Long, SendCounts>> byPeriod = new HashMap<>();
        if (periods.isEmpty()) {
            return byPeriod;
        }
        List<String> codes = periods.stream().map(Period::code).toList();
        String all = String.join(",", Collections.nCopies(codes.size(), "?"));
        // The children's own reports: one group, read per unit.
        jdbc.prepareStatement("SELECT period_code, unit_id, field_key, value FROM report_value WHERE obligation_id = ? AND period_code IN (" + all
                + ") AND group_unit_id = ? AND field_key IN ('#', '#ontime', '#returned')", ps -> {
            int i = 1;
            ps.setLong(i++, obligation.id());
            for (String p : codes) {
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
        Map<String, Place> places = new HashMap<>();
        for (Map.Entry<String, List<Period>> group : byPlace(unit, null, periods, places).entrySet()) {
            UnitRef then = places.get(group.getKey()).unit();
            List<Period> these = group.getValue();
            String in = String.join(",", Collections.nCopies(these.size(), "?"));
            // Deeper groups, folded onto the child they lie under by the database.
            jdbc.prepareStatement("SELECT period_code, SUBSTRING_INDEX(SUBSTRING(group_path, ?), '/', 1) AS child, field_key, SUM(total) "
                    + "FROM report_total FORCE INDEX (ix_report_total_field) WHERE obligation_id = ? AND field_key IN ('#', '#ontime', '#returned') AND period_code IN ("
                    + in + ") AND group_path LIKE ? AND group_path <> ? GROUP BY period_code, child, field_key", ps -> {
                int i = 1;
                ps.setInt(i++, then.path().length() + 1);
                ps.setLong(i++, obligation.id());
                for (Period p : these) {
                    ps.setString(i++, p.code());
                }
                ps.setString(i++, then.path() + "%");
                ps.setString(i, then.path());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        add(byPeriod, rs.getString(1), Long.parseLong(rs.getString(2)), rs.getString(3), rs.getLong(4));
                    }
                }
                return null;
            });
        }
        return byPeriod;
    }

    /**
     * One field over the subtree, per period: every group at or below the unit in that period's tree. A consolidating
     * unit's own figures are under their own key ({@link RollUpReads#STATED}), so they are not in it. A minimum or maximum
     * needs the groups' extremes, which the covering index does not hold: only such fields read them.
     */
    public Map<String, Aggregate> fieldByPeriod(Obligation obligation, UnitRef unit, FormField field, List<Period> periods) {
        Map<String, Aggregate> totals = new HashMap<>();
        boolean extremes = field.rollUpOrNone() == RollUp.MIN || field.rollUpOrNone() == RollUp.MAX;
        Map<String, Place> places = new HashMap<>();
        for (Map.Entry<String, List<Period>> group : byPlace(unit, null, periods, places).entrySet()) {
            UnitRef then = places.get(group.getKey()).unit();
            List<Period> these = group.getValue();
            String in = String.join(",", Collections.nCopies(these.size(), "?"));
            jdbc.prepareStatement("SELECT period_code, SUM(total), SUM(reports)" + (extremes ? ", MIN(min_value), MAX(max_value)" : ", NULL, NULL")
                    + " FROM report_total" + (extremes ? "" : " FORCE INDEX (ix_report_total_field)")
                    + " WHERE obligation_id = ? AND field_key = ? AND period_code IN (" + in + ") AND group_path LIKE ? GROUP BY period_code", ps -> {
                int i = 1;
                ps.setLong(i++, obligation.id());
                ps.setString(i++, field.key());
                for (Period p : these) {
                    ps.setString(i++, p.code());
                }
                ps.setString(i, then.path() + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        totals.merge(rs.getString(1), new Aggregate(rs.getBigDecimal(2), rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5)),
                                Aggregate::plus);
                    }
                }
                return null;
            });
        }
        return totals;
    }

    /**
     * Units below the unit's children (its grandchildren and deeper) in the period's tree that sent nothing although the
     * deadline passed before the cut-off.
     */
    public List<MissingUnit> missingBelowChildren(Obligation obligation, UnitRef issuer, UnitRef unit, Period period, Instant lateFrom, Instant cutOff, int limit) {
        UnitRef unitThen = tree.place(unit, period).orElse(null);
        UnitRef issuerThen = tree.place(issuer, period).orElse(null);
        if (!lateFrom.isBefore(cutOff) || unitThen == null || issuerThen == null) {
            return List.of();
        }
        ReportAudience.Sql audience = obligation.audienceRule().sql(issuerThen.path(), issuerThen.depth(), "p");
        String sql = "SELECT u.id, u.name, par.id, par.name FROM unit_placement p JOIN unit u ON u.id = p.unit_id JOIN unit par ON par.id = p.parent_id WHERE "
                + audience.where() + " AND " + TreeHistory.validAt("p") + " AND p.path LIKE ? AND p.depth > ? AND (u.created_at < ? OR u.created_at <= ?) "
                + "AND NOT EXISTS (SELECT 1 FROM report r WHERE r.unit_id = u.id AND r.obligation_id = ? AND r.period_code = ? "
                + "AND r.first_submitted_at IS NOT NULL) ORDER BY par.name, u.name LIMIT ?";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            for (Object p : audience.params()) {
                ps.setObject(i++, p);
            }
            TreeHistory.bindInstant(ps, i, PeriodTree.instant(period));
            i += 2;
            ps.setString(i++, unitThen.path() + "%");
            ps.setInt(i++, unitThen.depth() + 1);
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
