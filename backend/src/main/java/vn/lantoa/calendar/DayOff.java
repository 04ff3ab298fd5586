package vn.lantoa.calendar;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.time.LocalDate;

/** A day nobody works in Vietnam's public sector (a holiday, a day of Tết, a day moved by the Government), with its name. */
@MappedEntity("day_off")
public record DayOff(
        @Id @MappedProperty("off_date") LocalDate date,
        String name,
        Instant createdAt,
        @Nullable Long createdBy) {
}
