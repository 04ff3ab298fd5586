package vn.lantoa.press.releases;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.files.StoredFile;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the public press room of a unit's site shows besides the committee: its published press releases and its media
 * kit, photos of its media library the press desk chose (logo, photos of its schools and events), to download.
 */
@Singleton
@Connectable
public class PressRoom {

    /** A published press release as the press room lists it. */
    public record Release(String title, String slug, String summary, Instant publishedAt) {
    }

    private final JdbcOperations jdbc;
    private final StoredFileRepository files;
    private final PublicChanges publicChanges;
    private final AuditLog audit;
    private final Clock clock;

    PressRoom(JdbcOperations jdbc, StoredFileRepository files, PublicChanges publicChanges, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.publicChanges = publicChanges;
        this.audit = audit;
        this.clock = clock;
    }

    /** Published press releases only, newest first; drafts, scheduled and archived ones never appear. */
    public List<Release> releases(long unitId, int limit) {
        return jdbc.prepareStatement("SELECT title, slug, summary, published_at FROM article WHERE unit_id = ? AND kind = 'PRESS_RELEASE' "
                + "AND status = 'PUBLISHED' ORDER BY published_at DESC, id DESC LIMIT ?", ps -> {
            ps.setLong(1, unitId);
            ps.setInt(2, limit);
            List<Release> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(4);
                    list.add(new Release(rs.getString(1), rs.getString(2), rs.getString(3), at == null ? null : at.toInstant()));
                }
            }
            return list;
        });
    }

    /** The kit's files in the order they were added. */
    public List<StoredFile> kit(long unitId) {
        List<Long> ids = kitIds(unitId);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, StoredFile> byId = new java.util.HashMap<>();
        files.findByUnitIdAndIds(unitId, ids).forEach(f -> byId.put(f.id(), f));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Adds a photo of the unit's own library (false when it has no such image); the site shows it at once. Photos only:
     * an image is served to anyone at its unguessable address, while other files are public only while something
     * published links them.
     */
    @Transactional
    boolean add(Actor actor, UnitRef unit, long fileId) {
        StoredFile file = files.findByUnitIdAndId(unit.id(), fileId).filter(StoredFile::isImage).orElse(null);
        if (file == null) {
            return false;
        }
        int added = jdbc.prepareStatement("INSERT IGNORE INTO press_kit_file (unit_id, file_id, added_at, added_by) VALUES (?, ?, ?, ?)", ps -> {
            ps.setLong(1, unit.id());
            ps.setLong(2, fileId);
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            ps.setLong(4, actor.userId());
            return ps.executeUpdate();
        });
        if (added > 0) {
            audit.record(actor, unit.id(), "press.kit.add", "stored_file", fileId, file.originalName(), null, Map.of("fileId", fileId));
            publicChanges.changed(unit.id());
        }
        return true;
    }

    @Transactional
    void remove(Actor actor, UnitRef unit, long fileId) {
        int removed = jdbc.prepareStatement("DELETE FROM press_kit_file WHERE unit_id = ? AND file_id = ?", ps -> {
            ps.setLong(1, unit.id());
            ps.setLong(2, fileId);
            return ps.executeUpdate();
        });
        if (removed > 0) {
            audit.record(actor, unit.id(), "press.kit.remove", "stored_file", fileId, "file " + fileId, Map.of("fileId", fileId), null);
            publicChanges.changed(unit.id());
        }
    }

    private List<Long> kitIds(long unitId) {
        return jdbc.prepareStatement("SELECT file_id FROM press_kit_file WHERE unit_id = ? ORDER BY added_at, file_id", ps -> {
            ps.setLong(1, unitId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }
}
