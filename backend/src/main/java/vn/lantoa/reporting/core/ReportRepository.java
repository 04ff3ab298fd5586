package vn.lantoa.reporting.core;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReportRepository extends GenericRepository<Report, Long> {

    Report save(Report report);

    Optional<Report> findByUnitIdAndId(Long unitId, Long id);

    Optional<Report> findByUnitIdAndObligationIdAndPeriodCode(Long unitId, Long obligationId, String periodCode);

    /** The report locked for this transaction: sends and decisions on one report happen one after the other. */
    @Query("SELECT * FROM report WHERE unit_id = :unitId AND id = :id FOR UPDATE")
    Optional<Report> lock(Long unitId, Long id);

    /** The slot's report locked for this transaction, if it exists (a send's first read, by the unique key). */
    @Query("SELECT * FROM report WHERE unit_id = :unitId AND obligation_id = :obligationId AND period_code = :periodCode FOR UPDATE")
    Optional<Report> lockSlot(Long unitId, Long obligationId, String periodCode);

    /** Stores the sent answers and marks the report sent, in one statement. */
    @Query("UPDATE report SET answers = :answers, row_count = :rowCount, form_version_id = :formVersionId, status = 'SUBMITTED', "
            + "recipient_unit_id = :recipientUnitId, first_submitted_at = COALESCE(first_submitted_at, :at), submitted_at = :at, submitted_by = :by, "
            + "signed_by = :signedBy, decided_at = NULL, decided_by = NULL, return_reason = NULL, revision = revision + 1, updated_at = :at, "
            + "updated_by = :by, version = version + 1 WHERE unit_id = :unitId AND id = :id")
    int submitAnswers(Long unitId, Long id, String answers, int rowCount, Long formVersionId, Long recipientUnitId, Instant at, Long by,
                      @Nullable Long signedBy);

    /** A report as its recipient sees it: only reports addressed to that unit. */
    Optional<Report> findByRecipientUnitIdAndId(Long recipientUnitId, Long id);

    @Query("UPDATE report SET answers = :answers, prefilled = :prefilled, row_count = :rowCount, form_version_id = :formVersionId, "
            + "status = :status, updated_at = :at, updated_by = :by, version = version + 1 WHERE unit_id = :unitId AND id = :id")
    int saveAnswers(Long unitId, Long id, String answers, String prefilled, int rowCount, Long formVersionId, String status, Instant at, Long by);

    @Query("UPDATE report SET status = 'SUBMITTED', recipient_unit_id = :recipientUnitId, first_submitted_at = COALESCE(first_submitted_at, :at), "
            + "submitted_at = :at, submitted_by = :by, signed_by = :signedBy, decided_at = NULL, decided_by = NULL, return_reason = NULL, "
            + "revision = revision + 1, updated_at = :at, updated_by = :by, version = version + 1 WHERE unit_id = :unitId AND id = :id")
    int markSubmitted(Long unitId, Long id, Long recipientUnitId, Instant at, Long by, @Nullable Long signedBy);

    @Query("UPDATE report SET basis = :basis WHERE unit_id = :unitId AND id = :id")
    int setBasis(Long unitId, Long id, @Nullable String basis);

    @Query("UPDATE report SET status = :status, decided_at = :at, decided_by = :by, return_reason = :reason, updated_at = :at, "
            + "version = version + 1 WHERE recipient_unit_id = :recipientUnitId AND id = :id AND status = 'SUBMITTED'")
    int decide(Long recipientUnitId, Long id, String status, Instant at, Long by, @Nullable String reason);

    /** A report read by a unit above its sender; the caller checks that the reader is the recipient or above the sender. */
    @Query("SELECT * FROM report WHERE id = :id")
    Optional<Report> findById$WithoutTenancy(Long id);

    /** Reports of several units at once (the lines of a recipient's list); the caller checks that the reader may read each. */
    @Query("SELECT * FROM report WHERE id IN (:ids)")
    List<Report> findByIdIn$WithoutTenancy(java.util.Collection<Long> ids);

    @Query("SELECT * FROM report WHERE unit_id = :unitId ORDER BY updated_at DESC LIMIT 200")
    List<Report> findByUnit(Long unitId);
}
