package vn.lantoa.platform.publication;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("site_change")
public record SiteChange(@Id Long id, long unitId, Instant changedAt) {
}
