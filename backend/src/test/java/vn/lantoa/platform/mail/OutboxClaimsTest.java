package vn.lantoa.platform.mail;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.SecondInstance;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances (two application contexts on the same database) send one queue at the same time: each mail leaves
 * exactly once, and mail claimed by an instance that died goes out from another once the claim's lease is over.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxClaimsTest {

    @Inject
    MailOutbox outbox;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    SynchronousTransactionManager<Connection> tx;
    @Inject
    TestClock clock;
    @Inject
    MailSettings settings;

    @RegisterExtension
    static final SecondInstance second = new SecondInstance();

    @Test
    void twoInstancesSendingOneQueueAtOnceSendEveryMailExactlyOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        int count = 160;
        queue(tag, count);

        OutboxDispatcher there = second.bean(OutboxDispatcher.class);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> here = CompletableFuture.supplyAsync(() -> await(start, dispatcher));
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> await(start, there));
        start.countDown();
        here.join();
        other.join();

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                TestServers.value("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND subject LIKE 'Giấy báo % " + tag + "'")).isEqualTo(String.valueOf(count)));
        for (int i = 0; i < count; i++) {
            String to = "phu-huynh-" + i + "-" + tag + "@example.vn";
            Mailbox.await(to, 1);
            assertThat(Mailbox.of(to)).as(to).hasSize(1);
        }
    }

    @Test
    void mailClaimedByAnInstanceThatDiedIsSentByAnotherOnceTheLeaseIsOver() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // Another instance queues three mails and claims them in the same transaction (so no live instance takes them
        // first), then dies before sending them.
        ApplicationContext dying = ApplicationContext.run(Map.of("micronaut.server.port", -1), "test");
        TestClock itsClock = dying.getBean(TestClock.class);
        MailOutbox itsOutbox = dying.getBean(MailOutbox.class);
        OutboxClaims itsClaims = dying.getBean(OutboxClaims.class);
        @SuppressWarnings("unchecked")
        SynchronousTransactionManager<Connection> itsTx = dying.getBean(SynchronousTransactionManager.class);
        List<Long> claimed = itsTx.executeWrite(status -> {
            for (int i = 0; i < 3; i++) {
                itsOutbox.enqueue(new OutgoingMail("phu-huynh-" + i + "-" + tag + "@example.vn", "Giấy báo " + i + " " + tag, "Kết quả thi số " + i, null));
            }
            Instant at = itsClock.instant();
            return itsClaims.claim(at, at.plus(settings.getClaimLease()), "instance-that-died", 100);
        });
        Instant leaseEnd = Instant.parse(TestServers.value("SELECT DATE_FORMAT(MAX(claimed_until), '%Y-%m-%dT%H:%i:%s.%fZ') FROM mail_outbox WHERE subject LIKE 'Giấy báo % " + tag + "'"));
        dying.close();
        assertThat(claimed).hasSizeGreaterThanOrEqualTo(3);

        dispatcher.dispatchDue();
        assertThat(TestServers.value("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING' AND claimed_by = 'instance-that-died' AND subject LIKE 'Giấy báo % " + tag + "'"))
                .as("held while the lease runs").isEqualTo("3");

        clock.freezeAt(leaseEnd.plusSeconds(1));
        try {
            dispatcher.dispatchDue();
            for (int i = 0; i < 3; i++) {
                String to = "phu-huynh-" + i + "-" + tag + "@example.vn";
                Mailbox.await(to, 1);
                assertThat(Mailbox.of(to)).as(to).hasSize(1);
            }
            assertThat(TestServers.value("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND claimed_by <> 'instance-that-died' AND subject LIKE 'Giấy báo % " + tag + "'"))
                    .isEqualTo("3");
        } finally {
            clock.reset();
        }
    }

    private void queue(String tag, int count) {
        tx.executeWrite(status -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(new OutgoingMail("phu-huynh-" + i + "-" + tag + "@example.vn", "Giấy báo " + i + " " + tag, "Kết quả thi số " + i, null));
            }
            return null;
        });
    }

    private static int await(CountDownLatch start, OutboxDispatcher dispatcher) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return dispatcher.dispatchDue();
    }
}
