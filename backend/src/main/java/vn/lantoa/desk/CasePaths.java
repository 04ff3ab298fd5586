package vn.lantoa.desk;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.lantoa.tenancy.SubtreeMoved;

import java.sql.ResultSet;

/**
 * Keeps each case's copy of its unit's path (desk_case.unit_path, V68), which makes the open cases below a unit one range
 * scan (desk.tree.OpenBelow). A case's place in the tree changes in three ways, and each calls this in its own transaction:
 * a case is written (Intake), a case is forwarded to another unit (desk.tree.Forwarding), a subtree of units moves
 * (unit.UnitService, through {@link SubtreeMoved}). Status, spam and erasure leave the path alone: the view filters on
 * them as they stand.
 */
@Singleton
public class CasePaths {

    private final JdbcOperations jdbc;

    CasePaths(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives a case just written in, or just moved to, a unit that unit's path. */
    public void place(long unitId, long caseId) {
        // A locking read, so a move of the unit is either committed before (its new path is read here) or waits for this
        // transaction to end (and then finds the case under the unit's id, see onMoved). A plain read at READ COMMITTED
        // could take the old path of a move committing in between, and the move would not see the case yet.
        String path = jdbc.prepareStatement("SELECT path FROM unit WHERE id = ? LOCK IN SHARE MODE", ps -> {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("unit " + unitId);
                }
                return rs.getString(1);
            }
        });
        jdbc.prepareStatement("UPDATE desk_case SET unit_path = ? WHERE unit_id = ? AND id = ?", ps -> {
            ps.setString(1, path);
            ps.setLong(2, unitId);
            ps.setLong(3, caseId);
            return ps.executeUpdate();
        });
    }

    /**
     * The cases of a moved subtree take their units' new paths, in the move's transaction, after the units' own paths
     * changed: found through their units (the index on unit_id), so every case of the subtree, open or not.
     */
    @EventListener
    void onMoved(SubtreeMoved moved) {
        jdbc.prepareStatement("UPDATE desk_case c JOIN unit u ON u.id = c.unit_id SET c.unit_path = u.path WHERE u.path LIKE ?", ps -> {
            ps.setString(1, moved.toPath() + "%");
            return ps.executeUpdate();
        });
    }
}
