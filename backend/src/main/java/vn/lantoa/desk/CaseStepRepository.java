package vn.lantoa.desk;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The history of a case, scoped by its unit. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CaseStepRepository extends GenericRepository<CaseStep, Long> {

    CaseStep save(CaseStep step);

    @Query("SELECT * FROM desk_case_step WHERE unit_id = :unitId AND case_id = :caseId ORDER BY at, id")
    List<CaseStep> history(long unitId, long caseId);
}
