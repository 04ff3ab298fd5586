package vn.lantoa.press.monitoring;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Clippings of one unit: every query names the unit. Lists and counts are {@link ClippingSearch}'s. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ClippingRepository extends GenericRepository<Clipping, Long> {

    Clipping save(Clipping clipping);

    Clipping update(Clipping clipping);

    Optional<Clipping> findByUnitIdAndId(long unitId, long id);

    @Query("SELECT * FROM press_clipping WHERE unit_id = :unitId AND id = :id FOR UPDATE")
    Optional<Clipping> findForUpdate(long unitId, long id);

    /** The copy the unit above already holds of this clipping, if it was forwarded. */
    @Query("SELECT * FROM press_clipping WHERE unit_id = :parentId AND forwarded_from_id = :clippingId LIMIT 1")
    Optional<Clipping> findForwarded(long parentId, long clippingId);

    @Query("UPDATE press_clipping SET opinion_issue_id = :issueId WHERE unit_id = :unitId AND id = :id")
    void linkIssue(long unitId, long id, long issueId);
}
