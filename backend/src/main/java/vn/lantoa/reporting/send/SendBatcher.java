package vn.lantoa.reporting.send;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.SynchronousTransactionManager;
import io.micronaut.transaction.TransactionDefinition;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.jdbc.TextStatements;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportEvents;
import vn.lantoa.reporting.form.Answers;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.ReportFormVersion;
import vn.lantoa.reporting.obligation.Slot;
import vn.lantoa.reporting.rollup.RollUpStore;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.webhook.WebhookEvent;
import vn.lantoa.webhook.WebhookEventType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes first sends that arrive together in one transaction: the evening before a deadline, thousands of schools
 * send within minutes, and a transaction per send would spend most of its time on round trips and commits. One writer
 * takes whatever sends are waiting (one when the system is quiet, dozens in a rush), inserts their reports, versions,
 * numbers and audit records with one statement each, moves the group totals once, and commits; each sender gets its
 * answer only after that commit. This is group commit, as databases do it for their logs.
 *
 * Only the common case comes here: the first send of a report (new, or a draft never sent), for an obligation with
 * periods, by a unit without units below it. Anything else, and any send the batch cannot take (its report was sent
 * before, or the same slot twice in one batch, or any error in the batch), goes back to {@link ReportService}'s
 * one-send transaction, which decides it exactly (the token makes that safe even for a send the batch did write).
 */
