package vn.lantoa.platform.mail;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.lantoa.platform.jobs.SchedulerLocks;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Delivers queued mail every few seconds, on every instance at once: each run claims a small batch of due rows that no
 * other instance holds (OutboxClaims), sends them on one SMTP connection and marks each sent. An instance that dies
 * holds only its batch, until the claim's lease ends; the rest of the queue keeps flowing through the others. A failed
 * attempt is retried with a growing pause (1, 2, 4 ... minutes); after 8 attempts the message is marked FAILED and logged.
 */
@Singleton
public class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 20;
    /** How long one run keeps taking batches, so the next run's schedule is kept. */
    private static final Duration KEEP_GOING = Duration.ofMinutes(1);
    /** The longest one message can take on the wire (SmtpMailer's timeouts): none is started later than this before the lease ends. */
    private static final Duration ONE_MESSAGE = Duration.ofMinutes(1);

    private final OutboxRepository repository;
    private final OutboxClaims claims;
    private final SmtpMailer mailer;
    private final SynchronousTransactionManager<Connection> tx;
    private final Clock clock;
    private final SchedulerLocks locks;
    private final Duration lease;
    /** Written into the rows this instance claims: who holds a stuck row is visible in the table. */
    private final String instance;

    OutboxDispatcher(OutboxRepository repository, OutboxClaims claims, SmtpMailer mailer, SynchronousTransactionManager<Connection> tx,
                     MailSettings settings, Clock clock, SchedulerLocks locks) {
        this.repository = repository;
        this.locks = locks;
        this.claims = claims;
        this.mailer = mailer;
        this.tx = tx;
        this.clock = clock;
        this.lease = settings.getClaimLease();
        this.instance = instanceName();
    }

    @Scheduled(fixedDelay = "${lantoa.mail.dispatch-interval:5s}", initialDelay = "${lantoa.mail.dispatch-initial-delay:2s}")
    void dispatchOnSchedule() {
        locks.runCounted("mail-outbox", this::dispatchDue);
    }

    /**
     * Sends everything due now that no other instance holds, a batch at a time on one SMTP connection, until a batch comes
     * back short (an exam-day rush queues mail faster than one batch per run) or a message fails (the server may be away:
     * the next run tries again); returns how many were sent.
     */
    public int dispatchDue() {
        int sent = 0;
        Instant until = clock.instant().plus(KEEP_GOING);
        while (true) {
            Instant now = clock.instant();
            Instant leaseEnd = now.plus(lease);
            List<Long> ids = tx.executeWrite(status -> claims.claim(now, leaseEnd, instance, BATCH));
            if (ids.isEmpty()) {
                return sent;
            }
            List<OutboxEntry> due = repository.findByIdInOrderById(ids);
            int batchSent = send(due, leaseEnd.minus(ONE_MESSAGE));
            sent += batchSent;
            if (ids.size() < BATCH || batchSent < due.size() || !clock.instant().isBefore(until)) {
                return sent;
            }
        }
    }

    /** The claim is released for every row not marked here, so a failure to connect does not hold mail until the lease ends. */
    private int send(List<OutboxEntry> due, Instant lastStart) {
        int sent = 0;
        Set<Long> unmarked = new LinkedHashSet<>();
        due.forEach(e -> unmarked.add(e.id()));
        try (SmtpMailer.Connection connection = mailer.open()) {
            for (OutboxEntry entry : due) {
                if (clock.instant().isAfter(lastStart)) {
                    // Past this point another instance may claim the row again once the lease ends: sending it now could send it twice.
                    break;
                }
                try {
                    connection.send(entry.toAddress(), entry.subject(), entry.bodyText(), entry.bodyHtml(), entry.attachment() == null ? null
                            : new OutgoingMail.Attachment(entry.attachmentName(), entry.attachmentType(), entry.attachment()));
                    repository.markSent(entry.id(), clock.instant());
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    failed(entry, e);
                }
                unmarked.remove(entry.id());
            }
        } catch (RuntimeException e) {
            LOG.warn("Mail server not reachable: {}", e.getMessage());
        } finally {
            if (!unmarked.isEmpty()) {
                claims.release(new ArrayList<>(unmarked), instance);
            }
        }
        return sent;
    }

    private void failed(OutboxEntry entry, Exception e) {
        int attempt = entry.attempts() + 1;
        boolean giveUp = attempt >= MAX_ATTEMPTS;
        Instant next = clock.instant().plus(Duration.ofMinutes(1L << Math.min(attempt - 1, 10)));
        String error = String.valueOf(e.getMessage());
        repository.markFailedAttempt(entry.id(), giveUp ? OutboxEntry.FAILED : OutboxEntry.PENDING,
                error.length() > 1000 ? error.substring(0, 1000) : error, next);
        LOG.warn("Mail {} to {} not sent (attempt {}{}): {}", entry.id(), entry.toAddress(), attempt,
                giveUp ? ", giving up" : "", error);
    }

    private static String instanceName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown";
        }
        String name = host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 80 ? name : name.substring(name.length() - 80);
    }
}
