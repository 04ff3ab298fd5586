package vn.lantoa.newsroom;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface SiteSettingsRepository extends GenericRepository<SiteSettings, Long> {

    Optional<SiteSettings> findByUnitId(Long unitId);

    SiteSettings save(SiteSettings settings);

    SiteSettings update(SiteSettings settings);
}
