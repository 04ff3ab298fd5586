package vn.lantoa.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A unit's webhook as stored. The secret is kept as is: it must be read again to sign each delivery. */
@MappedEntity("webhook_subscription")
public record WebhookSubscription(
        @Id @GeneratedValue @Nullable Long id,
        Long unitId,
        String url,
        String description,
        String eventTypes,
        String secret,
        String secretPrefix,
        boolean active,
        Long createdBy,
        Instant createdAt,
        Long updatedBy,
        Instant updatedAt,
        long version) {

    /** The events chosen, in the order of {@link WebhookEventType}. */
    public List<WebhookEventType> events() {
        List<String> codes = Arrays.asList(eventTypes.split(","));
        return WebhookEventType.SUBSCRIBABLE.stream().filter(t -> codes.contains(t.code())).toList();
    }

    static String join(List<WebhookEventType> events) {
        return String.join(",", events.stream().map(WebhookEventType::code).toList());
    }
}
