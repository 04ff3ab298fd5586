package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.rollup.TotalsCheck;
import vn.lantoa.tenancy.TreeHistory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills unit_placement (V33) from the units as they are and the moves recorded in unit_move, replayed backwards: before
 * each move, the moved subtree stood under its old path. Then the numbers already sent are put where the period's tree
 * says (see PeriodTree): a report's values in the group of its sender's parent at the end of its period, each group's
 * totals under the path its unit had then, and every group whose totals differ from its values recomputed from them
 * (totals left stale by a report sent again after its sender moved, and the demo's incident whose on-time counter had
 * been changed without its totals). Java, because replaying moves is a loop SQL on both MySQL and MariaDB cannot write.
 */
public class V34__Unit_placement_history extends BaseJavaMigration {

    private record UnitRow(long id, Long parentId, String path, int depth, Instant closing) {
    }

    private record Placement(long unitId, Long parentId, String path, int depth, Instant from, Instant to) {
    }

    /** A unit's state while replaying: where it stood just after the move being undone, and until when. */
    private static final class State {
        Long parentId;
        String path;
        int depth;
        Instant until;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Map<Long, String> currentPaths = new HashMap<>();
        Map<Long, List<Placement>> placements = placements(c, currentPaths);
        insert(c, placements, currentPaths);
        regroup(c, placements);
        mendTotals(c, placements);
    }

