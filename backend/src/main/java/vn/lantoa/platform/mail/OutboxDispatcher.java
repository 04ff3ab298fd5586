package vn.lantoa.platform.mail;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.jobs.SchedulerLocks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Delivers queued mail every few seconds, on one instance at a time. A failed attempt is retried with a
 * growing pause (1, 2, 4 ... minutes); after 8 attempts the message is marked FAILED and logged.
 */
@Singleton
public class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 50;
    /** How long one run keeps taking batches: well inside the run's lock (5 minutes), so no other instance sends the same mail. */
    private static final Duration KEEP_GOING = Duration.ofMinutes(1);

    private final OutboxRepository repository;
    private final SmtpMailer mailer;
    private final SchedulerLocks locks;
    private final Clock clock;

    OutboxDispatcher(OutboxRepository repository, SmtpMailer mailer, SchedulerLocks locks, Clock clock) {
        this.repository = repository;
        this.mailer = mailer;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${lantoa.mail.dispatch-interval:5s}", initialDelay = "2s")
    void dispatchOnSchedule() {
        locks.runExclusively("mail-outbox", Duration.ofMinutes(5), this::dispatchDue);
    }

    /**
     * Sends everything due now, a batch at a time on one SMTP connection, until a batch comes back short (an exam-day
     * rush queues mail faster than one batch per run) or a message fails (the server may be away: the next run tries
     * again); returns how many were sent.
     */
    public int dispatchDue() {
        int sent = 0;
        Instant until = clock.instant().plus(KEEP_GOING);
        while (true) {
            List<OutboxEntry> due = repository.findDue(clock.instant(), BATCH);
            int batchSent = send(due);
            sent += batchSent;
            if (due.size() < BATCH || batchSent < due.size() || !clock.instant().isBefore(until)) {
                return sent;
            }
        }
    }

    private int send(List<OutboxEntry> due) {
        int sent = 0;
        try (SmtpMailer.Connection connection = mailer.open()) {
            for (OutboxEntry entry : due) {
                try {
                    connection.send(entry.toAddress(), entry.subject(), entry.bodyText(), entry.bodyHtml(), entry.attachment() == null ? null
                            : new OutgoingMail.Attachment(entry.attachmentName(), entry.attachmentType(), entry.attachment()));
                    repository.markSent(entry.id(), clock.instant());
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    failed(entry, e);
                }
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
}
