package vn.lantoa.plan;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** The items of a plan's appendix, grouped and in their order. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface PlanItemRepository extends GenericRepository<PlanItem, Long> {

    PlanItem save(PlanItem item);

    PlanItem update(PlanItem item);

    Optional<PlanItem> findByUnitIdAndId(long unitId, long id);

    @Query("SELECT * FROM plan_item WHERE unit_id = :unitId AND id = :id FOR UPDATE")
    Optional<PlanItem> findForUpdate(long unitId, long id);

    @Query("SELECT i.* FROM plan_item i JOIN plan_group g ON g.id = i.group_id WHERE i.unit_id = :unitId AND i.plan_id = :planId "
            + "ORDER BY g.position, g.id, i.position, i.id")
    List<PlanItem> findOfPlan(long unitId, long planId);

    long countByUnitIdAndGroupId(long unitId, long groupId);

    @Query("SELECT COALESCE(MAX(position), 0) FROM plan_item WHERE unit_id = :unitId AND group_id = :groupId")
    int lastPosition(long unitId, long groupId);

    @Query("UPDATE plan_item SET lineage = :lineage WHERE unit_id = :unitId AND id = :id")
    int setLineage(long unitId, long id, String lineage);

    @Query("DELETE FROM plan_item WHERE unit_id = :unitId AND id = :id")
    int deleteInUnit(long unitId, long id);
}
