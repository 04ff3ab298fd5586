package vn.lantoa.desk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Cases of one unit: every query names the unit, except the follow link's, which is found by its token's hash within a site. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DeskCaseRepository extends GenericRepository<DeskCase, Long> {

    DeskCase save(DeskCase c);

    DeskCase update(DeskCase c);

    Optional<DeskCase> findByUnitIdAndId(long unitId, long id);

    @Query("SELECT * FROM desk_case WHERE unit_id = :unitId AND id = :id FOR UPDATE")
    Optional<DeskCase> findForUpdate(long unitId, long id);

    boolean existsByUnitIdAndCode(long unitId, String code);

    @Query("SELECT * FROM desk_case WHERE unit_id = :unitId AND message_hash = :messageHash AND received_at >= :since ORDER BY id LIMIT 1")
    Optional<DeskCase> findDuplicate(long unitId, String messageHash, Instant since);

    @Query("""
            SELECT * FROM desk_case WHERE unit_id = :unitId AND spam = FALSE
              AND (:status IS NULL OR status = :status) AND (:topic IS NULL OR topic = :topic)
              AND (:assigneeId IS NULL OR assignee_id = :assigneeId) AND search_text LIKE :pattern
            ORDER BY CASE WHEN status IN ('DA_TRA_LOI', 'DA_DONG') THEN 1 ELSE 0 END, received_at, id LIMIT 500""")
    List<DeskCase> queue(long unitId, @Nullable String status, @Nullable String topic, @Nullable Long assigneeId, String pattern);

    @Query("SELECT * FROM desk_case WHERE unit_id = :unitId AND spam = FALSE AND status IN ('MOI', 'DA_TIEP_NHAN', 'DANG_XU_LY', 'CHO_BO_SUNG') ORDER BY received_at LIMIT 2000")
    List<DeskCase> openCases(long unitId);

    /** The case a follow link names, from the site it was sent to: its unit's own, or one this unit forwarded away. */
    @Query("""
            SELECT * FROM desk_case c WHERE c.follow_token_hash = :followTokenHash AND (c.unit_id = :unitId OR EXISTS (
              SELECT 1 FROM desk_case_transfer t WHERE t.case_id = c.id AND t.kind = 'FORWARDED' AND t.from_unit_id = :unitId))""")
    Optional<DeskCase> findFollowed(long unitId, String followTokenHash);
}
