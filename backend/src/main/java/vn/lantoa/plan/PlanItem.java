package vn.lantoa.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a plan's appendix. quarters: {@link Quarters} mask (or startsOn/endsOn); lineage: '/root/.../own/' through the
 * parent plans' items it serves, so everything planned below an item is one LIKE.
 */
@MappedEntity("plan_item")
public record PlanItem(
        @Id @GeneratedValue @Nullable Long id,
        long unitId,
        long planId,
        long groupId,
        int position,
        String topic,
        ProductForm productForm,
        @Nullable String productNote,
        @Nullable Long leadUnitId,
        @Nullable String leadText,
        @Nullable String partnerText,
        boolean appliesBelow,
        int quarters,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable Long budgetVnd,
        @Nullable String budgetSource,
        @Nullable Long parentItemId,
        String lineage,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Long updatedBy,
        @Version @Nullable Long version) {

    /** "Quý I, II" or the dates, as the appendix prints the time. */
    public String timeLabel() {
        if (quarters != 0) {
            return Quarters.label(quarters);
        }
        String from = startsOn == null ? "" : vn.lantoa.platform.time.VietnamTime.date(startsOn);
        String to = endsOn == null ? "" : vn.lantoa.platform.time.VietnamTime.date(endsOn);
        return to.isEmpty() || to.equals(from) ? from : from.isEmpty() ? "đến " + to : from + " – " + to;
    }
}
