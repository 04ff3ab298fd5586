package vn.lantoa.webhook;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.platform.jdbc.TextStatements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes events in the transaction of the change they tell about: a rolled-back change tells nobody, and a committed one
 * is delivered at least once by {@link WebhookDispatcher}, which hands each event to the subscriptions that may see it.
 * Writing costs one insert, whoever subscribes: many events of one transaction (sends written together) take one.
 */
@Singleton
public class WebhookOutbox {

    private static final int CHUNK = 500;
    private static final String ONE = "INSERT INTO webhook_event (unit_id, unit_name, type, resource_key, dedupe_key, data, occurred_at, fanned_out) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)";

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final String baseUrl;

    WebhookOutbox(JdbcOperations jdbc, JsonMapper json, @Value("${lantoa.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.json = json;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(WebhookEvent event) {
        recordAll(List.of(event));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void recordAll(List<WebhookEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        if (events.size() == 1) {
            // One event (a case that arrived) has the same text every time: a prepared statement kept on the connection,
            // where a text statement was parsed and its values escaped on each of an exam-day rush's submissions.
            jdbc.prepareStatement(ONE, ps -> {
                bind(ps, 1, events.get(0));
                return ps.executeUpdate();
            });
            return;
        }
        String sql = "INSERT INTO webhook_event (unit_id, unit_name, type, resource_key, dedupe_key, data, occurred_at, fanned_out) VALUES "
                + String.join(", ", Collections.nCopies(events.size(), "(?, ?, ?, ?, ?, ?, ?, FALSE)"));
        TextStatements.run(jdbc, sql, ps -> {
            int i = 1;
            for (WebhookEvent e : events) {
                i = bind(ps, i, e);
            }
            return ps.executeUpdate();
        });
    }

    /**
     * Records each event with a dedupeKey unless it happened already, in few statements however many (a national
     * obligation's overdue schools); returns how many this call recorded.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int recordOnce(List<WebhookEvent> events) {
        int recorded = 0;
        for (int from = 0; from < events.size(); from += CHUNK) {
            List<WebhookEvent> chunk = events.subList(from, Math.min(events.size(), from + CHUNK));
            java.util.Set<String> told = new java.util.HashSet<>();
            TextStatements.run(jdbc, "SELECT dedupe_key FROM webhook_event WHERE dedupe_key IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", ps -> {
                int i = 1;
                for (WebhookEvent e : chunk) {
                    ps.setString(i++, java.util.Objects.requireNonNull(e.dedupeKey(), "an event recorded once needs its dedupeKey"));
                }
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        told.add(rs.getString(1));
                    }
                }
                return null;
            });
            List<WebhookEvent> fresh = chunk.stream().filter(e -> !told.contains(e.dedupeKey())).toList();
            if (!fresh.isEmpty()) {
                recorded += TextStatements.run(jdbc, "INSERT IGNORE INTO webhook_event (unit_id, unit_name, type, resource_key, dedupe_key, data, "
                        + "occurred_at, fanned_out) VALUES " + String.join(", ", Collections.nCopies(fresh.size(), "(?, ?, ?, ?, ?, ?, ?, FALSE)")), ps -> {
                    int i = 1;
                    for (WebhookEvent e : fresh) {
                        i = bind(ps, i, e);
                    }
                    return ps.executeUpdate();
                });
            }
        }
        return recorded;
    }

    private int bind(java.sql.PreparedStatement ps, int i, WebhookEvent e) throws java.sql.SQLException {
        ps.setLong(i++, e.unit().id());
        ps.setString(i++, e.unit().name());
        ps.setString(i++, e.type().code());
        ps.setString(i++, e.resourceKey());
        ps.setString(i++, e.dedupeKey());
        ps.setString(i++, write(absolute(e.data())));
        ps.setTimestamp(i++, Timestamp.from(e.occurredAt()));
        return i;
    }

    /** The event's links, as addresses an integration can call. */
    private Map<String, Object> absolute(Map<String, Object> data) {
        Object links = data.get("links");
        if (!(links instanceof Map<?, ?> paths)) {
            return data;
        }
        Map<String, Object> full = new LinkedHashMap<>();
        paths.forEach((name, path) -> full.put(String.valueOf(name), path instanceof String p && p.startsWith("/") ? baseUrl + p : path));
        Map<String, Object> copy = new LinkedHashMap<>(data);
        copy.put("links", full);
        return copy;
    }

    private String write(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
