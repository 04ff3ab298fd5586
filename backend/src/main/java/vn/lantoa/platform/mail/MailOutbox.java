package vn.lantoa.platform.mail;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * Queues mail in the caller's transaction. Nothing is sent if that transaction rolls back; the
 * {@link OutboxDispatcher} delivers what was committed, retrying when the mail server is away.
 */
@Singleton
public class MailOutbox {

    private final OutboxRepository repository;
    private final Clock clock;

    MailOutbox(OutboxRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        Instant now = clock.instant();
        repository.save(new OutboxEntry(null, mail.to(), truncate(mail.subject(), 300), mail.text(), mail.html(),
                OutboxEntry.PENDING, 0, null, now, now, null));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
