package vn.lantoa.sharing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

@Introspected
public record Acknowledgement(long unitId, String unitName, @Nullable Instant acknowledgedAt, @Nullable String acknowledgedByName) {
}
