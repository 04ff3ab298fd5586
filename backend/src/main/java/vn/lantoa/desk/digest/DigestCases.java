package vn.lantoa.desk.digest;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.lantoa.desk.DeskCase;

import java.time.Instant;
import java.util.List;

/**
 * The digest's one read across units: every case still owed an acknowledgement or an answer whose running deadline (kept
 * on the case) falls before a moment, or that has no deadline kept yet; not every open case of the country.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DigestCases extends GenericRepository<DeskCase, Long> {

    @Query("""
            SELECT * FROM desk_case WHERE spam = FALSE AND answered_at IS NULL AND status IN ('MOI', 'DA_TIEP_NHAN', 'DANG_XU_LY', 'CHO_BO_SUNG')
              AND (answer_due_at IS NULL OR acknowledge_due_at IS NULL
                OR CASE WHEN acknowledged_at IS NULL THEN acknowledge_due_at ELSE answer_due_at END <= :dueBy)
            ORDER BY unit_id, received_at, id""")
    List<DeskCase> owed$WithoutTenancy(Instant dueBy);
}
