package vn.lantoa.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One publication for a requirement and period. A newer one for the same period replaces it; both stay in the archive. */
@MappedEntity("disclosure_item")
public record DisclosureItem(@Id @GeneratedValue @Nullable Long id, Long unitId, Requirement requirement, String period, String title,
                             @Nullable String body, @Nullable Long fileId, Instant publishedAt, @Nullable Long replacedBy,
                             @Nullable Long createdBy) {

    public boolean current() {
        return replacedBy == null;
    }
}
