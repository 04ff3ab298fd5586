package vn.lantoa.platform.publication;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Public-content changes of all units: read by every instance to keep its page cache honest. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SiteChangeRepository extends GenericRepository<SiteChange, Long> {

    SiteChange save(SiteChange change);

    List<SiteChange> saveAll(Iterable<SiteChange> changes);

    /** Where a starting instance begins reading: the newest change recorded before that instant (0: none). */
    @Query("SELECT COALESCE(MAX(id), 0) FROM site_change WHERE changed_at < :before")
    long lastIdBefore$WithoutTenancy(Instant before);

    @Query("SELECT * FROM site_change WHERE id IN (:ids)")
    List<SiteChange> findByIdIn$WithoutTenancy(List<Long> ids);

    @Query("SELECT * FROM site_change WHERE id > :afterId ORDER BY id LIMIT 10000")
    List<SiteChange> findAfter$WithoutTenancy(long afterId);

    @Query("DELETE FROM site_change WHERE changed_at < :before")
    void deleteBefore$WithoutTenancy(Instant before);
}