    private static Map<Long, List<Placement>> placements(Connection c, Map<Long, String> currentPaths) throws SQLException {
        Map<Long, State> states = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, parent_id, path, depth, closed_on FROM unit")) {
            while (rs.next()) {
                State s = new State();
                long parent = rs.getLong(2);
                s.parentId = rs.wasNull() ? null : parent;
                s.path = rs.getString(3);
                s.depth = rs.getInt(4);
                java.sql.Date closed = rs.getDate(5);
                s.until = TreeHistory.closing(closed == null ? null : closed.toLocalDate());
                states.put(rs.getLong(1), s);
                currentPaths.put(rs.getLong(1), s.path);
            }
        }
        Map<Long, List<Placement>> placements = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT unit_id, from_parent_id, from_path, to_path, moved_at FROM unit_move ORDER BY moved_at DESC, id DESC")) {
            while (rs.next()) {
                long movedId = rs.getLong(1);
                long from = rs.getLong(2);
                Long fromParent = rs.wasNull() ? null : from;
                String fromPath = rs.getString(3);
                String toPath = rs.getString(4);
                Instant at = rs.getTimestamp(5).toInstant();
                int depthDelta = segments(fromPath) - segments(toPath);
                for (Map.Entry<Long, State> e : states.entrySet()) {
                    State s = e.getValue();
                    if (!s.path.startsWith(toPath)) {
                        continue;
                    }
                    // A unit that had closed before the move was rerooted with it all the same: only its path goes back.
                    if (s.until.isAfter(at)) {
                        placements.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Placement(e.getKey(), s.parentId, s.path, s.depth, at, s.until));
                        s.until = at;
                    }
                    s.path = fromPath + s.path.substring(toPath.length());
                    s.depth += depthDelta;
                    if (e.getKey() == movedId) {
                        s.parentId = fromParent;
                    }
                }
            }
        }
        for (Map.Entry<Long, State> e : states.entrySet()) {
            State s = e.getValue();
            if (s.until.isAfter(TreeHistory.BEGINNING)) {
                placements.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(new Placement(e.getKey(), s.parentId, s.path, s.depth, TreeHistory.BEGINNING, s.until));
            }
        }
        return placements;
    }

    private static int segments(String path) {
        return (int) path.chars().filter(ch -> ch == '/').count();
    }

    private static void insert(Connection c, Map<Long, List<Placement>> placements, Map<Long, String> currentPaths) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unit_placement (unit_id, valid_from, valid_to, parent_id, path, depth) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (List<Placement> list : placements.values()) {
                for (Placement p : list) {
                    ps.setLong(1, p.unitId());
                    TreeHistory.bind(ps, 2, p.from());
                    TreeHistory.bind(ps, 3, p.to());
                    ps.setObject(4, p.parentId());
                    ps.setString(5, p.path());
                    ps.setInt(6, p.depth());
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE unit SET placed_at = ? WHERE id = ?")) {
            for (Map.Entry<Long, List<Placement>> e : placements.entrySet()) {
                Placement latest = e.getValue().stream().max(java.util.Comparator.comparing(Placement::from)).orElseThrow();
                // A unit closed before a move that rerooted it anyway stands elsewhere in its row than in its history.
                Instant last = latest.path().equals(currentPaths.get(e.getKey())) ? latest.from() : latest.to();
                if (last.isAfter(TreeHistory.BEGINNING)) {
                    ps.setTimestamp(1, Timestamp.from(last));
                    ps.setLong(2, e.getKey());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** The sent numbers of units that moved go to the group of their parent at the end of each period. */
    private static void regroup(Connection c, Map<Long, List<Placement>> placements) throws SQLException {
        Set<Long> moved = new LinkedHashSet<>();
        placements.forEach((id, list) -> {
            if (list.size() > 1) {
                moved.add(id);
            }
        });
        if (moved.isEmpty()) {
            return;
        }
        Map<Long, Object[]> obligations = obligations(c);
        Set<String> groups = new LinkedHashSet<>();
        try (PreparedStatement read = c.prepareStatement("SELECT DISTINCT v.report_id, v.obligation_id, v.period_code, v.group_unit_id FROM report_value v "
                + "JOIN report r ON r.id = v.report_id WHERE r.unit_id = ?");
             PreparedStatement write = c.prepareStatement("UPDATE report_value SET group_unit_id = ? WHERE report_id = ?")) {
            for (long unitId : moved) {
                read.setLong(1, unitId);
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)});
                    }
                }
                for (Object[] row : rows) {
                    Object[] o = obligations.get((Long) row[1]);
                    Instant t = PeriodTree.instantOf((PeriodType) o[0], (String) row[2], (String) o[1]);
                    Placement then = at(placements.get(unitId), t);
                    if (then == null || then.parentId() == null || then.parentId().equals(row[3])) {
                        continue;
                    }
                    write.setLong(1, then.parentId());
                    write.setLong(2, (Long) row[0]);
                    write.executeUpdate();
                    groups.add(row[1] + "|" + row[2] + "|" + row[3]);
                    groups.add(row[1] + "|" + row[2] + "|" + then.parentId());
                }
            }
        }
        // Groups inside moved subtrees keep their totals under the path their unit had at the end of each period.
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT obligation_id, period_code, group_unit_id FROM report_total WHERE group_unit_id = ?")) {
            for (long unitId : moved) {
                ps.setLong(1, unitId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        groups.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getLong(3));
                    }
                }
            }
        }
        for (String g : groups) {
            String[] p = g.split("\\|");
            recompute(c, obligations, placements, Long.parseLong(p[0]), p[1], Long.parseLong(p[2]));
        }
    }

    /** Every group the consistency check finds wrong, recomputed from its values. */
    private static void mendTotals(Connection c, Map<Long, List<Placement>> placements) throws SQLException {
        Set<String> groups = new LinkedHashSet<>();
        for (String sql : List.of(TotalsCheck.TOTALS_DIFFER_FROM_VALUES, TotalsCheck.TOTALS_WITHOUT_VALUES)) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    groups.add(rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getLong(4));
                }
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        Map<Long, Object[]> obligations = obligations(c);
        for (String g : groups) {
            String[] p = g.split("\\|");
            recompute(c, obligations, placements, Long.parseLong(p[0]), p[1], Long.parseLong(p[2]));
        }
    }

    private static Map<Long, Object[]> obligations(Connection c) throws SQLException {
        Map<Long, Object[]> map = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, period_type, listed_periods FROM obligation")) {
            while (rs.next()) {
                map.put(rs.getLong(1), new Object[]{PeriodType.valueOf(rs.getString(2)), rs.getString(3)});
            }
        }
        return map;
    }

    private static Placement at(List<Placement> list, Instant t) {
        if (list == null) {
            return null;
        }
        return list.stream().filter(p -> !t.isBefore(p.from()) && t.isBefore(p.to())).findFirst().orElse(null);
    }

    /** The group's totals from its values, under the path its unit had at the end of the period (as RollUpStore does). */
    private static void recompute(Connection c, Map<Long, Object[]> obligations, Map<Long, List<Placement>> placements, long obligationId, String period,
                                  long groupId) throws SQLException {
        Object[] o = obligations.get(obligationId);
        String path = null;
        if (o != null) {
            Placement then = at(placements.get(groupId), PeriodTree.instantOf((PeriodType) o[0], period, (String) o[1]));
            path = then == null ? null : then.path();
        }
        if (path == null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT path FROM unit WHERE id = ?")) {
                ps.setLong(1, groupId);
                try (ResultSet rs = ps.executeQuery()) {
                    path = rs.next() ? rs.getString(1) : "/" + groupId + "/";
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM report_total WHERE obligation_id = ? AND period_code = ? AND group_unit_id = ?")) {
            ps.setLong(1, obligationId);
            ps.setString(2, period);
            ps.setLong(3, groupId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_total (obligation_id, period_code, group_path, field_key, group_unit_id, total, "
                + "reports, min_value, max_value) SELECT obligation_id, period_code, ?, field_key, group_unit_id, SUM(value), COUNT(*), MIN(value), MAX(value) "
                + "FROM report_value WHERE obligation_id = ? AND period_code = ? AND group_unit_id = ? GROUP BY field_key")) {
            ps.setString(1, path);
            ps.setLong(2, obligationId);
            ps.setString(3, period);
            ps.setLong(4, groupId);
            ps.executeUpdate();
        }
    }
}
