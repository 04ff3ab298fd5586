package vn.lantoa.platform.publication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("site_change")
public record SiteChange(@Id @GeneratedValue @Nullable Long id, long unitId, Instant changedAt) {
}
