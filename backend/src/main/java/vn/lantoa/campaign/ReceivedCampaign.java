package vn.lantoa.campaign;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A campaign as one of its target units sees it: who launched it, its category on this unit's site, what this unit published. */
@Introspected
public record ReceivedCampaign(long id, String name, long fromUnitId, String fromUnitName, LocalDate startsOn, LocalDate endsOn, @Nullable Instant endedAt,
                        @Nullable Long categoryId, String categorySlug, String categoryName, long published) {

    public Campaign.State stateOn(LocalDate today) {
        return Campaign.state(startsOn, endsOn, endedAt, today);
    }

    public long daysLeft(LocalDate today) {
        return Campaign.daysLeft(startsOn, endsOn, endedAt, today);
    }
}
