package vn.lantoa.campaign;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A launched campaign in its launcher's list: how many units it reached and how many items they published. */
@Introspected
public record CampaignSummary(long id, String name, LocalDate startsOn, LocalDate endsOn, @Nullable Instant endedAt, String audience, String categoryName,
                       long targets, long published) {

    public Campaign.State stateOn(LocalDate today) {
        return Campaign.state(startsOn, endsOn, endedAt, today);
    }
}
