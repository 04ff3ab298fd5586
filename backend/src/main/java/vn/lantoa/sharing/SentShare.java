package vn.lantoa.sharing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A share as its sender lists it; updatedAt is the last acknowledgement, or when it was shared. */
@Introspected
public record SentShare(long id, String itemType, long itemId, @Nullable String title, String audience, boolean requiresAck, Instant createdAt,
                        long recipients, long acknowledged, Instant updatedAt) {
}
