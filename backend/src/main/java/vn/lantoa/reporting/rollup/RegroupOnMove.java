package vn.lantoa.reporting.rollup;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationRepository;
import vn.lantoa.tenancy.SubtreeMoved;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A move changes the tree of every period not yet over (see {@link PeriodTree}); periods already over keep theirs. So,
 * inside the move's transaction, for each such period in which the moved subtree's units sent something: the moved
 * unit's own numbers leave its old parent's group for its new parent's, the groups inside the subtree are found under
 * their new paths, and both parents' totals are recomputed from their values. A report already sent stays with the
 * unit that received it, which may still accept or return it; sent again, it goes to the new parent.
 */
@Singleton
class RegroupOnMove {

    private final JdbcOperations jdbc;
    private final ObligationRepository obligations;
    private final RollUpStore rollUps;

    RegroupOnMove(JdbcOperations jdbc, ObligationRepository obligations, RollUpStore rollUps) {
        this.jdbc = jdbc;
        this.obligations = obligations;
        this.rollUps = rollUps;
    }

    @EventListener
    void onMoved(SubtreeMoved moved) {
        Map<Long, Obligation> seen = new HashMap<>();
        for (String[] slot : sentBelow(moved.toPath())) {
            Obligation o = seen.computeIfAbsent(Long.parseLong(slot[0]), id -> obligations.findById$WithoutTenancy(id).orElseThrow());
            String period = slot[1];
            Instant t = PeriodTree.instantOf(o.periodType(), period, o.listedPeriods());
            if (t.isBefore(moved.at())) {
                continue;
            }
            regroup(moved, o, period, t);
        }
    }

    /** Obligation and period of every report the subtree's units have sent. */
    private List<String[]> sentBelow(String path) {
        return jdbc.prepareStatement("SELECT DISTINCT r.obligation_id, r.period_code FROM unit u JOIN report r ON r.unit_id = u.id "
                + "WHERE u.path LIKE ? AND r.revision > 0", ps -> {
            ps.setString(1, path + "%");
            List<String[]> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new String[]{String.valueOf(rs.getLong(1)), rs.getString(2)});
                }
            }
            return list;
        });
    }

    private void regroup(SubtreeMoved moved, Obligation o, String period, Instant t) {
        rollUps.lockGroups(List.of(new RollUpStore.Group(o.id(), period, moved.fromParentId()), new RollUpStore.Group(o.id(), period, moved.toParentId())));
        jdbc.prepareStatement("UPDATE report_value v JOIN report r ON r.id = v.report_id SET v.group_unit_id = ? "
                + "WHERE r.unit_id = ? AND r.obligation_id = ? AND r.period_code = ?", ps -> {
            ps.setLong(1, moved.toParentId());
            ps.setLong(2, moved.unitId());
            ps.setLong(3, o.id());
            ps.setString(4, period);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE report_total SET group_path = CONCAT(?, SUBSTRING(group_path, ?)) "
                + "WHERE obligation_id = ? AND period_code = ? AND group_path LIKE ?", ps -> {
            ps.setString(1, moved.toPath());
            ps.setInt(2, moved.fromPath().length() + 1);
            ps.setLong(3, o.id());
            ps.setString(4, period);
            ps.setString(5, moved.fromPath() + "%");
            return ps.executeUpdate();
        });
        rollUps.recompute(o.id(), period, moved.fromParentId(), rollUps.groupPath(moved.fromParentId(), t));
        rollUps.recompute(o.id(), period, moved.toParentId(), rollUps.groupPath(moved.toParentId(), t));
    }
}
