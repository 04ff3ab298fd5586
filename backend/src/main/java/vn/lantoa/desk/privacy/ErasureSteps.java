package vn.lantoa.desk.privacy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.lantoa.desk.CaseStep;

/** Writes the "personal data erased" step into a case's history. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ErasureSteps extends GenericRepository<CaseStep, Long> {

    CaseStep save(CaseStep step);
}
