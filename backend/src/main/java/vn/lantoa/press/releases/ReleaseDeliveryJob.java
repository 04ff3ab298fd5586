package vn.lantoa.press.releases;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.jobs.SchedulerLocks;
import vn.lantoa.platform.mail.SmtpMailer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends the queued press-release mails, a batch at a time on one SMTP connection, on one instance at a time.
 *
 * At most once, not at least once: a journalist who gets the same release twice from a Sở is worse than a log line
 * that says "may not have arrived, send again?", and the SMTP protocol cannot tell whether a message whose answer was
 * lost arrived. So a run claims its batch (status SENDING, committed) before sending, sends in id order, and marks each
 * row SENT or failed as soon as the server answers, before the next one. When a run dies, its claimed rows stay
 * SENDING; the next run, once the claim is older than any live run can be, knows that only the first of them can have
 * been on the wire: that one becomes UNCONFIRMED (a person may send it again from the log), the rest are queued again.
 *
 * A recipient the server refuses (550 and the like) fails alone, with the server's words in the log, and is retried
 * after 1, 2 and 4 minutes before it is marked FAILED. When the connection itself fails, the run gives back the rest of
 * its batch untouched and stops: the next run tries again. If it could not connect, the message is retried like a
 * refusal; if the connection broke while the message was on its way, it is UNCONFIRMED, as after a crash.
 */
@Singleton
public class ReleaseDeliveryJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseDeliveryJob.class);
    static final int MAX_ATTEMPTS = 4;
    static final int BATCH = 50;
    private static final Duration LOCK = Duration.ofMinutes(5);
    /** A run takes new batches for this long; with the SMTP time-outs (30 s for one message) it ends well inside STALE. */
    private static final Duration KEEP_GOING = Duration.ofMinutes(1);
    /** A claim older than this belongs to a run that died. */
    static final Duration STALE = Duration.ofMinutes(10);

    private final MailingStore store;
    private final SmtpMailer mailer;
    private final SchedulerLocks locks;
    private final Clock clock;

    ReleaseDeliveryJob(MailingStore store, SmtpMailer mailer, SchedulerLocks locks, Clock clock) {
        this.store = store;
        this.mailer = mailer;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${lantoa.press.release-interval:10s}", initialDelay = "${lantoa.press.release-initial-delay:20s}")
    void onSchedule() {
        locks.runExclusively("press-releases", LOCK, this::run);
    }

    /** What one run did. */
    public record Run(int sent, int failed, int recovered) {
    }

    /** Recovers dead runs' claims, then sends what is due now; callers other than the schedule hold no lock (tests, the benchmark). */
    public Run run() {
        int recovered = 0;
        for (String claim : store.staleClaims$WithoutTenancy(clock.instant().minus(STALE))) {
            store.recover$WithoutTenancy(claim, "Gửi bị gián đoạn (máy chủ Lantoa khởi động lại): thư có thể đã đến hoặc chưa; không tự gửi lại để tránh trùng.");
            recovered++;
        }
        int sent = 0;
        int failed = 0;
        Instant until = clock.instant().plus(KEEP_GOING);
        Map<Long, Mailing> mailings = new HashMap<>();
        while (true) {
            List<Long> due = store.due$WithoutTenancy(clock.instant(), BATCH);
            String claim = UUID.randomUUID().toString();
            List<MailingStore.Delivery> batch = store.claim$WithoutTenancy(due, claim, clock.instant());
            Batch done = send(batch, claim, mailings);
            sent += done.sent;
            failed += done.failed;
            if (done.connectionLost || due.size() < BATCH || !clock.instant().isBefore(until)) {
                return new Run(sent, failed, recovered);
            }
        }
    }

    private static final class Batch {
        int sent;
        int failed;
        boolean connectionLost;
    }

    private Batch send(List<MailingStore.Delivery> batch, String claim, Map<Long, Mailing> mailings) {
        Batch done = new Batch();
        try (SmtpMailer.Connection connection = mailer.open()) {
            for (MailingStore.Delivery d : batch) {
                Mailing m = mailings.computeIfAbsent(d.mailingId(), id -> store.find$WithoutTenancy(id).orElseThrow());
                try {
                    connection.send(d.email(), m.subject(), m.bodyText(), m.bodyHtml());
                } catch (MessagingException | RuntimeException e) {
                    done.failed++;
                    if (e instanceof jakarta.mail.internet.AddressException) {
                        // An address no server would take (typed wrong in the contacts): no retry helps, and nothing was sent.
                        store.markFailed$WithoutTenancy(d.id(), DeliveryStatus.FAILED, reason(e), clock.instant());
                        continue;
                    }
                    if (e instanceof SendFailedException) {
                        // The server answered with a refusal (a 550 for this recipient): nothing was delivered, a retry is safe.
                        failed(d, e);
                        continue;
                    }
                    if (neverConnected(e)) {
                        failed(d, e);
                    } else {
                        // The connection broke mid-message: the server may have taken it. At most once, so a person decides.
                        store.markFailed$WithoutTenancy(d.id(), DeliveryStatus.UNCONFIRMED, reason(e), clock.instant());
                        LOG.warn("Press release mail {} to {} unconfirmed: {}", d.id(), d.email(), reason(e));
                    }
                    // Not this recipient's fault: the server is away or the connection broke. The rest wait for the next run.
                    store.release$WithoutTenancy(claim);
                    done.connectionLost = true;
                    return done;
                }
                // Outside the try: if this mark cannot be written the run must stop here, leaving this row the first SENDING one.
                store.markSent$WithoutTenancy(d.id(), clock.instant());
                done.sent++;
            }
        }
        return done;
    }

    private void failed(MailingStore.Delivery d, Exception e) {
        int attempt = d.attempts();
        boolean giveUp = attempt >= MAX_ATTEMPTS;
        Instant next = clock.instant().plus(Duration.ofMinutes(1L << Math.min(attempt - 1, 10)));
        String reason = reason(e);
        store.markFailed$WithoutTenancy(d.id(), giveUp ? DeliveryStatus.FAILED : DeliveryStatus.QUEUED, reason, next);
        LOG.warn("Press release mail {} to {} not sent (attempt {}{}): {}", d.id(), d.email(), attempt, giveUp ? ", giving up" : "", reason);
    }

    /** Connecting failed: no byte of this message reached a server. */
    static boolean neverConnected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t.getClass().getSimpleName().equals("MailConnectException")) {
                return true;
            }
        }
        return false;
    }

    /** The server's own words when it gave any (a refused recipient's "550 5.1.1 ..." is nested inside the send failure). */
    static String reason(Exception e) {
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        while (t != null && sb.length() < 1000) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && sb.indexOf(message.strip()) < 0) {
                if (!sb.isEmpty()) {
                    sb.append(" – ");
                }
                sb.append(message.strip());
            }
            t = t instanceof MessagingException me && me.getNextException() != null ? me.getNextException() : t.getCause();
        }
        return sb.isEmpty() ? e.getClass().getSimpleName() : sb.toString();
    }
}
