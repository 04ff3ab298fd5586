package vn.lantoa.reporting.rollup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.Slot;

import vn.lantoa.platform.jdbc.TextStatements;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps the numbers of sent reports and their per-parent totals current. A send (or a batch of sends) takes its
 * groups' lock rows first, so a group's sends happen one after the other. A first send adds its numbers to the
 * group's totals; a send after a return (rare) recomputes the group's totals from its values, since a min or max
 * cannot be taken back. Both keep the totals equal to what the values say (tests and the benchmark check it).
 */
@Singleton
public class RollUpStore {

    private final JdbcOperations jdbc;

    RollUpStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A group's lock row: the sender's parent, for one obligation and period. */
    public record Group(long obligationId, String period, long groupId) implements Comparable<Group> {

        /** One order for every transaction, so two that take several groups queue rather than deadlock. */
        @Override
        public int compareTo(Group o) {
            int c = Long.compare(obligationId, o.obligationId);
            c = c != 0 ? c : period.compareTo(o.period);
            return c != 0 ? c : Long.compare(groupId, o.groupId);
        }
    }

    /** One sent report's numbers, as its send stores them (a consolidator's consolidated figures under their own keys). */
    public record Sent(long reportId, Slot slot, Map<String, BigDecimal> numbers, boolean onTime) {

        Group group() {
            return new Group(slot.obligation().id(), slot.period().code(), slot.unit().parentId());
        }

        /** The numbers with the two counters: the group's count of reports, and of reports first sent on time. */
        Map<String, BigDecimal> rows() {
            // Sorted, so sends that touch the same total rows lock them in the same order.
            Map<String, BigDecimal> rows = new TreeMap<>(numbers);
            rows.put(RollUpReads.REPORTS, BigDecimal.ONE);
            rows.put(RollUpReads.ON_TIME, onTime ? BigDecimal.ONE : BigDecimal.ZERO);
            return rows;
        }
    }

    /** Must come first in the sending transaction, before any other read, so the group's sends queue up here. */
    public void lockGroup(Group group) {
        lockGroups(List.of(group));
    }

    /** The lock rows of every group a batch of sends touches, in one statement and in {@link Group}'s order. */
    public void lockGroups(Collection<Group> groups) {
        List<Group> sorted = new ArrayList<>(new TreeSet<>(groups));
        String sql = "INSERT INTO report_group_lock (obligation_id, period_code, group_unit_id, sends) VALUES "
                + String.join(", ", Collections.nCopies(sorted.size(), "(?, ?, ?, 1)")) + " ON DUPLICATE KEY UPDATE sends = sends + 1";
        TextStatements.run(jdbc, sql, ps -> {
            int i = 1;
            for (Group g : sorted) {
                ps.setLong(i++, g.obligationId());
                ps.setString(i++, g.period());
                ps.setLong(i++, g.groupId());
            }
            return ps.executeUpdate();
        });
    }

