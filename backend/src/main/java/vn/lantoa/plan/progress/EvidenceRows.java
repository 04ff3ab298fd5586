package vn.lantoa.plan.progress;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An item's evidence; every query names the unit. */
@Singleton
@Connectable
public class EvidenceRows {

    public record Evidence(long id, EvidenceSource source, Long refId, String url, String title, Instant createdAt, String createdBy) {
    }

    private final JdbcOperations jdbc;

    EvidenceRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Evidence> of(long unitId, long itemId) {
        return jdbc.prepareStatement("SELECT e.id, e.source, e.ref_id, e.url, e.title, e.created_at, u.full_name FROM plan_evidence e "
                + "LEFT JOIN app_user u ON u.id = e.created_by WHERE e.unit_id = ? AND e.item_id = ? ORDER BY e.created_at, e.id", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, itemId);
            List<Evidence> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long ref = rs.getLong(3);
                    rows.add(new Evidence(rs.getLong(1), EvidenceSource.ofTable(rs.getString(2)), rs.wasNull() ? null : ref, rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)));
                }
            }
            return rows;
        });
    }

    boolean has(long unitId, long itemId, EvidenceSource source, long refId) {
        return jdbc.prepareStatement("SELECT 1 FROM plan_evidence WHERE unit_id = ? AND item_id = ? AND source = ? AND ref_id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, itemId);
            ps.setString(3, source.table());
            ps.setLong(4, refId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    void add(long unitId, long itemId, EvidenceSource source, Long refId, String url, String title, Instant at, Long by) {
        jdbc.prepareStatement("INSERT INTO plan_evidence (unit_id, item_id, kind, source, ref_id, url, title, created_at, created_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, itemId);
            ps.setString(3, source.kind());
            ps.setString(4, source.table());
            if (refId == null) {
                ps.setNull(5, java.sql.Types.BIGINT);
            } else {
                ps.setLong(5, refId);
            }
            ps.setString(6, url);
            ps.setString(7, title);
            ps.setTimestamp(8, Timestamp.from(at));
            if (by == null) {
                ps.setNull(9, java.sql.Types.BIGINT);
            } else {
                ps.setLong(9, by);
            }
            return ps.executeUpdate();
        });
    }

    /** Removes one piece of evidence of the item; false when the item has none with that id. */
    boolean remove(long unitId, long itemId, long evidenceId) {
        return jdbc.prepareStatement("DELETE FROM plan_evidence WHERE unit_id = ? AND item_id = ? AND id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, itemId);
            ps.setLong(3, evidenceId);
            return ps.executeUpdate() > 0;
        });
    }
}
