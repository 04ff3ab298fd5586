package vn.lantoa.press.contacts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A journalist (or a newsroom's desk) in a unit's press contacts; personal data, read by the unit's press desk only. */
@MappedEntity("press_contact")
public record Contact(@Id @GeneratedValue Long id, long unitId, @Nullable Long outletId, String fullName, @Nullable String beat,
                      @Nullable String position, @Nullable String phone, @Nullable String email, @Nullable String note, boolean active,
                      Instant createdAt, Instant updatedAt, @Version Long version) {
}
