package vn.lantoa.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The delivery tables. Reads across units are the dispatcher's and are named so ({@code $WithoutTenancy}); everything an
 * admin reads or changes takes the unit and the subscription.
 */
@Singleton
@Connectable
class Deliveries {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    /** A delivery the dispatcher may attempt now, with what it needs to send it. */
    record Due(long id, long unitId, long subscriptionId, long eventId, int attempts, String url, String secret, String type, long eventUnitId,
               String eventUnitName, String data, Instant occurredAt) {
    }

    /** A delivery as its subscription's admins see it. */
    record Row(long id, long subscriptionId, long eventId, String eventType, String resourceKey, String status, int attempts,
               @Nullable Instant nextAttemptAt, @Nullable Instant lastAttemptAt, @Nullable Integer lastStatusCode, @Nullable Integer lastDurationMs,
               @Nullable String lastError, @Nullable Instant deliveredAt, Instant createdAt, Instant updatedAt) {
    }

    /** One line of the delivery log. */
    record Attempt(long id, long deliveryId, long eventId, String eventType, String deliveryStatus, int number, Instant attemptedAt,
                   @Nullable Integer statusCode, int durationMs, @Nullable String error, @Nullable String response, boolean manual) {
    }

    private static final String ROW = "SELECT d.id, d.subscription_id, d.event_id, e.type, d.resource_key, d.status, d.attempts, d.next_attempt_at, "
            + "d.last_attempt_at, d.last_status_code, d.last_duration_ms, d.last_error, d.delivered_at, d.created_at, d.updated_at "
            + "FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id ";
    private static final String DUE = "SELECT d.id, d.unit_id, d.subscription_id, d.event_id, d.attempts, s.url, s.secret, e.type, e.unit_id, "
            + "e.unit_name, e.data, e.occurred_at FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id "
            + "JOIN webhook_event e ON e.id = d.event_id ";

    private final JdbcOperations jdbc;

    Deliveries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Hands the oldest events not yet handed out to every active subscription that chose their type, of the event's unit or
     * a unit above it (in today's tree), made before the event happened, whose unit is open. Returns how many events.
     */
    @Transactional
    int fanOut$WithoutTenancy(Instant now, int limit) {
        List<Long> ids = jdbc.prepareStatement("SELECT id FROM webhook_event WHERE fanned_out = FALSE ORDER BY id LIMIT ? FOR UPDATE", ps -> {
            ps.setInt(1, limit);
            return longs(ps);
        });
        if (ids.isEmpty()) {
            return 0;
        }
        String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Timestamp at = Timestamp.from(now);
        jdbc.prepareStatement("INSERT IGNORE INTO webhook_delivery (unit_id, subscription_id, event_id, resource_key, status, attempts, "
                + "next_attempt_at, created_at, updated_at) SELECT s.unit_id, s.id, e.id, e.resource_key, 'PENDING', 0, ?, ?, ? "
                + "FROM webhook_event e JOIN unit eu ON eu.id = e.unit_id JOIN webhook_subscription s ON s.active AND s.created_at <= e.occurred_at "
                + "AND FIND_IN_SET(e.type, s.event_types) > 0 JOIN unit su ON su.id = s.unit_id AND su.closed_on IS NULL "
                + "AND eu.path LIKE CONCAT(su.path, '%') WHERE e.id IN (" + in + ")", ps -> {
            ps.setTimestamp(1, at);
            ps.setTimestamp(2, at);
            ps.setTimestamp(3, at);
            int i = 4;
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE webhook_event SET fanned_out = TRUE WHERE id IN (" + in + ")", ps -> {
            int i = 1;
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            return ps.executeUpdate();
        });
        return ids.size();
    }

    /**
     * Deliveries due now, of active subscriptions of open units, each the oldest one pending for its subscription and
     * resource: a later event of a resource waits until the one before it is delivered or has failed for good.
     */
    @Transactional
    List<Due> due$WithoutTenancy(Instant now, int limit) {
        return jdbc.prepareStatement(DUE + "JOIN unit su ON su.id = s.unit_id WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND s.active "
                + "AND su.closed_on IS NULL AND NOT EXISTS (SELECT 1 FROM webhook_delivery p WHERE p.subscription_id = d.subscription_id "
                + "AND p.resource_key = d.resource_key AND p.status = 'PENDING' AND p.event_id < d.event_id) "
                + "ORDER BY d.next_attempt_at, d.id LIMIT ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setInt(2, limit);
            return dues(ps);
        });
    }

