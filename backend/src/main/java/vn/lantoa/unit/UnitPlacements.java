package vn.lantoa.unit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.tenancy.TreeHistory;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Writes unit_placement (see V33 and {@link TreeHistory}) in the transaction of the change that moves units: a new
 * unit's first row, a subtree's move, a unit's closing or reopening. Times are whole seconds, as the embedded MariaDB
 * keeps them, so a unit made and moved within one second has its row changed in place instead of a second row with
 * the same start.
 */
@Singleton
class UnitPlacements {

    private final JdbcOperations jdbc;

    UnitPlacements(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new unit's places: it is taken to have stood under its parent since before any period, so it follows the
     * parent's own history (a school made under a Phòng that moved last year was, in last year's tree, where the
     * Phòng was then). A root has one row.
     */
    void first(long unitId, Long parentId, String path, int depth, Instant closing) {
        if (parentId == null) {
            jdbc.prepareStatement("INSERT INTO unit_placement (unit_id, valid_from, valid_to, parent_id, path, depth) VALUES (?, ?, ?, NULL, ?, ?)", ps -> {
                ps.setLong(1, unitId);
                TreeHistory.bind(ps, 2, TreeHistory.BEGINNING);
                TreeHistory.bind(ps, 3, closing);
                ps.setString(4, path);
                ps.setInt(5, depth);
                return ps.executeUpdate();
            });
            return;
        }
        jdbc.prepareStatement("INSERT INTO unit_placement (unit_id, valid_from, valid_to, parent_id, path, depth) "
                + "SELECT ?, valid_from, LEAST(valid_to, ?), unit_id, CONCAT(path, ?, '/'), depth + 1 FROM unit_placement WHERE unit_id = ? AND valid_from < ?", ps -> {
            ps.setLong(1, unitId);
            TreeHistory.bind(ps, 2, closing);
            ps.setString(3, String.valueOf(unitId));
            ps.setLong(4, parentId);
            TreeHistory.bind(ps, 5, closing);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE unit u SET placed_at = (SELECT NULLIF(MAX(p.valid_from), ?) FROM unit_placement p WHERE p.unit_id = u.id) WHERE u.id = ?",
                ps -> {
                    TreeHistory.bind(ps, 1, TreeHistory.BEGINNING);
                    ps.setLong(2, unitId);
                    return ps.executeUpdate();
                });
    }

    /**
     * Every unit of the subtree at oldPrefix that stands there now gets a new row from {@code at} with its new path
     * (the moved unit also its new parent); its current row ends at {@code at}. Units of the subtree that closed
     * before keep their history as it was. The subtree's units are marked as placed at {@code at}.
     */
    void moveSubtree(long unitId, long newParentId, String oldPrefix, String newPrefix, int depthDelta, Instant at) {
        Timestamp now = Timestamp.from(at);
        jdbc.prepareStatement("INSERT INTO unit_placement (unit_id, valid_from, valid_to, parent_id, path, depth) "
                + "SELECT unit_id, ?, valid_to, CASE WHEN unit_id = ? THEN ? ELSE parent_id END, CONCAT(?, SUBSTRING(path, ?)), depth + ? "
                + "FROM unit_placement WHERE path LIKE ? AND valid_from < ? AND valid_to > ?", ps -> {
            ps.setTimestamp(1, now);
            ps.setLong(2, unitId);
            ps.setLong(3, newParentId);
            ps.setString(4, newPrefix);
            ps.setInt(5, oldPrefix.length() + 1);
            ps.setInt(6, depthDelta);
            ps.setString(7, oldPrefix + "%");
            ps.setTimestamp(8, now);
            ps.setTimestamp(9, now);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE unit_placement SET valid_to = ? WHERE path LIKE ? AND valid_from < ? AND valid_to > ?", ps -> {
            ps.setTimestamp(1, now);
            ps.setString(2, oldPrefix + "%");
            ps.setTimestamp(3, now);
            ps.setTimestamp(4, now);
            return ps.executeUpdate();
        });
        // Rows that started this very second (a unit made or moved a moment ago) change in place.
        jdbc.prepareStatement("UPDATE unit_placement SET parent_id = CASE WHEN unit_id = ? THEN ? ELSE parent_id END, "
                + "path = CONCAT(?, SUBSTRING(path, ?)), depth = depth + ? WHERE path LIKE ? AND valid_from >= ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, newParentId);
            ps.setString(3, newPrefix);
            ps.setInt(4, oldPrefix.length() + 1);
            ps.setInt(5, depthDelta);
            ps.setString(6, oldPrefix + "%");
            ps.setTimestamp(7, now);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE unit SET placed_at = ? WHERE path LIKE ?", ps -> {
            ps.setTimestamp(1, now);
            ps.setString(2, newPrefix + "%");
            return ps.executeUpdate();
        });
    }

    /** The unit's last row ends when it closes, or runs on again when it reopens. */
    void closeAt(long unitId, Instant closing) {
        jdbc.prepareStatement("UPDATE unit_placement SET valid_to = ? WHERE unit_id = ? ORDER BY valid_from DESC LIMIT 1", ps -> {
            TreeHistory.bind(ps, 1, closing);
            ps.setLong(2, unitId);
            return ps.executeUpdate();
        });
    }
}
