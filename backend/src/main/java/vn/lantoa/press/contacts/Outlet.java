package vn.lantoa.press.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A newspaper, station, magazine or news site in a unit's press contacts. */
@MappedEntity("press_outlet")
public record Outlet(@Id @GeneratedValue Long id, long unitId, String name, OutletKind kind, OutletScope scope, @Nullable String website,
                     @Nullable String email, @Nullable String phone, Instant createdAt, Instant updatedAt, @Version Long version) {
}
