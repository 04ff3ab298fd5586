package vn.lantoa.platform.mail;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Queued mail goes out over SMTP (the test server), a batch at a time on one connection. */
@MicronautTest(transactional = false)
class OutboxDispatcherTest {

    @Inject
    MailOutbox outbox;
    @Inject
    SynchronousTransactionManager<Connection> tx;

    @Test
    void aRushOfQueuedMailAllArrivesAndABadAddressAmongThemWaitsForItsRetryWithoutHoldingUpTheOthers() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        int count = 55;
        tx.executeWrite(status -> {
            for (int i = 0; i < count; i++) {
                if (i == 20) {
                    outbox.enqueue(new OutgoingMail("khong phai dia chi " + tag, "Thư hỏng " + tag, "Không gửi được", null));
                }
                outbox.enqueue(new OutgoingMail("thi-sinh-" + i + "-" + tag + "@example.vn", "Đã nhận phản ánh " + i + " " + tag,
                        "Nội dung thư số " + i, null));
            }
            return null;
        });

        for (int i = 0; i < count; i++) {
            Mailbox.Mail mail = Mailbox.await("thi-sinh-" + i + "-" + tag + "@example.vn", 1);
            assertThat(mail.subject()).isEqualTo("Đã nhận phản ánh " + i + " " + tag);
            assertThat(mail.text()).contains("Nội dung thư số " + i);
        }
        // Marked sent just after the server took it: the last mark may still be on its way.
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                query("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND subject LIKE 'Đã nhận phản ánh % " + tag + "'"))
                .isEqualTo(String.valueOf(count)));
        assertThat(query("SELECT CONCAT(status, ' ', attempts, ' ', last_error IS NOT NULL) FROM mail_outbox WHERE subject = 'Thư hỏng " + tag + "'"))
                .isEqualTo("PENDING 1 1");
    }

    private static String query(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
