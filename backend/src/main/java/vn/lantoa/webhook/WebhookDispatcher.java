package vn.lantoa.webhook;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.jobs.SchedulerLocks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Delivers the outbox, every few seconds, on one instance at a time: hands new events to the subscriptions that may see
 * them, then POSTs what is due, oldest first and in order per resource, retrying on {@link RetrySchedule}. A delivery is
 * marked only after its answer came, so an instance that stops half-way sends it again: at least once, never lost.
 */
@Singleton
public class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int EVENTS_PER_ROUND = 500;
    private static final int DELIVERIES_PER_ROUND = 50;
    /** A run stops taking new deliveries after this, well inside its lock. */
    private static final Duration RUN_BUDGET = Duration.ofMinutes(2);
    private static final Duration KEPT = Duration.ofDays(30);

    private final Deliveries deliveries;
    private final WebhookSender sender;
    private final SchedulerLocks locks;
    private final JsonMapper json;
    private final Clock clock;
    private final String baseUrl;
    private volatile Instant lastCleanUp = Instant.EPOCH;

    WebhookDispatcher(Deliveries deliveries, WebhookSender sender, SchedulerLocks locks, JsonMapper json, Clock clock,
                      @Value("${lantoa.base-url}") String baseUrl) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.locks = locks;
        this.json = json;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Scheduled(fixedDelay = "${lantoa.webhook.dispatch-interval:5s}", initialDelay = "${lantoa.webhook.dispatch-initial-delay:10s}")
    void onSchedule() {
        locks.runExclusively("webhook-dispatch", Duration.ofMinutes(5), this::dispatchDue);
    }

    /** Hands out new events and sends what is due now; returns how many attempts were made. */
    public int dispatchDue() {
        long started = System.nanoTime();
        while (deliveries.fanOut$WithoutTenancy(clock.instant(), EVENTS_PER_ROUND) == EVENTS_PER_ROUND) {
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(RUN_BUDGET) > 0) {
                break;
            }
        }
        int attempts = 0;
        while (Duration.ofNanos(System.nanoTime() - started).compareTo(RUN_BUDGET) < 0) {
            List<Deliveries.Due> due = deliveries.due$WithoutTenancy(clock.instant(), DELIVERIES_PER_ROUND);
            if (due.isEmpty()) {
                break;
            }
            for (Deliveries.Due d : due) {
                attempt(d, false);
                attempts++;
            }
        }
        cleanUp();
        return attempts;
    }

    /**
     * One attempt of a delivery and its record. By the dispatcher: on failure it is retried later, or FAILED after the last
     * attempt. By hand (the test button, "Gửi lại"): one attempt, FAILED when it fails.
     */
    WebhookSender.Outcome attempt(Deliveries.Due due, boolean manual) {
        WebhookSender.Outcome outcome;
        try {
            outcome = sender.send(due.url(), due.secret(), due.type(), due.id(), body(due));
        } catch (RuntimeException e) {
            outcome = new WebhookSender.Outcome(null, 0, String.valueOf(e.getMessage()), null);
        }
        Instant at = clock.instant();
        int made = due.attempts() + 1;
        if (outcome.delivered()) {
            deliveries.attempted(due, outcome, at, manual, Deliveries.DELIVERED, null);
        } else {
            Instant next = manual ? null : RetrySchedule.next(made, at);
            deliveries.attempted(due, outcome, at, manual, next == null ? Deliveries.FAILED : Deliveries.PENDING, next);
            LOG.info("Webhook delivery {} ({}) to subscription {} failed (attempt {}{}): {}", due.id(), due.type(), due.subscriptionId(), made,
                    next == null ? ", no more retries" : ", next at " + next, outcome.status() != null ? "HTTP " + outcome.status() : outcome.error());
        }
        return outcome;
    }

    /** What is POSTed: the same bytes on every attempt of the event. */
    byte[] body(Deliveries.Due due) {
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("id", due.eventUnitId());
        unit.put("name", due.eventUnitName());
        unit.put("link", baseUrl + "/api/v1/units/" + due.eventUnitId());
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", due.eventId());
        envelope.put("type", due.type());
        envelope.put("occurredAt", WebhookEvent.time(due.occurredAt()));
        envelope.put("unit", unit);
        try {
            envelope.put("data", json.readValue(due.data(), Argument.mapOf(String.class, Object.class)));
            return json.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cleanUp() {
        Instant now = clock.instant();
        if (Duration.between(lastCleanUp, now).compareTo(Duration.ofHours(1)) < 0 && !now.isBefore(lastCleanUp)) {
            return;
        }
        lastCleanUp = now;
        try {
            deliveries.cleanUp$WithoutTenancy(now.minus(KEPT));
        } catch (RuntimeException e) {
            LOG.warn("Old webhook deliveries not cleaned up: {}", e.toString());
        }
    }
}
