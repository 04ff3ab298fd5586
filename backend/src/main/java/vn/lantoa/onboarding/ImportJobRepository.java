package vn.lantoa.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportJobRepository extends GenericRepository<ImportJob, Long> {

    ImportJob save(ImportJob job);

    Optional<ImportJob> findByUnitIdAndId(Long unitId, Long id);

    @Query("SELECT id, unit_id, created_by, file_name, status, rows_total, rows_done, rows_invalid, '' AS payload, failure, created_at, "
            + "finished_at, version FROM import_job WHERE unit_id = :unitId ORDER BY created_at DESC LIMIT 10")
    List<ImportJob> findRecent(Long unitId);

    /** Moves PREVIEW to RUNNING once: a double click on "Nhập" starts one import. */
    @Query("UPDATE import_job SET status = 'RUNNING', version = version + 1 WHERE unit_id = :unitId AND id = :id AND status = 'PREVIEW'")
    int start(Long unitId, Long id);

    @Query("UPDATE import_job SET status = 'CANCELLED', finished_at = :now WHERE unit_id = :unitId AND id = :id AND status = 'PREVIEW'")
    int cancel(Long unitId, Long id, Instant now);

    /** Progress is written in its own transaction so that others see it while the import's transaction is open. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    @Query("UPDATE import_job SET rows_done = :done WHERE id = :id")
    void progress(Long id, int done);

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    @Query("UPDATE import_job SET status = :status, failure = :failure, finished_at = :now WHERE id = :id")
    void finish(Long id, ImportStatus status, @Nullable String failure, Instant now);

    /** Imports whose instance died mid-way were rolled back by the database; say so. */
    @Query("UPDATE import_job SET status = 'FAILED', failure = 'interrupted', finished_at = :now WHERE status = 'RUNNING' AND created_at < :before")
    int failInterrupted$WithoutTenancy(Instant before, Instant now);
}
