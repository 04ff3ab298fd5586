package vn.lantoa.desk.tree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Transfers of cases, and the moves of the case itself. A transfer belongs to the two units it links: every read names one
 * of them, or the cases the caller already holds.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TransferRepository extends GenericRepository<CaseTransfer, Long> {

    CaseTransfer save(CaseTransfer transfer);

    @Query("SELECT * FROM desk_case_transfer WHERE case_id IN (:caseIds) ORDER BY at, id")
    List<CaseTransfer> ofCases(Collection<Long> caseIds);

    @Query("SELECT COUNT(*) > 0 FROM desk_case_transfer WHERE case_id = :caseId AND kind = :kind AND to_unit_id = :toUnitId")
    boolean exists(long caseId, String kind, long toUnitId);

    /** Moves a case, keeping its id, follow link and history: the receiving unit takes it as new, on its own clock of handling. */
    @Query("""
            UPDATE desk_case SET unit_id = :toUnitId, code = :code, channel = 'FORWARDED', status = 'MOI', assignee_id = NULL,
              acknowledged_at = NULL, answered_at = NULL, concerned_unit_id = :concernedUnitId, updated_at = :now, version = version + 1
            WHERE id = :caseId AND unit_id = :fromUnitId""")
    long moveCase(long caseId, long fromUnitId, long toUnitId, String code, @Nullable Long concernedUnitId, Instant now);

    @Query("UPDATE desk_case_step SET unit_id = :toUnitId WHERE case_id = :caseId AND unit_id = :fromUnitId")
    long moveSteps(long caseId, long fromUnitId, long toUnitId);

    /** The citizen's files go with the case: the receiving unit's desk reads them, and the follow page lists them. */
    @Query("UPDATE desk_case_attachment SET unit_id = :toUnitId WHERE case_id = :caseId AND unit_id = :fromUnitId")
    long moveAttachments(long caseId, long fromUnitId, long toUnitId);

    /** The reasons of every transfer of a case the caller holds (the retention job, erasing it). */
    @Query("UPDATE desk_case_transfer SET reason = :erasedText WHERE case_id = :caseId AND reason IS NOT NULL")
    void eraseReasons(long caseId, String erasedText);
}
