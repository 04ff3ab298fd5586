package vn.lantoa.press.contacts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** A unit's outlets: every query names the unit. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OutletRepository extends GenericRepository<Outlet, Long> {

    Outlet save(Outlet outlet);

    Outlet update(Outlet outlet);

    Optional<Outlet> findByUnitIdAndId(long unitId, long id);

    Optional<Outlet> findByUnitIdAndName(long unitId, String name);

    List<Outlet> findByUnitIdOrderByName(long unitId);

    @Query("SELECT COUNT(*) FROM press_contact WHERE unit_id = :unitId AND outlet_id = :id")
    long countContacts(long unitId, long id);

    @Query("DELETE FROM press_outlet WHERE unit_id = :unitId AND id = :id")
    int deleteOwn(long unitId, long id);
}
