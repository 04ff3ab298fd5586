package vn.lantoa.files;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every read names the unit, except the sweeper's check of which keys still have a row. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface StoredFileRepository extends GenericRepository<StoredFile, Long> {

    StoredFile save(StoredFile file);

    Optional<StoredFile> findByUnitIdAndId(Long unitId, Long id);

    @Query("SELECT * FROM stored_file WHERE unit_id = :unitId ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<StoredFile> findByUnit(Long unitId, int limit, int offset);

    /**
     * The API's list of a unit's files: uploaded since an instant (files never change once stored), in the order asked
     * ({@code sort} one of name, -name, createdAt, -createdAt, checked by the caller; empty: newest first).
     */
    @Query("SELECT * FROM stored_file WHERE unit_id = :unitId AND (:since IS NULL OR created_at >= :since) "
            + "ORDER BY CASE WHEN :sort = 'name' THEN original_name END, CASE WHEN :sort = '-name' THEN original_name END DESC, "
            + "CASE WHEN :sort = 'createdAt' THEN created_at END, created_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<StoredFile> listOfUnit(Long unitId, @io.micronaut.core.annotation.Nullable java.time.Instant since, String sort, int limit, int offset);

    @Query("SELECT COUNT(*) FROM stored_file WHERE unit_id = :unitId AND (:since IS NULL OR created_at >= :since)")
    long countOfUnit(Long unitId, @io.micronaut.core.annotation.Nullable java.time.Instant since);

    @Query("SELECT f.id, f.original_name, f.content_type, f.size_bytes, f.created_at, u.full_name AS uploader_name "
            + "FROM stored_file f LEFT JOIN app_user u ON u.id = f.created_by WHERE f.unit_id = :unitId "
            + "ORDER BY f.created_at DESC, f.id DESC LIMIT :limit OFFSET :offset")
    List<FileRow> listRows(Long unitId, int limit, int offset);

    long countByUnitId(Long unitId);

    @Query("SELECT * FROM stored_file WHERE unit_id = :unitId AND content_type LIKE 'image/%' ORDER BY created_at DESC, id DESC LIMIT :limit")
    List<StoredFile> findImages(Long unitId, int limit);

    Optional<StoredFile> findByUnitIdAndObjectKey(Long unitId, String objectKey);

    void deleteByUnitIdAndId(Long unitId, Long id);

    @Query("SELECT COALESCE(SUM(size_bytes), 0) FROM stored_file WHERE unit_id = :unitId")
    long totalBytesOf(Long unitId);

    /** Which of these object keys have a row, whatever the unit: the orphan sweeper's question. */
    @Query("SELECT object_key FROM stored_file WHERE object_key IN (:keys)")
    List<String> existingKeys$WithoutTenancy(Collection<String> keys);

    @Query("SELECT * FROM stored_file WHERE unit_id = :unitId AND id IN (:ids)")
    List<StoredFile> findByUnitIdAndIds(Long unitId, java.util.Collection<Long> ids);
}
