package vn.lantoa.newsroom.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.lantoa.files.StoredFile;

import java.time.Instant;
import java.util.List;

/** The media library's reads: a unit's images, and whether one is still used by its content. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MediaQueries extends GenericRepository<StoredFile, Long> {

    /** {@code sort} one of name, -name, createdAt, -createdAt, checked by the caller; empty: newest first. */
    @Query("SELECT * FROM stored_file WHERE unit_id = :unitId AND content_type LIKE 'image/%' AND (:since IS NULL OR created_at >= :since) "
            + "ORDER BY CASE WHEN :sort = 'name' THEN original_name END, CASE WHEN :sort = '-name' THEN original_name END DESC, "
            + "CASE WHEN :sort = 'createdAt' THEN created_at END, created_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<StoredFile> images(Long unitId, @Nullable Instant since, String sort, int limit, int offset);

    @Query("SELECT COUNT(*) FROM stored_file WHERE unit_id = :unitId AND content_type LIKE 'image/%' AND (:since IS NULL OR created_at >= :since)")
    long countImages(Long unitId, @Nullable Instant since);

    /**
     * True when the unit's content uses the file: an article's cover, attachment or body (by the image's address, which
     * holds its object's unique name), an official document, a Công khai item or a report's attachment.
     */
    @Query("SELECT (SELECT COUNT(*) FROM article WHERE unit_id = :unitId AND (cover_file_id = :fileId OR body_html LIKE :name)) "
            + "+ (SELECT COUNT(*) FROM article_attachment WHERE unit_id = :unitId AND file_id = :fileId) "
            + "+ (SELECT COUNT(*) FROM official_document WHERE unit_id = :unitId AND file_id = :fileId) "
            + "+ (SELECT COUNT(*) FROM disclosure_item WHERE unit_id = :unitId AND file_id = :fileId) "
            + "+ (SELECT COUNT(*) FROM report_attachment WHERE unit_id = :unitId AND file_id = :fileId) > 0")
    boolean inUse(Long unitId, Long fileId, String name);
}
