package vn.lantoa.calendar;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.LocalDate;
import java.util.List;

/** Days off belong to the whole country, not to a unit: no query here is scoped by unit. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DayOffRepository extends GenericRepository<DayOff, LocalDate> {

    DayOff save(DayOff day);

    boolean existsById(LocalDate date);

    @Query("DELETE FROM day_off WHERE off_date = :date")
    int delete(LocalDate date);

    @Query("SELECT * FROM day_off ORDER BY off_date")
    List<DayOff> findAllInOrder();
}
