package vn.lantoa.webhook;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Something that happened to a unit's resource, as a capability hands it to {@link WebhookOutbox} within the transaction
 * of the change. Only what the units above may read becomes an event (a report once sent, an article once public): the
 * event reaches the subscriptions of the unit and of the units above it. resourceKey names the resource ("report:12:3:2026-11"),
 * and its events reach each subscription in order. In data, a map under "links" holds paths ("/api/v1/...") that the
 * outbox makes absolute. dedupeKey, when given, lets the event happen only once.
 */
public record WebhookEvent(WebhookEventType type, UnitRef unit, String resourceKey, Map<String, Object> data, Instant occurredAt,
                           @Nullable String dedupeKey) {

    public static WebhookEvent of(WebhookEventType type, UnitRef unit, String resourceKey, Map<String, Object> data, Instant occurredAt) {
        return new WebhookEvent(type, unit, resourceKey, data, occurredAt, null);
    }

    /** A time as events carry it: ISO-8601 in Vietnam time, to the second ("2026-11-25T09:30:00+07:00"); null stays null. */
    public static String time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), vn.lantoa.platform.time.VietnamTime.ZONE)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The same event, happening at most once under this key. */
    public WebhookEvent once(String key) {
        return new WebhookEvent(type, unit, resourceKey, data, occurredAt, key);
    }
}
