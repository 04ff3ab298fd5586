package vn.lantoa.tenancy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads units for access decisions and navigation. Units are the tenants themselves: no unit_id scope. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface UnitRefRepository extends GenericRepository<UnitRef, Long> {

    Optional<UnitRef> findById(Long id);

    @Query("SELECT * FROM unit WHERE id IN (:ids) ORDER BY depth, name")
    List<UnitRef> findByIdIn(Collection<Long> ids);

    Optional<UnitRef> findBySlug(String slug);

    @Query("SELECT * FROM unit WHERE parent_id = :parentId AND closed_on IS NULL ORDER BY name")
    List<UnitRef> findOpenChildren(Long parentId);
}
