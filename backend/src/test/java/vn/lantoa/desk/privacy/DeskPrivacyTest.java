package vn.lantoa.desk.privacy;

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
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Citizens' personal data on the desk: who sees it, the record of every view, and its erasure after the retention period. */
@MicronautTest(transactional = false)
@Property(name = "lantoa.desk.per-address-per-hour", value = "100000")
class DeskPrivacyTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    PersonalDataRetention retention;
    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    record Sent(String code, long id, String followPath) {
    }

    Sent send(Fixtures.World w, String message, Map<String, String> contact) {
        Map<String, String> form = new java.util.HashMap<>(Map.of("topic", "HOC_PHI", "message", message + " " + w.tag(), "consent", "yes"));
        form.putAll(contact);
        Page sent = new Browser(server.getURI()).post("/" + w.a().slug() + "/gui-phan-anh", form);
        assertThat(sent.status()).isEqualTo(200);
        String code = sent.doc().select("#case-code").text();
        return new Sent(code, Long.parseLong(query("SELECT id FROM desk_case WHERE code = '" + code + "'")),
                URI.create(sent.doc().select("#follow-link").attr("href")).getPath());
    }

    Browser as(User user) {
        return new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
    }

    @Test
    void onlyTheUnitsDeskRolesSeeTheCitizensDetailsAndEveryViewIsRecordedInTheAuditLog() {
        Fixtures.World w = fixtures.world();
        User officer = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline", w.tag());
        String phone = "0913 246 810";
        String email = "rieng-tu-" + w.tag() + "@example.vn";
        Sent sent = send(w, "Nhà trường thu phí gửi xe quá cao", Map.of("name", "Lê Thị Mai", "phone", phone, "email", email));
        Sent anonymous = send(w, "Căng tin bán đồ ăn không rõ nguồn gốc", Map.of());
        String page = "/admin/u/" + w.a().id() + "/desk/cases/" + sent.id();

        Browser desk = as(officer);
        assertThat(desk.get(page).doc().select("#citizen").text()).isEqualTo("Lê Thị Mai · " + phone + " · " + email);
        desk.get(page);
        assertThat(as(w.headA()).get(page).doc().select("#citizen").text()).contains(phone);
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + sent.id()
                + "' AND actor_user_id = " + officer.id())).isEqualTo("2");
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + sent.id()
                + "' AND actor_user_id = " + w.headA().id() + " AND unit_id = " + w.a().id())).isEqualTo("1");
        assertThat(query("SELECT after_json FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + sent.id() + "' LIMIT 1"))
                .contains("name").contains("phone").contains("email").doesNotContain(phone).doesNotContain(email);

        assertThat(desk.get("/admin/u/" + w.a().id() + "/desk/cases/" + anonymous.id()).doc().select("#citizen").text()).isEqualTo("Ẩn danh");
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + anonymous.id() + "'"))
                .as("an anonymous case shows no personal data").isEqualTo("0");

        Page queue = desk.get("/admin/u/" + w.a().id() + "/desk");
        assertThat(queue.doc().select("tr[data-case=" + sent.code() + "]")).hasSize(1);
        assertThat(queue.body()).as("the queue lists no personal data").doesNotContain(phone).doesNotContain(email).doesNotContain("Lê Thị Mai");

        for (User other : new User[] {w.editorA(), w.viewerA(), w.adminD(), w.adminB()}) {
            Page refused = as(other).get(page);
            assertThat(refused.status()).as(other.email()).isIn(403, 404);
            assertThat(refused.body()).doesNotContain(phone).doesNotContain(email);
        }
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + sent.id() + "'"))
                .isEqualTo("3");
    }

    @Test
    void personalDataIsErased24MonthsAfterClosingAndTheAnonymousCaseStaysForTheStatistics() {
        Fixtures.World w = fixtures.world();
        User officer = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline", w.tag());
        // Monday 4 January 2027 in Hanoi.
        clock.freezeAt(LocalDateTime.of(2027, 1, 4, 9, 0));
        Sent closed = send(w, "Đề nghị công khai các khoản thu đầu năm", Map.of("name", "Phạm Quốc Huy", "phone", "0987 111 222",
                "email", "xoa-" + w.tag() + "@example.vn"));
        Sent open = send(w, "Đề nghị lắp thêm camera ở cổng sau", Map.of("name", "Đỗ Thu Hà", "email", "giu-" + w.tag() + "@example.vn"));
        Browser desk = as(officer);
        assertThat(desk.post("/admin/u/" + w.a().id() + "/desk/cases/" + closed.id() + "/answer", Map.of("answer", "Đã niêm yết tại bảng tin."))
                .status()).isEqualTo(303);
        assertThat(desk.post("/admin/u/" + w.a().id() + "/desk/cases/" + closed.id() + "/close", Map.of("result", "Đã trả lời")).status())
                .isEqualTo(303);

        clock.freezeAt(LocalDateTime.of(2029, 1, 4, 8, 59));
        retention.run();
        assertThat(query("SELECT citizen_email FROM desk_case WHERE id = " + closed.id())).as("a minute before 24 months").isNotNull();

        clock.freezeAt(LocalDateTime.of(2029, 1, 4, 9, 1));
        assertThat(retention.run()).isPositive();
        assertThat(query("SELECT CONCAT_WS('|', citizen_name, citizen_phone, citizen_email, source_hash, follow_token_hash) FROM desk_case WHERE id = "
                + closed.id())).isEmpty();
        assertThat(query("SELECT CONCAT_WS('|', topic, channel, status, unit_id, DATE(received_at), DATE(closed_at)) FROM desk_case WHERE id = "
                + closed.id())).isEqualTo("HOC_PHI|WEB_FORM|DA_DONG|" + w.a().id() + "|2027-01-04|2027-01-04");
        assertThat(query("SELECT search_text FROM desk_case WHERE id = " + closed.id())).doesNotContain("huy").doesNotContain("0987")
                .contains("cong khai cac khoan thu");
        assertThat(query("SELECT citizen_email FROM desk_case WHERE id = " + open.id())).as("an open case keeps its contact").isNotNull();
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.erased' AND entity_id = '" + closed.id() + "'"))
                .isEqualTo("1");

        retention.run();
        assertThat(query("SELECT COUNT(*) FROM desk_case_step WHERE case_id = " + closed.id() + " AND kind = 'PERSONAL_DATA_ERASED'"))
                .as("erased once").isEqualTo("1");
        assertThat(new Browser(server.getURI()).get(closed.followPath()).status()).isEqualTo(404);

        Browser later = as(officer);
        Page casePage = later.get("/admin/u/" + w.a().id() + "/desk/cases/" + closed.id());
        assertThat(casePage.doc().select("#citizen").text()).isEqualTo("Ẩn danh");
        assertThat(casePage.doc().select("#history").text()).contains("Đã xoá dữ liệu cá nhân");
        assertThat(later.get("/admin/u/" + w.a().id() + "/desk?q=Pham+Quoc+Huy").doc().select("tr[data-case=" + closed.code() + "]")).isEmpty();
        assertThat(later.get("/admin/u/" + w.a().id() + "/desk?q=khoan+thu+dau+nam").doc().select("tr[data-case=" + closed.code() + "]")).hasSize(1);
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
