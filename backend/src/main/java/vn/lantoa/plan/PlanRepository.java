package vn.lantoa.plan;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Plans: every query names the unit, except the reads of the plans issued by the units above, which say so. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface PlanRepository extends GenericRepository<Plan, Long> {

    Plan save(Plan plan);

    Plan update(Plan plan);

    Optional<Plan> findByUnitIdAndId(long unitId, long id);

    @Query("SELECT * FROM plan WHERE unit_id = :unitId AND id = :id FOR UPDATE")
    Optional<Plan> findForUpdate(long unitId, long id);

    @Query("SELECT * FROM plan WHERE unit_id = :unitId ORDER BY plan_year DESC, id DESC")
    List<Plan> findAllOfUnit(long unitId);

    Optional<Plan> findByUnitIdAndPlanYear(long unitId, int planYear);

    /** The issued plans of the given units (a unit's ancestors): newest year first. */
    @Query("SELECT * FROM plan WHERE unit_id IN (:unitIds) AND status = 'ISSUED' ORDER BY plan_year DESC, id")
    List<Plan> findIssuedOf$WithoutTenancy(Collection<Long> unitIds);
}
