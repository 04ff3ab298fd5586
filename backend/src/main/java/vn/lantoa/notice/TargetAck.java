package vn.lantoa.notice;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** One target unit of a notice, for the sender: who acknowledged there and when. */
@Introspected
public record TargetAck(long unitId, String unitName, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedByName) {
}
