package vn.lantoa.press.events;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Press events of one unit: every query names the unit. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PressEventRepository extends GenericRepository<PressEvent, Long> {

    PressEvent save(PressEvent event);

    PressEvent update(PressEvent event);

    Optional<PressEvent> findByUnitIdAndId(long unitId, long id);

    @Query("SELECT * FROM press_event WHERE unit_id = :unitId AND id = :id FOR UPDATE")
    Optional<PressEvent> findForUpdate(long unitId, long id);

    /** Those not yet over (an event without an end is over when it starts), soonest first. */
    @Query("SELECT * FROM press_event WHERE unit_id = :unitId AND COALESCE(ends_at, starts_at) >= :now ORDER BY starts_at, id LIMIT :limit")
    List<PressEvent> upcoming(long unitId, Instant now, int limit);

    @Query("SELECT * FROM press_event WHERE unit_id = :unitId AND COALESCE(ends_at, starts_at) < :now ORDER BY starts_at DESC, id DESC LIMIT :limit")
    List<PressEvent> past(long unitId, Instant now, int limit);
}
