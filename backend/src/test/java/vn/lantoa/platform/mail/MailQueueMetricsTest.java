package vn.lantoa.platform.mail;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.Metrics;
import vn.lantoa.testing.TestClock;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail queue as an alarm sees it: how much waits, and how long the oldest has been due, by the application's clock. */
@MicronautTest(transactional = false)
@Property(name = "lantoa.mail.dispatch-interval", value = "1h")
class MailQueueMetricsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    MailOutbox outbox;
    @Inject
    SynchronousTransactionManager<Connection> tx;
    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void queuedMailShowsInTheQueueLengthAndItsAgeByTheClockAndTheDispatcherRunsAreCounted() {
        // The dispatcher's first run (two seconds after start) is counted; the next is an hour away, so the mail stays queued.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                Metrics.value(Metrics.scrape(server.getURI()), "lantoa_job_runs_total", "job=\"mail-outbox\"") >= 1);
        assertThat(Metrics.scrape(server.getURI())).contains("lantoa_job_duration_seconds_count{job=\"mail-outbox\"}");

        // Years before anything other tests left in the shared outbox is due: only this test's mail is.
        Instant queuedAt = Instant.parse("2020-01-06T01:00:00Z");
        clock.freezeAt(queuedAt);
        double before = Metrics.value(Metrics.scrape(server.getURI()), "lantoa_mail_queue_length");
        tx.executeWrite(status -> {
            for (int i = 0; i < 3; i++) {
                outbox.enqueue(new OutgoingMail("phu-huynh-" + i + "@example.vn", "Kết quả thi " + i, "Xem kết quả trên trang của trường", null));
            }
            return null;
        });

        clock.advance(Duration.ofSeconds(90));
        String text = Metrics.scrape(server.getURI());
        assertThat(Metrics.value(text, "lantoa_mail_queue_length")).isEqualTo(before + 3);
        assertThat(Metrics.value(text, "lantoa_mail_queue_oldest_age_seconds")).isEqualTo(90.0);

        // Read again within a few seconds: the last count is shown, the table is not asked again.
        tx.executeWrite(status -> {
            outbox.enqueue(new OutgoingMail("phu-huynh-3@example.vn", "Kết quả thi 3", "Xem kết quả", null));
            return null;
        });
        clock.advance(Duration.ofSeconds(1));
        assertThat(Metrics.value(Metrics.scrape(server.getURI()), "lantoa_mail_queue_length")).isEqualTo(before + 3);
        clock.advance(Duration.ofSeconds(5));
        text = Metrics.scrape(server.getURI());
        assertThat(Metrics.value(text, "lantoa_mail_queue_length")).isEqualTo(before + 4);
        assertThat(Metrics.value(text, "lantoa_mail_queue_oldest_age_seconds")).isEqualTo(96.0);
    }
}
