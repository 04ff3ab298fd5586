package vn.lantoa.webhook;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Making, changing and removing a unit's webhooks (each recorded in the audit log with the change), and what an admin
 * sends by hand: the test event and a delivery again. Access is checked by the controllers, before anything is read.
 */
@Singleton
class WebhookSubscriptions {

    /** What every secret starts with, as Stripe's do: recognisable in a config file or a secret scanner's rules. */
    static final String SECRET_START = "whsec_";
    private static final int SECRET_LENGTH = 40;
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A webhook just made, with its secret: the only answer that shows it. */
    record Created(WebhookSubscription subscription, String secret) {
    }

    private final WebhookRepository repository;
    private final Deliveries deliveries;
    private final WebhookDispatcher dispatcher;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    WebhookSubscriptions(WebhookRepository repository, Deliveries deliveries, WebhookDispatcher dispatcher, AuditLog audit, JsonMapper json,
                         Clock clock) {
        this.repository = repository;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    WebhookSubscription find(UnitRef unit, long id) {
        return repository.findOne(unit.id(), id).orElseThrow(() -> new NotFoundException("webhook " + id));
    }

    @Transactional
    Created create(Actor actor, UnitRef unit, WebhookForm.Valid form) {
        String secret = newSecret();
        Instant now = now();
        WebhookSubscription saved = repository.save(new WebhookSubscription(null, unit.id(), form.url(), form.description(),
                WebhookSubscription.join(form.events()), secret, secret.substring(0, SECRET_START.length() + 4), form.active(), actor.userId(), now,
                actor.userId(), now, 1));
        audit.record(actor, unit.id(), "webhook.create", "webhook_subscription", saved.id(),
                "Tạo webhook \"" + saved.description() + "\" gửi tới " + saved.url(), null, describe(saved));
        return new Created(saved, secret);
    }

    /** Saves the new settings over the version the admin saw; someone else's save in between is a stale version. */
    @Transactional
    WebhookSubscription update(Actor actor, UnitRef unit, long id, WebhookForm.Valid form, long version) {
        WebhookSubscription before = find(unit, id);
        if (repository.update(unit.id(), id, form.url(), form.description(), WebhookSubscription.join(form.events()), form.active(), actor.userId(),
                now(), version) == 0) {
            throw new StaleVersionException();
        }
        WebhookSubscription after = find(unit, id);
        audit.record(actor, unit.id(), "webhook.update", "webhook_subscription", id, "Sửa webhook \"" + after.description() + "\"",
                describe(before), describe(after));
        return after;
    }

    /** Pauses or resumes: paused, it receives no new events, and what was waiting waits until it resumes. */
    @Transactional
    WebhookSubscription setActive(Actor actor, UnitRef unit, long id, boolean active) {
        WebhookSubscription s = find(unit, id);
        if (s.active() == active) {
            return s;
        }
        repository.update(unit.id(), id, s.url(), s.description(), s.eventTypes(), active, actor.userId(), now(), s.version());
        audit.record(actor, unit.id(), active ? "webhook.resume" : "webhook.pause", "webhook_subscription", id,
                (active ? "Tiếp tục" : "Tạm dừng") + " webhook \"" + s.description() + "\"", Map.of("active", s.active()), Map.of("active", active));
        return find(unit, id);
    }

    /** Removes the webhook with its deliveries and their log. */
    @Transactional
    void delete(Actor actor, UnitRef unit, long id) {
        WebhookSubscription s = find(unit, id);
        repository.delete(unit.id(), id);
        audit.record(actor, unit.id(), "webhook.delete", "webhook_subscription", id, "Xoá webhook \"" + s.description() + "\"", describe(s), null);
    }

    /** The test button: a ping to this webhook alone, sent at once; the delivery as it ended. */
    Deliveries.Row ping(UnitRef unit, long id) {
        WebhookSubscription s = find(unit, id);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("webhookId", s.id());
        data.put("message", "Lantoa gửi thử: webhook \"" + s.description() + "\" nhận được sự kiện.");
        data.put("events", s.events().stream().map(WebhookEventType::code).toList());
        long deliveryId = deliveries.ping(s, unit.name(), write(data), now());
        dispatcher.attempt(deliveries.one(unit.id(), id, deliveryId).orElseThrow(), true);
        return deliveries.row(unit.id(), id, deliveryId).orElseThrow();
    }

    /** Sends a delivery again, once, now: one that failed, or one an integration lost. One still waiting is a conflict. */
    Deliveries.Row redeliver(UnitRef unit, long id, long deliveryId) {
        find(unit, id);
        Deliveries.Row row = deliveries.row(unit.id(), id, deliveryId).orElseThrow(() -> new NotFoundException("delivery " + deliveryId));
        if (Deliveries.PENDING.equals(row.status())) {
            throw new ConflictException("webhook.delivery.pending");
        }
        dispatcher.attempt(deliveries.one(unit.id(), id, deliveryId).orElseThrow(), true);
        return deliveries.row(unit.id(), id, deliveryId).orElseThrow();
    }

    static String newSecret() {
        StringBuilder secret = new StringBuilder(SECRET_START);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }

    /**
     * To the second, as the embedded MariaDB keeps times: a webhook made in the same second as an event receives it, and
     * what an answer says equals what is read back.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private String write(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> describe(WebhookSubscription s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", s.url());
        m.put("description", s.description());
        m.put("events", s.eventTypes());
        m.put("active", s.active());
        return m;
    }
}
