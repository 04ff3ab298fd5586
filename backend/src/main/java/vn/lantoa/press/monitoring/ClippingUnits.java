package vn.lantoa.press.monitoring;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The units a clipping concerns (press_clipping_unit); every query names the unit that keeps the clipping. */
@Singleton
@Connectable
class ClippingUnits {

    record Named(long id, String name) {
    }

    private final JdbcOperations jdbc;
    private final vn.lantoa.tenancy.SubtreeUnits subtree;

    ClippingUnits(JdbcOperations jdbc, vn.lantoa.tenancy.SubtreeUnits subtree) {
        this.jdbc = jdbc;
        this.subtree = subtree;
    }

    /** The unit itself and the open units below it, in the tree's order. */
    Map<Long, String> atOrBelow(String path, int limit) {
        return subtree.openAtOrBelow(path, limit);
    }

    /** Those of the ids that are the unit or below it. */
    List<Long> within(String path, Collection<Long> ids) {
        return new ArrayList<>(subtree.within(path, ids).keySet());
    }

    void replace(long unitId, long clippingId, Collection<Long> concerned) {
        jdbc.prepareStatement("DELETE FROM press_clipping_unit WHERE unit_id = ? AND clipping_id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, clippingId);
            return ps.executeUpdate();
        });
        for (Long id : concerned) {
            jdbc.prepareStatement("INSERT INTO press_clipping_unit (unit_id, clipping_id, concerned_unit_id) VALUES (?, ?, ?)", ps -> {
                ps.setLong(1, unitId);
                ps.setLong(2, clippingId);
                ps.setLong(3, id);
                return ps.executeUpdate();
            });
        }
    }

    List<Named> of(long unitId, long clippingId) {
        return jdbc.prepareStatement("SELECT u.id, u.name FROM press_clipping_unit c JOIN unit u ON u.id = c.concerned_unit_id "
                + "WHERE c.unit_id = ? AND c.clipping_id = ? ORDER BY u.depth, u.name, u.id", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, clippingId);
            return named(ps);
        });
    }

    /** The concerned units of several clippings of one unit, by clipping. */
    Map<Long, List<Named>> ofAll(long unitId, Collection<Long> clippingIds) {
        Map<Long, List<Named>> byClipping = new LinkedHashMap<>();
        if (clippingIds.isEmpty()) {
            return byClipping;
        }
        String marks = String.join(",", clippingIds.stream().map(i -> "?").toList());
        return jdbc.prepareStatement("SELECT c.clipping_id, u.id, u.name FROM press_clipping_unit c JOIN unit u ON u.id = c.concerned_unit_id "
                + "WHERE c.unit_id = ? AND c.clipping_id IN (" + marks + ") ORDER BY u.depth, u.name, u.id", ps -> {
            ps.setLong(1, unitId);
            int i = 2;
            for (Long id : clippingIds) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byClipping.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Named(rs.getLong(2), rs.getString(3)));
                }
            }
            return byClipping;
        });
    }

    /**
     * Deleting a clipping: its concerned units go, and a copy forwarded to the unit above forgets where it came from (the
     * copy is the unit above's own now). A visibly cross-unit write: it touches the other unit's copy only in that link.
     */
    void forget$WithoutTenancy(long unitId, long clippingId) {
        jdbc.prepareStatement("DELETE FROM press_clipping_unit WHERE unit_id = ? AND clipping_id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, clippingId);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE press_clipping SET forwarded_from_id = NULL WHERE forwarded_from_id = ?", ps -> {
            ps.setLong(1, clippingId);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM press_clipping WHERE unit_id = ? AND id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, clippingId);
            return ps.executeUpdate();
        });
    }

    private static List<Named> named(PreparedStatement ps) throws SQLException {
        List<Named> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Named(rs.getLong(1), rs.getString(2)));
            }
        }
        return list;
    }
}
