package vn.lantoa.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A group of the plan's appendix ("I. Hoàn thiện chính sách..."); parentGroupId: the parent plan's group it mirrors. */
@MappedEntity("plan_group")
public record PlanGroup(
        @Id @GeneratedValue @Nullable Long id,
        long unitId,
        long planId,
        int position,
        String numeral,
        String title,
        @Nullable Long parentGroupId) {
}