    /** One delivery of the unit's subscription, ready to send again by hand. */
    @Transactional
    Optional<Due> one(long unitId, long subscriptionId, long deliveryId) {
        return jdbc.prepareStatement(DUE + "WHERE d.unit_id = ? AND d.subscription_id = ? AND d.id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, subscriptionId);
            ps.setLong(3, deliveryId);
            return dues(ps).stream().findFirst();
        });
    }

    /**
     * The test button's event and its delivery, for this one subscription. The delivery waits a minute before the dispatcher
     * may take it, while the request that made it tries it at once: if that request dies, the ping still goes.
     */
    @Transactional
    long ping(WebhookSubscription subscription, String unitName, String data, Instant now) {
        Timestamp at = Timestamp.from(now);
        long eventId = insert("INSERT INTO webhook_event (unit_id, unit_name, type, resource_key, dedupe_key, data, occurred_at, fanned_out) "
                + "VALUES (?, ?, 'ping', ?, NULL, ?, ?, TRUE)", ps -> {
            ps.setLong(1, subscription.unitId());
            ps.setString(2, unitName);
            ps.setString(3, "ping:" + subscription.id());
            ps.setString(4, data);
            ps.setTimestamp(5, at);
        });
        return insert("INSERT INTO webhook_delivery (unit_id, subscription_id, event_id, resource_key, status, attempts, next_attempt_at, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)", ps -> {
            ps.setLong(1, subscription.unitId());
            ps.setLong(2, subscription.id());
            ps.setLong(3, eventId);
            ps.setString(4, "ping:" + subscription.id());
            ps.setTimestamp(5, Timestamp.from(now.plusSeconds(60)));
            ps.setTimestamp(6, at);
            ps.setTimestamp(7, at);
        });
    }

    /**
     * Records an attempt in the log and its outcome on the delivery: DELIVERED, PENDING again at nextAttemptAt, or FAILED.
     * A manual attempt (the test button, sending again by hand) that fails leaves the delivery FAILED.
     */
    @Transactional
    void attempted(Due due, WebhookSender.Outcome outcome, Instant at, boolean manual, String status, @Nullable Instant nextAttemptAt) {
        int number = due.attempts() + 1;
        String error = cut(outcome.error(), 500);
        jdbc.prepareStatement("INSERT INTO webhook_attempt (unit_id, delivery_id, number, attempted_at, status_code, duration_ms, error, response, "
                + "manual) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, due.unitId());
            ps.setLong(2, due.id());
            ps.setInt(3, number);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setObject(5, outcome.status());
            ps.setInt(6, outcome.durationMs());
            ps.setString(7, error);
            ps.setString(8, cut(outcome.response(), WebhookSender.RESPONSE_EXCERPT));
            ps.setBoolean(9, manual);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE webhook_delivery SET status = ?, attempts = ?, next_attempt_at = ?, last_attempt_at = ?, last_status_code = ?, "
                + "last_duration_ms = ?, last_error = ?, delivered_at = CASE WHEN ? THEN ? ELSE delivered_at END, updated_at = ? "
                + "WHERE unit_id = ? AND id = ?", ps -> {
            ps.setString(1, status);
            ps.setInt(2, number);
            ps.setTimestamp(3, nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt));
            ps.setTimestamp(4, Timestamp.from(at));
            ps.setObject(5, outcome.status());
            ps.setInt(6, outcome.durationMs());
            ps.setString(7, error);
            ps.setBoolean(8, outcome.delivered());
            ps.setTimestamp(9, Timestamp.from(at));
            ps.setTimestamp(10, Timestamp.from(at));
            ps.setLong(11, due.unitId());
            ps.setLong(12, due.id());
            return ps.executeUpdate();
        });
    }

    @Transactional
    List<Row> list(long unitId, long subscriptionId, @Nullable Instant updatedSince) {
        return jdbc.prepareStatement(ROW + "WHERE d.unit_id = ? AND d.subscription_id = ? AND (? IS NULL OR d.updated_at >= ?) "
                + "ORDER BY d.id DESC LIMIT 1000", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, subscriptionId);
            Timestamp since = updatedSince == null ? null : Timestamp.from(updatedSince);
            ps.setTimestamp(3, since);
            ps.setTimestamp(4, since);
            return rows(ps);
        });
    }

    @Transactional
    Optional<Row> row(long unitId, long subscriptionId, long deliveryId) {
        return jdbc.prepareStatement(ROW + "WHERE d.unit_id = ? AND d.subscription_id = ? AND d.id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, subscriptionId);
            ps.setLong(3, deliveryId);
            return rows(ps).stream().findFirst();
        });
    }

    /** The log of a subscription, newest first; or of one delivery, in the order of its attempts. */
    @Transactional
    List<Attempt> attempts(long unitId, long subscriptionId, @Nullable Long deliveryId, int limit) {
        return jdbc.prepareStatement("SELECT a.id, a.delivery_id, d.event_id, e.type, d.status, a.number, a.attempted_at, a.status_code, "
                + "a.duration_ms, a.error, a.response, a.manual FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id "
                + "JOIN webhook_event e ON e.id = d.event_id WHERE a.unit_id = ? AND d.subscription_id = ? AND (? IS NULL OR a.delivery_id = ?) "
                + "ORDER BY " + (deliveryId == null ? "a.attempted_at DESC, a.id DESC" : "a.number, a.id") + " LIMIT ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, subscriptionId);
            ps.setObject(3, deliveryId);
            ps.setObject(4, deliveryId);
            ps.setInt(5, limit);
            List<Attempt> attempts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    attempts.add(new Attempt(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                            rs.getTimestamp(7).toInstant(), integer(rs, 8), rs.getInt(9), rs.getString(10), rs.getString(11), rs.getBoolean(12)));
                }
            }
            return attempts;
        });
    }

    /** What a month-old log no longer needs: finished deliveries (their attempts go with them) and events nobody received. */
    @Transactional
    int cleanUp$WithoutTenancy(Instant before) {
        Timestamp t = Timestamp.from(before);
        int deliveries = jdbc.prepareStatement("DELETE FROM webhook_delivery WHERE status <> 'PENDING' AND updated_at < ? LIMIT 5000", ps -> {
            ps.setTimestamp(1, t);
            return ps.executeUpdate();
        });
        int events = jdbc.prepareStatement("DELETE FROM webhook_event WHERE fanned_out = TRUE AND occurred_at < ? AND NOT EXISTS "
                + "(SELECT 1 FROM webhook_delivery d WHERE d.event_id = webhook_event.id) LIMIT 5000", ps -> {
            ps.setTimestamp(1, t);
            return ps.executeUpdate();
        });
        return deliveries + events;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private long insert(String sql, Binder binder) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                binder.bind(ps);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static List<Long> longs(PreparedStatement ps) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static List<Due> dues(PreparedStatement ps) throws SQLException {
        List<Due> due = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                due.add(new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getLong(9), rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant()));
            }
        }
        return due;
    }

    private static List<Row> rows(PreparedStatement ps) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                        instant(rs, 8), instant(rs, 9), integer(rs, 10), integer(rs, 11), rs.getString(12), instant(rs, 13),
                        rs.getTimestamp(14).toInstant(), rs.getTimestamp(15).toInstant()));
            }
        }
        return rows;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.length() > max ? text.substring(0, max) : text;
    }
}
