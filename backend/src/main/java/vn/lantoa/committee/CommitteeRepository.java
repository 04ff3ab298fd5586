package vn.lantoa.committee;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CommitteeRepository extends GenericRepository<Committee, Long> {

    Optional<Committee> findByUnitId(Long unitId);

    Committee save(Committee committee);

    Committee update(Committee committee);
}