    /**
     * Reports' first numbers: their values go in, and each group's totals move once by what its reports brought (sum
     * and count up, min and max widened), one statement each, whatever the groups' sizes. The groups' locks are held.
     */
    public void add(List<Sent> sent) {
        insertValues(sent);
        // (group, field) -> sum, count, min and max, sorted as the rows are locked. Exact decimals: nothing overflows.
        TreeMap<String, Aggregate> totals = new TreeMap<>();
        Map<String, Object[]> keys = new HashMap<>();
        for (Sent s : sent) {
            Group g = s.group();
            for (Map.Entry<String, BigDecimal> n : s.rows().entrySet()) {
                String key = g.obligationId() + "|" + g.period() + "|" + g.groupId() + "|" + n.getKey();
                if (totals.merge(key, Aggregate.of(n.getValue()), Aggregate::plus).count() == 1) {
                    keys.put(key, new Object[]{g, s.slot().unit().parentPath(), n.getKey()});
                }
            }
        }
        String sql = "INSERT INTO report_total (obligation_id, period_code, group_path, field_key, group_unit_id, total, reports, min_value, "
                + "max_value) VALUES " + String.join(", ", Collections.nCopies(totals.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                + " ON DUPLICATE KEY UPDATE group_path = VALUES(group_path), total = total + VALUES(total), reports = reports + VALUES(reports), "
                + "min_value = LEAST(min_value, VALUES(min_value)), max_value = GREATEST(max_value, VALUES(max_value))";
        TextStatements.run(jdbc, sql, ps -> {
            int i = 1;
            for (Map.Entry<String, Aggregate> t : totals.entrySet()) {
                Object[] k = keys.get(t.getKey());
                Group g = (Group) k[0];
                Aggregate v = t.getValue();
                ps.setLong(i++, g.obligationId());
                ps.setString(i++, g.period());
                ps.setString(i++, (String) k[1]);
                ps.setString(i++, (String) k[2]);
                ps.setLong(i++, g.groupId());
                ps.setBigDecimal(i++, v.sum());
                ps.setInt(i++, (int) v.count());
                ps.setBigDecimal(i++, v.min());
                ps.setBigDecimal(i++, v.max());
            }
            return ps.executeUpdate();
        });
    }

    /**
     * A report sent again (after a return): its old numbers leave, the new ones come in, and the group's totals are
     * recomputed from its values, since a min or max cannot be taken back. The numbers' old group, when they were in
     * another one (a report grouped before its sender's move was taken into account), is recomputed too, so every
     * group's totals equal its values. Both groups' locks are held (see {@link #groupOfSent}).
     */
    public void replace(Sent sent) {
        List<Long> before = jdbc.prepareStatement("SELECT DISTINCT group_unit_id FROM report_value WHERE report_id = ?", ps -> {
            ps.setLong(1, sent.reportId());
            List<Long> ids = new ArrayList<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
        jdbc.prepareStatement("DELETE FROM report_value WHERE report_id = ?", ps -> {
            ps.setLong(1, sent.reportId());
            return ps.executeUpdate();
        });
        insertValues(List.of(sent));
        Group g = sent.group();
        recompute(g.obligationId(), g.period(), g.groupId(), sent.slot().unit().parentPath());
        java.time.Instant t = PeriodTree.instant(sent.slot().period());
        for (long old : before) {
            if (old != g.groupId()) {
                recompute(g.obligationId(), g.period(), old, groupPath(old, t));
            }
        }
    }

    /**
     * The group the numbers a unit already sent for the slot are in, if any and if other than its group now: a send
     * that replaces them locks that group too, before anything else (see {@link #lockGroups}).
     */
    public java.util.Optional<Group> groupOfSent(Slot slot) {
        Long found = jdbc.prepareStatement("SELECT v.group_unit_id FROM report r JOIN report_value v ON v.report_id = r.id "
                + "WHERE r.unit_id = ? AND r.obligation_id = ? AND r.period_code = ? LIMIT 1", ps -> {
            ps.setLong(1, slot.unit().id());
            ps.setLong(2, slot.obligation().id());
            ps.setString(3, slot.period().code());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        });
        return found == null || found.equals(slot.unit().parentId()) ? java.util.Optional.empty()
                : java.util.Optional.of(new Group(slot.obligation().id(), slot.period().code(), found));
    }

    /** The group whose totals hold a sent report's numbers: where its values are (its parent when it was sent). */
    public java.util.Optional<Group> groupOf(long reportId) {
        return jdbc.prepareStatement("SELECT obligation_id, period_code, group_unit_id FROM report_value WHERE report_id = ? AND field_key = ?", ps -> {
            ps.setLong(1, reportId);
            ps.setString(2, RollUpReads.REPORTS);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(new Group(rs.getLong(1), rs.getString(2), rs.getLong(3))) : java.util.Optional.<Group>empty();
            }
        });
    }

    /**
     * A sent report returned to its unit: its numbers still count until it is sent again (the last figures sent are the
     * unit's official ones), and its '#returned' counter says so in every total above it. Sending it again replaces
     * all its values, the counter with them. The group's lock is held.
     */
    public void markReturned(long reportId, Group group) {
        int marked = jdbc.prepareStatement("INSERT IGNORE INTO report_value (report_id, obligation_id, period_code, group_unit_id, unit_id, field_key, "
                + "value) SELECT report_id, obligation_id, period_code, group_unit_id, unit_id, ?, 1 FROM report_value WHERE report_id = ? AND field_key = ?", ps -> {
            ps.setString(1, RollUpReads.RETURNED);
            ps.setLong(2, reportId);
            ps.setString(3, RollUpReads.REPORTS);
            return ps.executeUpdate();
        });
        if (marked == 0) {
            return;
        }
        // The group's row of '#' is there (this report is counted in it): the counter's row takes its path.
        String path = jdbc.prepareStatement("SELECT group_path FROM report_total WHERE obligation_id = ? AND period_code = ? AND group_unit_id = ? "
                + "AND field_key = ?", ps -> {
            bindGroup(ps, group.obligationId(), group.period(), group.groupId(), 1);
            ps.setString(4, RollUpReads.REPORTS);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        jdbc.prepareStatement("INSERT INTO report_total (obligation_id, period_code, group_path, field_key, group_unit_id, total, reports, min_value, "
                + "max_value) VALUES (?, ?, ?, ?, ?, 1, 1, 1, 1) ON DUPLICATE KEY UPDATE total = total + 1, reports = reports + 1", ps -> {
            ps.setLong(1, group.obligationId());
            ps.setString(2, group.period());
            ps.setString(3, path);
            ps.setString(4, RollUpReads.RETURNED);
            ps.setLong(5, group.groupId());
            return ps.executeUpdate();
        });
    }

    /** The reports' values in one multi-row insert: one round trip however many reports and fields. */
    private void insertValues(List<Sent> sent) {
        int rows = sent.stream().mapToInt(s -> s.rows().size()).sum();
        String sql = "INSERT INTO report_value (report_id, obligation_id, period_code, group_unit_id, unit_id, field_key, value) VALUES "
                + String.join(", ", Collections.nCopies(rows, "(?, ?, ?, ?, ?, ?, ?)"));
        TextStatements.run(jdbc, sql, ps -> {
            int i = 1;
            for (Sent s : sent) {
                Group g = s.group();
                for (Map.Entry<String, BigDecimal> e : s.rows().entrySet()) {
                    ps.setLong(i++, s.reportId());
                    ps.setLong(i++, g.obligationId());
                    ps.setString(i++, g.period());
                    ps.setLong(i++, g.groupId());
                    ps.setLong(i++, s.slot().unit().id());
                    ps.setString(i++, e.getKey());
                    ps.setBigDecimal(i++, e.getValue());
                }
            }
            return ps.executeUpdate();
        });
    }

    /** Recomputes a group's totals after its values were changed outside a send (a move, the demo's history). */
    public void recompute(Obligation obligation, String period, long groupId) {
        recompute(obligation.id(), period, groupId, groupPath(groupId, PeriodTree.instantOf(obligation.periodType(), period, obligation.listedPeriods())));
    }

    /** The group unit's path in the tree of the instant: a group's totals are found under the path its parent had then. */
    String groupPath(long groupId, java.time.Instant t) {
        return jdbc.prepareStatement("SELECT COALESCE((SELECT p.path FROM unit_placement p WHERE p.unit_id = u.id AND p.valid_from <= ? "
                + "AND p.valid_to > ? ORDER BY p.valid_from DESC LIMIT 1), u.path) FROM unit u WHERE u.id = ?", ps -> {
            vn.lantoa.tenancy.TreeHistory.bindInstant(ps, 1, t);
            ps.setLong(3, groupId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    void recompute(long obligationId, String period, long groupId, String groupPath) {
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
