package vn.lantoa.sharing;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

@Introspected
public record SentShare(long id, String itemType, long itemId, @Nullable String title, String audience, boolean requiresAck, Instant createdAt,
                        long recipients, long acknowledged) {
}
