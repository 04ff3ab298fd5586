package vn.lantoa.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** One past move of a unit, with names ready to show. */
@Introspected
public record MoveHistory(Long id, Instant movedAt, @Nullable String fromName, String toName, @Nullable String byName, @Nullable String reason) {
}
