package vn.lantoa.platform.mail;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Queues mail in the caller's transaction. Nothing is sent if that transaction rolls back; the
 * {@link OutboxDispatcher} delivers what was committed, retrying when the mail server is away.
 */
@Singleton
public class MailOutbox {

    /** The batch of the work running on this thread, if any: set by {@link #inBatch}, read by {@link #enqueue}. */
    private static final ThreadLocal<String> BATCH = new ThreadLocal<>();

    private final OutboxRepository repository;
    private final Clock clock;

    MailOutbox(OutboxRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        repository.save(entry(mail, clock.instant()));
    }

    /** Many mails in one batch of inserts: an emergency notice to a province's schools mails thousands of people at once. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void enqueueAll(java.util.List<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        repository.saveAll(mails.stream().map(m -> entry(m, now)).toList());
    }

    private static OutboxEntry entry(OutgoingMail mail, Instant now) {
        OutgoingMail.Attachment a = mail.attachment();
        return new OutboxEntry(null, mail.to(), truncate(mail.subject(), 300), mail.text(), mail.html(),
                OutboxEntry.PENDING, 0, null, now, now, null, BATCH.get(), a == null ? null : a.fileName(), a == null ? null : a.contentType(),
                a == null ? null : a.bytes());
    }

    /**
     * Runs the work with every mail it queues, however deep in the call, counted under the batch's name (at most 60
     * characters), so that the page which started it can follow the batch with {@link #progress}. The mail-sending
     * code it calls does not need to know.
     */
    public <T> T inBatch(String batch, Supplier<T> work) {
        String outer = BATCH.get();
        BATCH.set(batch);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                BATCH.remove();
            } else {
                BATCH.set(outer);
            }
        }
    }

    public BatchProgress progress(String batch) {
        long queued = 0;
        long sent = 0;
        long failed = 0;
        for (OutboxCount count : repository.countByStatus(batch)) {
            switch (count.status()) {
                case OutboxEntry.SENT -> sent = count.n();
                case OutboxEntry.FAILED -> failed = count.n();
                default -> queued += count.n();
            }
        }
        return new BatchProgress(queued, sent, failed);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
