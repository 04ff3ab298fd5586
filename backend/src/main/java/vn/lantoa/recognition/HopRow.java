package vn.lantoa.recognition;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** One step of an example up the tree, as its detail page shows it. */
@Introspected
public record HopRow(long storyId, long unitId, String unitName, long toUnitId, String toUnitName, String status, Instant createdAt) {
}
