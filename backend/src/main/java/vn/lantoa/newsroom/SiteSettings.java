package vn.lantoa.newsroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A unit's website settings. A unit without a row has the defaults. */
@MappedEntity("site_settings")
public record SiteSettings(@Id Long unitId, @Nullable String tagline, @Nullable String englishIntro, boolean headPublishesDirectly,
                           @DateCreated @Nullable Instant createdAt, @DateUpdated @Nullable Instant updatedAt, @Nullable Long updatedBy,
                           @Version @Nullable Long version) {

    public static SiteSettings defaults(long unitId) {
        return new SiteSettings(unitId, null, null, false, null, null, null, null);
    }
}