@Singleton
class SendBatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SendBatcher.class);

    /** A batch's statements stay well under MariaDB's 65,535 placeholders and its packet size. */
    private static final int MAX_BATCH = 64;

    /** A send validated by its request thread, waiting for the writer. */
    record Pending(Actor actor, Slot slot, FormDefinition form, ReportFormVersion version, Map<String, String> cleaned, String json,
                   String prefilled, Long signedBy, String token, Instant at, CompletableFuture<SendOutcome> done) {

        /** Each send is itself, however alike two are (and hashing its answers would cost more than writing them). */
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final JdbcOperations jdbc;
    private final SynchronousTransactionManager<Connection> tx;
    private final AuditLog audit;
    private final RollUpStore rollUps;
    private final ReportEvents events;
    private final TransactionDefinition sending;
    private final boolean enabled;
    private final java.util.concurrent.atomic.AtomicLong sendsWritten = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger largestBatch = new java.util.concurrent.atomic.AtomicInteger();
    private final DistributionSummary batchSizes;
    private volatile Thread writer;
    private volatile boolean stopping;

    SendBatcher(JdbcOperations jdbc, SynchronousTransactionManager<Connection> tx, AuditLog audit, RollUpStore rollUps, ReportEvents events,
                @Value("${lantoa.reporting.batch-sends:true}") boolean enabled, MeterRegistry meters) {
        this.batchSizes = DistributionSummary.builder("lantoa.send.batch.size").tag("kind", "report")
                .description("Sends written together: mails per SMTP session (kind=mail), first report sends per transaction (kind=report)")
                .register(meters);
        this.rollUps = rollUps;
        this.events = events;
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.sending = ReportService.SENDING;
        this.enabled = enabled;
    }

    /**
     * Whether a send of this slot may be written in a batch (see the class comment). Never inside a caller's own
     * transaction: the writer could not see its rows, and would wait on its locks.
     */
    boolean takes(Slot slot) {
        return enabled && !stopping && slot.obligation().periodType() != PeriodType.EVENT && !slot.unit().type().mayHaveChildren()
                && tx.findTransactionStatus().isEmpty();
    }

    /**
     * The outcome once the batch holding this send has committed; empty when the batch could not take it, and the
     * caller must send it on its own.
     */
    java.util.Optional<SendOutcome> send(Pending pending) {
        startWriter();
        queue.add(pending);
        try {
            return java.util.Optional.ofNullable(pending.done().get(60, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        } catch (Exception e) {
            // A timeout or a failure: the one-send path decides, and the token keeps a send from counting twice.
            return java.util.Optional.empty();
        }
    }

    /** How many sends batches have written since start, and the most in one batch (for tests and the curious). */
    long sendsWritten() {
        return sendsWritten.get();
    }

    int largestBatch() {
        return largestBatch.get();
    }

    private void startWriter() {
        if (writer == null) {
            synchronized (this) {
                if (writer == null) {
                    Thread t = new Thread(this::run, "report-send-writer");
                    t.setDaemon(true);
                    t.start();
                    writer = t;
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        Thread t = writer;
        if (t != null) {
            t.interrupt();
        }
        // Whoever still waits sends on its own.
        for (Pending p; (p = queue.poll()) != null; ) {
            p.done().complete(null);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (!stopping) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException e) {
                LOG.warn("A batch of {} sends was rolled back; each is sent on its own: {}", batch.size(), e.toString());
                batch.forEach(p -> p.done().complete(null));
            } finally {
                batch.clear();
            }
        }
        for (Pending p; (p = queue.poll()) != null; ) {
            p.done().complete(null);
        }
    }

    private void write(List<Pending> batch) {
        Map<Pending, Report> written = tx.execute(sending, status -> {
            rollUps.lockGroups(batch.stream().map(p -> new RollUpStore.Group(p.slot().obligation().id(), p.slot().period().code(),
                    p.slot().unit().parentId())).toList());
            Slots slots = slots(batch);
            Map<Pending, Report> reports = new LinkedHashMap<>();
            if (!slots.fresh().isEmpty()) {
                reports.putAll(insertReports(slots.fresh()));
            }
            Map<Long, Integer> numbers = new java.util.HashMap<>();
            if (!slots.drafts().isEmpty()) {
                numbers.putAll(nextVersionNumbers(slots.drafts().values()));
                reports.putAll(sendDrafts(slots.drafts()));
            }
            if (reports.isEmpty()) {
                return Map.<Pending, Report>of();
            }
            insertVersions(reports, numbers);
            rollUps.add(reports.entrySet().stream().map(e -> new RollUpStore.Sent(e.getValue().id(), e.getKey().slot(),
                    ReportService.numbers(e.getKey().form(), e.getKey().cleaned()), !late(e.getKey()))).toList());
            List<AuditLog.Entry> entries = new ArrayList<>();
            for (Map.Entry<Pending, Report> e : reports.entrySet()) {
                Pending p = e.getKey();
                boolean late = late(p);
                entries.add(new AuditLog.Entry(p.actor(), p.slot().unit().id(), "report.submitted", "report", e.getValue().id(),
                        "Gửi báo cáo " + p.slot().obligation().title() + " - " + p.slot().period().label() + (late ? " (muộn)" : ""),
                        Map.of("revision", 1, "late", late), p.at()));
            }
            audit.recordAll(entries);
            List<WebhookEvent> told = new ArrayList<>();
            for (Map.Entry<Pending, Report> e : reports.entrySet()) {
                Pending p = e.getKey();
                told.add(events.event(WebhookEventType.REPORT_SUBMITTED, ReportService.about(p.slot()), e.getValue(), p.at(), Map.of("late", late(p))));
            }
            events.recordAll(told);
            return reports;
        });
        sendsWritten.addAndGet(written.size());
        largestBatch.accumulateAndGet(written.size(), Math::max);
        if (!written.isEmpty()) {
            batchSizes.record(written.size());
        }
        for (Pending p : batch) {
            Report report = written.get(p);
            p.done().complete(report == null ? null : new SendOutcome(report, false, late(p)));
        }
    }

    /** A batch's statements have as many rows as the batch has sends: see {@link TextStatements}. */
    private <T> T text(String sql, io.micronaut.data.jdbc.runtime.PreparedStatementCallback<T> work) {
        return TextStatements.run(jdbc, sql, work);
    }

    private static boolean late(Pending p) {
        return p.slot().lateAt(p.at());
    }

    /** A draft's row as the batch needs it: enough to send it and to answer with it. */
    private record Draft(long id, String prefilled, Instant createdAt, Long createdBy, long version) {
    }

    /** The batch's sends whose report does not exist yet, and those whose report is a draft never sent. */
    private record Slots(List<Pending> fresh, Map<Pending, Draft> drafts) {
    }

    /**
     * Locks the reports that exist for the batch's slots, and sorts the sends: a slot with no report, or with a draft
     * (saved, maybe awaiting the head's sign-off, never sent), is written here, each slot once; a slot whose report was
     * sent before (a repeat, a correction after a return) goes back to the one-send path, which knows its token and
     * its own form version.
     */
    private Slots slots(List<Pending> batch) {
        Map<String, Draft> drafts = new java.util.HashMap<>();
        Set<String> taken = new HashSet<>();
        String sql = "SELECT unit_id, obligation_id, period_code, id, status, revision, prefilled, created_at, created_by, version FROM report WHERE "
                + String.join(" OR ", Collections.nCopies(batch.size(), "(unit_id = ? AND obligation_id = ? AND period_code = ?)")) + " FOR UPDATE";
        text(sql, ps -> {
            int i = 1;
            for (Pending p : batch) {
                ps.setLong(i++, p.slot().unit().id());
                ps.setLong(i++, p.slot().obligation().id());
                ps.setString(i++, p.slot().period().code());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getString(3);
                    Report.State state = Report.State.valueOf(rs.getString(5));
                    if (rs.getInt(6) == 0 && (state == Report.State.DRAFT || state == Report.State.AWAITING_SIGNOFF)) {
                        long createdBy = rs.getLong(9);
                        drafts.put(key, new Draft(rs.getLong(4), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.wasNull() ? null : createdBy,
                                rs.getLong(10)));
                    } else {
                        taken.add(key);
                    }
                }
            }
            return null;
        });
        List<Pending> fresh = new ArrayList<>();
        Map<Pending, Draft> toSend = new LinkedHashMap<>();
        for (Pending p : batch) {
            String key = p.slot().unit().id() + "|" + p.slot().obligation().id() + "|" + p.slot().period().code();
            if (!taken.add(key)) {
                continue;
            }
            Draft draft = drafts.get(key);
            if (draft == null) {
                fresh.add(p);
            } else {
                toSend.put(p, draft);
            }
        }
        return new Slots(fresh, toSend);
    }

    /** Each draft's next version number: a draft may hold versions already (a request for sign-off). */
    private Map<Long, Integer> nextVersionNumbers(java.util.Collection<Draft> drafts) {
        Map<Long, Integer> next = new java.util.HashMap<>();
        drafts.forEach(d -> next.put(d.id(), 1));
        String sql = "SELECT report_id, MAX(number) FROM report_version WHERE report_id IN ("
                + String.join(", ", Collections.nCopies(drafts.size(), "?")) + ") GROUP BY report_id";
        text(sql, ps -> {
            int i = 1;
            for (Draft d : drafts) {
                ps.setLong(i++, d.id());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    next.put(rs.getLong(1), rs.getInt(2) + 1);
                }
            }
            return null;
        });
        return next;
    }

    /** The drafts sent: their answers, form version and recipient as sent, one update each in one JDBC batch. */
    private Map<Pending, Report> sendDrafts(Map<Pending, Draft> drafts) {
        jdbc.prepareStatement("UPDATE report SET answers = ?, row_count = ?, form_version_id = ?, status = 'SUBMITTED', recipient_unit_id = ?, "
                + "first_submitted_at = ?, submitted_at = ?, submitted_by = ?, signed_by = ?, decided_at = NULL, decided_by = NULL, return_reason = NULL, "
                + "revision = 1, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND revision = 0", ps -> {
            for (Map.Entry<Pending, Draft> e : drafts.entrySet()) {
                Pending p = e.getKey();
                Timestamp at = Timestamp.from(p.at());
                ps.setString(1, p.json());
                ps.setInt(2, Answers.totalRows(p.form(), p.cleaned()));
                ps.setLong(3, p.version().id());
                ps.setLong(4, p.slot().recipientId());
                ps.setTimestamp(5, at);
                ps.setTimestamp(6, at);
                ps.setLong(7, p.actor().userId());
                ps.setObject(8, p.signedBy());
                ps.setTimestamp(9, at);
                ps.setLong(10, p.actor().userId());
                ps.setLong(11, e.getValue().id());
                ps.addBatch();
            }
            for (int updated : ps.executeBatch()) {
                if (updated != 1) {
                    throw new IllegalStateException("a draft changed under its lock");
                }
            }
            return null;
        });
        Map<Pending, Report> sent = new LinkedHashMap<>();
        drafts.forEach((p, d) -> sent.put(p, new Report(d.id(), p.slot().unit().id(), p.slot().obligation().id(), p.slot().period().code(),
                p.slot().recipientId(), p.version().id(), Report.State.SUBMITTED, p.json(), d.prefilled(), Answers.totalRows(p.form(), p.cleaned()),
                p.at(), p.at(), p.actor().userId(), p.signedBy(), null, null, null, 1, d.createdAt(), p.at(), d.createdBy(), p.actor().userId(),
                d.version() + 1, null)));
        return sent;
    }

    private Map<Pending, Report> insertReports(List<Pending> fresh) {
        String sql = "INSERT INTO report (unit_id, obligation_id, period_code, recipient_unit_id, form_version_id, status, answers, prefilled, "
                + "row_count, first_submitted_at, submitted_at, submitted_by, signed_by, revision, created_at, updated_at, created_by, updated_by, "
                + "version) VALUES " + String.join(", ", Collections.nCopies(fresh.size(),
                "(?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, 1)"));
        List<Long> ids = jdbc.execute(c -> {
            try (PreparedStatement ps = TextStatements.prepare(c, sql, true)) {
                int i = 1;
                for (Pending p : fresh) {
                    Timestamp at = Timestamp.from(p.at());
                    ps.setLong(i++, p.slot().unit().id());
                    ps.setLong(i++, p.slot().obligation().id());
                    ps.setString(i++, p.slot().period().code());
                    ps.setLong(i++, p.slot().recipientId());
                    ps.setLong(i++, p.version().id());
                    ps.setString(i++, p.json());
                    ps.setString(i++, p.prefilled());
                    ps.setInt(i++, Answers.totalRows(p.form(), p.cleaned()));
                    ps.setTimestamp(i++, at);
                    ps.setTimestamp(i++, at);
                    ps.setLong(i++, p.actor().userId());
                    ps.setObject(i++, p.signedBy());
                    ps.setTimestamp(i++, at);
                    ps.setTimestamp(i++, at);
                    ps.setLong(i++, p.actor().userId());
                    ps.setLong(i++, p.actor().userId());
                }
                ps.executeUpdate();
                List<Long> keys = new ArrayList<>();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    while (rs.next()) {
                        keys.add(rs.getLong(1));
                    }
                }
                return keys;
            }
        });
        if (ids.size() != fresh.size()) {
            throw new IllegalStateException(fresh.size() + " reports inserted, " + ids.size() + " ids returned");
        }
        Map<Pending, Report> reports = new LinkedHashMap<>();
        for (int k = 0; k < fresh.size(); k++) {
            Pending p = fresh.get(k);
            UnitRef unit = p.slot().unit();
            reports.put(p, new Report(ids.get(k), unit.id(), p.slot().obligation().id(), p.slot().period().code(), p.slot().recipientId(),
                    p.version().id(), Report.State.SUBMITTED, p.json(), p.prefilled(), Answers.totalRows(p.form(), p.cleaned()), p.at(), p.at(),
                    p.actor().userId(), p.signedBy(), null, null, null, 1, p.at(), p.at(), p.actor().userId(), p.actor().userId(), 1, null));
        }
        return reports;
    }

    /** Each report's SUBMITTED version: number 1 for a new report, the next number for a draft. */
    private void insertVersions(Map<Pending, Report> reports, Map<Long, Integer> numbers) {
        String sql = "INSERT INTO report_version (unit_id, report_id, number, action, answers, note, token, created_at, created_by) VALUES "
                + String.join(", ", Collections.nCopies(reports.size(), "(?, ?, ?, 'SUBMITTED', ?, NULL, ?, ?, ?)"));
        text(sql, ps -> {
            int i = 1;
            for (Map.Entry<Pending, Report> e : reports.entrySet()) {
                Pending p = e.getKey();
                ps.setLong(i++, p.slot().unit().id());
                ps.setLong(i++, e.getValue().id());
                ps.setInt(i++, numbers.getOrDefault(e.getValue().id(), 1));
                ps.setString(i++, p.json());
                ps.setString(i++, p.token());
                ps.setTimestamp(i++, Timestamp.from(p.at()));
                ps.setLong(i++, p.actor().userId());
            }
            return ps.executeUpdate();
        });
    }
}
