package vn.lantoa.campaign;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** One target unit of a campaign and the items it published in the campaign's category. */
@Introspected
public record TargetCount(long unitId, String unitName, String path, int depth, String siteSlug, @Nullable Long categoryId, String categorySlug,
                   long published, @Nullable Instant lastPublished) {
}
