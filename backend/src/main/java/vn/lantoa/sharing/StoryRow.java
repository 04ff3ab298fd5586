package vn.lantoa.sharing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A story in a list: with its title and the names of the units on both ends. */
@Introspected
public record StoryRow(long id, long unitId, String unitName, long toUnitId, String toUnitName, long articleId, String title,
                       @Nullable String note, Story.Status status, @Nullable String decisionReason, Instant createdAt,
                       @Nullable String createdByName, @Nullable Instant decidedAt,
                       @Nullable Long republishedArticleId) {
}
