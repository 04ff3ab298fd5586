package vn.lantoa.brand;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SiteIdentityRepository extends GenericRepository<SiteIdentity, Long> {

    Optional<SiteIdentity> findByUnitId(Long unitId);

    SiteIdentity save(SiteIdentity identity);

    SiteIdentity update(SiteIdentity identity);
}
