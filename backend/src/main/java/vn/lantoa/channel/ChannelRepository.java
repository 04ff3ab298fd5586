package vn.lantoa.channel;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** A unit's channels: every query names the unit, or (the main channels above) the units it reads. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ChannelRepository extends GenericRepository<Channel, Long> {

    Channel save(Channel channel);

    Channel update(Channel channel);

    Optional<Channel> findByUnitIdAndId(long unitId, long id);

    @Query("SELECT * FROM unit_channel WHERE unit_id = :unitId ORDER BY sort_order, id")
    List<Channel> findByUnit(long unitId);

    @Query("SELECT * FROM unit_channel WHERE unit_id = :unitId AND active = TRUE ORDER BY sort_order, id")
    List<Channel> findActive(long unitId);

    /** The active channels of several units (the units above a site), in one query; the caller keeps each unit's first. */
    @Query("SELECT * FROM unit_channel WHERE unit_id IN (:unitIds) AND active = TRUE ORDER BY unit_id, sort_order, id")
    List<Channel> findActiveOfUnits(List<Long> unitIds);

    @Query("SELECT COALESCE(MAX(sort_order), 0) FROM unit_channel WHERE unit_id = :unitId")
    int maxSortOrder(long unitId);

    @Query("DELETE FROM unit_channel WHERE unit_id = :unitId AND id = :id")
    int deleteOwn(long unitId, long id);
}
