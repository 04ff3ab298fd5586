package vn.lantoa.platform.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * lantoa_mail_queue_length (mail not sent yet, retries included) and lantoa_mail_queue_oldest_age_seconds (how long the
 * longest-waiting message has been due: the delivery lag an alarm watches; 0 when nothing is due). Counted by one indexed
 * query at most every few seconds however often the gauges are read; the queue is shared, so every instance shows it.
 */
@Singleton
class MailQueueMetrics implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(MailQueueMetrics.class);

    private record Reading(Instant at, double length, double oldestAgeSeconds) {
    }

    private final MailQueueRepository repository;
    private final Clock clock;
    private final Duration refresh;
    private volatile Reading last;

    MailQueueMetrics(MailQueueRepository repository, Clock clock, @Value("${lantoa.metrics.mail-queue-refresh:5s}") Duration refresh) {
        this.repository = repository;
        this.clock = clock;
        this.refresh = refresh;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("lantoa.mail.queue.length", this, m -> m.reading().length())
                .description("Mail waiting to be sent, retries included").register(registry);
        Gauge.builder("lantoa.mail.queue.oldest.age", this, m -> m.reading().oldestAgeSeconds()).baseUnit("seconds")
                .description("How long the longest-waiting mail has been due").register(registry);
    }

    private Reading reading() {
        Instant now = clock.instant();
        Reading current = last;
        // A clock that went back (tests move it) counts as time to look again.
        if (current != null && now.isBefore(current.at().plus(refresh)) && !now.isBefore(current.at())) {
            return current;
        }
        synchronized (this) {
            current = last;
            if (current != null && now.isBefore(current.at().plus(refresh)) && !now.isBefore(current.at())) {
                return current;
            }
            try {
                MailQueue queue = repository.pending();
                double age = queue.oldestDue() == null ? 0 : Math.max(0, Duration.between(queue.oldestDue(), now).toMillis() / 1000.0);
                last = new Reading(now, queue.length(), age);
            } catch (RuntimeException e) {
                // The database is away: the scrape still answers, with the last reading (or NaN before the first).
                LOG.debug("Mail queue not counted: {}", e.toString());
                return current == null ? new Reading(now, Double.NaN, Double.NaN) : current;
            }
            return last;
        }
    }
}
