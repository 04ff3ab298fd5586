package vn.lantoa.press.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One piece in a unit's media monitoring. topics: desk topic codes, comma-separated. forwardedFromId: the clipping of the
 * unit below this one was copied from. opinionIssueId: the register entry opened from it.
 */
@MappedEntity("press_clipping")
public record Clipping(
        @Id @GeneratedValue Long id,
        long unitId,
        @Nullable String url,
        String outletName,
        OutletKind outletKind,
        String title,
        LocalDate publishedOn,
        Tone tone,
        String topics,
        @Nullable Integer reach,
        @Nullable String note,
        @Nullable Long forwardedFromId,
        @Nullable Long opinionIssueId,
        Instant createdAt,
        @Nullable Long createdBy,
        Instant updatedAt,
        @Version Long version) {
}
