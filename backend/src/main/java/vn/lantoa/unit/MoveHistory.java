package vn.lantoa.unit;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** One past move of a unit, with names ready to show. */
@Introspected
public record MoveHistory(Long id, Instant movedAt, String fromName, String toName, String byName, String reason) {
}
