package vn.lantoa.press.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** A press conference, interview or press trip of one unit; its participants, materials and coverage are {@link EventRefs}'. */
@MappedEntity("press_event")
public record PressEvent(
        @Id @GeneratedValue Long id,
        long unitId,
        EventKind kind,
        String title,
        Instant startsAt,
        @Nullable Instant endsAt,
        String place,
        @Nullable String description,
        @Nullable String pressGuests,
        @Nullable String results,
        Instant createdAt,
        @Nullable Long createdBy,
        Instant updatedAt,
        @Nullable Long updatedBy,
        @Version Long version) {
}
