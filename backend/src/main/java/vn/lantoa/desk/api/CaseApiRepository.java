package vn.lantoa.desk.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.lantoa.desk.DeskCase;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The API's reads of a unit's cases, every one scoped by the unit. Lists are filtered, sorted and paged in the database:
 * a Sở's hotline keeps thousands of cases. "Overdue" is a case still owing its acknowledgement or its answer whose
 * deadline, as kept on the case (its unit's days for its topic, see CaseDeadlines), has passed.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CaseApiRepository extends GenericRepository<DeskCase, Long> {

    String FILTER = "WHERE unit_id = :unitId AND spam = :spam AND (:status IS NULL OR status = :status) AND (:topic IS NULL OR topic = :topic) "
            + "AND (:channel IS NULL OR channel = :channel) AND (:assigneeId IS NULL OR assignee_id = :assigneeId) AND search_text LIKE :pattern "
            + "AND (:since IS NULL OR updated_at >= :since) AND (:overdue IS NULL OR (answered_at IS NULL AND status <> 'DA_DONG' "
            + "AND ((acknowledged_at IS NULL AND acknowledge_due_at < :now) OR (acknowledged_at IS NOT NULL AND answer_due_at < :now)))"
            + " = :overdue) ";

    Optional<DeskCase> findByUnitIdAndId(long unitId, long id);

    @Query("SELECT * FROM desk_case " + FILTER + "ORDER BY "
            + "CASE WHEN :sort = 'receivedAt' THEN received_at END, "
            + "CASE WHEN :sort = 'updatedAt' THEN updated_at END, CASE WHEN :sort = '-updatedAt' THEN updated_at END DESC, "
            + "CASE WHEN :sort = 'code' THEN code END, CASE WHEN :sort = '-code' THEN code END DESC, "
            + "CASE WHEN :sort = 'status' THEN FIELD(status, 'MOI', 'DA_TIEP_NHAN', 'DANG_XU_LY', 'CHO_BO_SUNG', 'DA_TRA_LOI', 'DA_DONG') END, "
            + "CASE WHEN :sort = '-status' THEN FIELD(status, 'MOI', 'DA_TIEP_NHAN', 'DANG_XU_LY', 'CHO_BO_SUNG', 'DA_TRA_LOI', 'DA_DONG') END DESC, "
            + "CASE WHEN :sort = 'receivedAt' THEN id END, received_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<DeskCase> findForApi(long unitId, boolean spam, @Nullable String status, @Nullable String topic, @Nullable String channel,
                              @Nullable Long assigneeId, String pattern, @Nullable Instant since, @Nullable Boolean overdue, Instant now,
                              String sort, int limit, int offset);

    @Query("SELECT COUNT(*) FROM desk_case " + FILTER)
    long countForApi(long unitId, boolean spam, @Nullable String status, @Nullable String topic, @Nullable String channel, @Nullable Long assigneeId,
                     String pattern, @Nullable Instant since, @Nullable Boolean overdue, Instant now);
}
