package vn.lantoa.tenancy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ActorUserRepository extends GenericRepository<ActorUser, Long> {

    Optional<ActorUser> findById(Long id);
}
