package vn.lantoa.press.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A mailing list of press contacts; sharedDown offers it, read-only, to every unit below its owner. */
@MappedEntity("press_list")
public record PressList(@Id @GeneratedValue Long id, long unitId, String name, @Nullable String description, boolean sharedDown,
                        Instant createdAt, Instant updatedAt, @Version Long version) {
}
