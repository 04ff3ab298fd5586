package vn.lantoa.desk.api;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.lantoa.desk.CaseStep;

import java.util.List;

/** A case's history as the API shows it, scoped by its unit. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CaseStepApiRepository extends GenericRepository<CaseStep, Long> {

    @Query("SELECT * FROM desk_case_step WHERE unit_id = :unitId AND case_id = :caseId ORDER BY at, id")
    List<CaseStep> history(long unitId, long caseId);
}
