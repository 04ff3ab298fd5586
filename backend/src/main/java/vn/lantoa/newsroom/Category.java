package vn.lantoa.newsroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A chuyên mục of a unit's site, e.g. "Kỳ thi tốt nghiệp THPT năm 2024". */
@MappedEntity("category")
public record Category(@Id @GeneratedValue @Nullable Long id, Long unitId, String name, String slug, @Nullable String description,
                       int sortOrder, @DateCreated @Nullable Instant createdAt, @DateUpdated @Nullable Instant updatedAt,
                       @Version @Nullable Long version) {
}
