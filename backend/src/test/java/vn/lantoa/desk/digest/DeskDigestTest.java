package vn.lantoa.desk.digest;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The morning digest to the committee heads, driven by the test clock, delivered over real SMTP. */
@MicronautTest(transactional = false)
@Property(name = "lantoa.desk.per-address-per-hour", value = "100000")
class DeskDigestTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    DeskDigestJob digest;
    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    String send(Fixtures.World w, String message) {
        Page sent = new Browser(server.getURI()).post("/" + w.a().slug() + "/gui-phan-anh", Map.of("topic", "THI_CU", "message", message + " " + w.tag(),
                "consent", "yes", "name", "Phụ huynh " + w.tag()));
        assertThat(sent.status()).isEqualTo(200);
        return sent.doc().select("#case-code").text();
    }

    @Test
    void theHeadsGetOneMailAt7WithTheOverdueCasesAndThoseDueWithinAWorkingDayAndAUnitWithNoneGetsNothing() {
        Fixtures.World w = fixtures.world();
        User officer = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline", w.tag());
        User secondHead = fixtures.member(w.a(), Role.COMMITTEE_HEAD, "head2", w.tag());
        User headB = fixtures.member(w.b(), Role.COMMITTEE_HEAD, "head-b", w.tag());

        // Tuesday 1 December 2026, 9:00 in Hanoi: due to be acknowledged on Wednesday at 9:00, overdue by Friday.
        clock.freezeAt(LocalDateTime.of(2026, 12, 1, 9, 0));
        String overdue = send(w, "Đề thi thử bị lộ trước giờ thi");
        // Thursday: one due on Friday at 9:00, one acknowledged and due to be answered two weeks later.
        clock.freezeAt(LocalDateTime.of(2026, 12, 3, 9, 0));
        String soon = send(w, "Phòng thi không có quạt");
        String calm = send(w, "Lịch thi học kỳ chưa công bố");
        Browser desk = new Browser(server.getURI()).signIn(officer.email(), Fixtures.PASSWORD);
        assertThat(desk.post("/admin/u/" + w.a().id() + "/desk/cases/" + id(calm) + "/acknowledge", Map.of()).status()).isEqualTo(303);

        clock.freezeAt(LocalDateTime.of(2026, 12, 4, 6, 59));
        digest.run();
        assertThat(query("SELECT COUNT(*) FROM desk_digest_sent WHERE unit_id = " + w.a().id())).as("not before 7:00").isEqualTo("0");

        clock.freezeAt(LocalDateTime.of(2026, 12, 4, 7, 5));
        digest.run();
        Mailbox.Mail mail = Mailbox.await(w.headA().email(), "Phản ánh quá hạn: 1, sắp đến hạn: 1");
        assertThat(mail.subject()).contains(w.a().name()).contains("04/12/2026");
        String text = mail.text();
        assertThat(text.indexOf(overdue)).isPositive().isLessThan(text.indexOf("SẮP ĐẾN HẠN"));
        assertThat(text.indexOf(soon)).isGreaterThan(text.indexOf("SẮP ĐẾN HẠN"));
        assertThat(text).doesNotContain(calm).contains("Thi cử").contains("hạn tiếp nhận: 02/12/2026 09:00")
                .contains("http://lantoa.test/admin/u/" + w.a().id() + "/desk/cases/" + id(overdue))
                .contains("http://lantoa.test/admin/u/" + w.a().id() + "/desk/cases/" + id(soon))
                .doesNotContain("Phụ huynh " + w.tag());
        Mailbox.await(secondHead.email(), "Phản ánh quá hạn");

        clock.freezeAt(LocalDateTime.of(2026, 12, 4, 7, 20));
        digest.run();
        assertThat(query("SELECT COUNT(*) FROM mail_outbox WHERE to_address = '" + w.headA().email() + "'")).as("a second run the same day").isEqualTo("1");
        assertThat(query("SELECT cases FROM desk_digest_sent WHERE unit_id = " + w.a().id() + " AND day = '2026-12-04'")).isEqualTo("2");
        assertThat(query("SELECT COUNT(*) FROM mail_outbox WHERE to_address = '" + headB.email() + "'")).isEqualTo("0");
        assertThat(query("SELECT COUNT(*) FROM desk_digest_sent WHERE unit_id = " + w.b().id())).isEqualTo("0");
        assertThat(query("SELECT COUNT(*) FROM mail_outbox WHERE to_address = '" + officer.email() + "'")).as("heads only").isEqualTo("0");

        // The next morning the same cases are still late: a new day, a new digest.
        clock.freezeAt(LocalDateTime.of(2026, 12, 5, 7, 0));
        digest.run();
        assertThat(query("SELECT COUNT(*) FROM mail_outbox WHERE to_address = '" + w.headA().email() + "'")).isEqualTo("2");
    }

    @Test
    void aUnitWhoseLateCasesAreAnsweredGetsNoDigest() {
        Fixtures.World w = fixtures.world();
        User officer = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline", w.tag());
        clock.freezeAt(LocalDateTime.of(2026, 11, 2, 9, 0));
        String late = send(w, "Giáo viên chủ nhiệm thu tiền học thêm");
        clock.freezeAt(LocalDateTime.of(2026, 11, 9, 8, 0));
        Browser desk = new Browser(server.getURI()).signIn(officer.email(), Fixtures.PASSWORD);
        assertThat(desk.post("/admin/u/" + w.a().id() + "/desk/cases/" + id(late) + "/answer", Map.of("answer", "Nhà trường đã dừng việc thu."))
                .status()).isEqualTo(303);
        digest.run();
        assertThat(query("SELECT COUNT(*) FROM desk_digest_sent WHERE unit_id = " + w.a().id())).isEqualTo("0");
        assertThat(query("SELECT COUNT(*) FROM mail_outbox WHERE to_address = '" + w.headA().email() + "'")).isEqualTo("0");
    }

    static long id(String code) {
        return Long.parseLong(query("SELECT id FROM desk_case WHERE code = '" + code + "'"));
    }

    static String query(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
