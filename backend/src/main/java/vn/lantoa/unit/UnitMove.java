package vn.lantoa.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One move of a unit to a new parent, kept for history. */
@MappedEntity("unit_move")
public record UnitMove(
        @Id @GeneratedValue @Nullable Long id,
        Long unitId,
        @Nullable Long fromParentId,
        Long toParentId,
        String fromPath,
        String toPath,
        @Nullable String reason,
        Instant movedAt,
        @Nullable Long movedBy) {
}
