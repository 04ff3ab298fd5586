package vn.lantoa.plan;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** The appendix groups of a plan, in their order. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface PlanGroupRepository extends GenericRepository<PlanGroup, Long> {

    PlanGroup save(PlanGroup group);

    PlanGroup update(PlanGroup group);

    Optional<PlanGroup> findByUnitIdAndId(long unitId, long id);

    @Query("SELECT * FROM plan_group WHERE unit_id = :unitId AND plan_id = :planId ORDER BY position, id")
    List<PlanGroup> findOfPlan(long unitId, long planId);

    @Query("DELETE FROM plan_group WHERE unit_id = :unitId AND id = :id")
    int deleteInUnit(long unitId, long id);
}
