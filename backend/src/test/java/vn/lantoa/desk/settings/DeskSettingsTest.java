package vn.lantoa.desk.settings;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.desk.Topic;
import vn.lantoa.people.User;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each unit's topics and deadlines: set by the Phòng, followed by its schools until a school sets its own. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskSettingsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    DeskTopics topics;
    @Inject
    SlaClock sla;

    Fixtures.World w;
    Browser adminD;
    Browser adminA;

    @BeforeAll
    void world() {
        w = fixtures.world();
        adminD = new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD);
        adminA = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
    }

    @Test
    void aSchoolFollowsItsPhongsHiddenTopicLabelAndDeadlinesUntilItsOwnSettingsWin() {
        Map<String, String> district = defaults();
        district.remove("shown-HOC_PHI");
        district.put("label-TUYEN_SINH", "Tuyển sinh đầu cấp");
        district.put("ack-TUYEN_SINH", "2");
        district.put("answer-TUYEN_SINH", "15");
        Page saved = adminD.post("/admin/u/" + w.d().id() + "/desk/settings", district);
        assertThat(saved.status()).isEqualTo(303);

        Page inherited = adminA.get("/admin/u/" + w.a().id() + "/desk/settings");
        assertThat(inherited.status()).isEqualTo(200);
        assertThat(inherited.doc().select("#settings-source").text()).startsWith("Đơn vị đang dùng cài đặt của đơn vị cấp trên");
        assertThat(inherited.doc().select("#f-shown-HOC_PHI").hasAttr("checked")).isFalse();
        assertThat(inherited.doc().select("tr[data-topic=HOC_PHI] .from").text()).isEqualTo(w.d().name());
        assertThat(inherited.doc().select("tr[data-topic=AN_TOAN] .from").text()).isEqualTo(w.d().name());
        assertThat(new Browser(server.getURI()).signIn(w.adminQ().email(), Fixtures.PASSWORD).get("/admin/u/" + w.q().id() + "/desk/settings")
                .doc().select("tr[data-topic=AN_TOAN] .from").text()).isEqualTo("Mặc định");
        assertThat(topics.days(w.a().id()).get(Topic.TUYEN_SINH)).isEqualTo(new SlaClock.Days(2, 15));
        assertThat(topics.days(w.b().id()).get(Topic.TUYEN_SINH)).isEqualTo(new SlaClock.Days(2, 15));
        assertThat(topics.days(w.q().id()).get(Topic.TUYEN_SINH)).isEqualTo(SlaClock.Days.DEFAULT);

        Browser citizen = new Browser(server.getURI());
        Page form = citizen.get("/" + w.a().slug() + "/gui-phan-anh");
        assertThat(form.doc().select("select[name=topic] option")).extracting(e -> e.text())
                .contains("Tuyển sinh đầu cấp", "An toàn trường học").doesNotContain("Học phí và các khoản thu", "Tuyển sinh");
        String before = query("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id());
        Page refused = citizen.post("/" + w.a().slug() + "/gui-phan-anh", Map.of("topic", "HOC_PHI", "consent", "yes",
                "message", "Nhà trường thu tiền học thêm có đúng không " + w.tag()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-topic").text())
                .isEqualTo("Đơn vị không nhận phản ánh về lĩnh vực này qua biểu mẫu; vui lòng chọn lĩnh vực khác.");
        assertThat(query("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id())).isEqualTo(before);

        // The case's clock runs on the Phòng's two days to acknowledge.
        User officer = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline-settings", w.tag());
        Browser desk = new Browser(server.getURI()).signIn(officer.email(), Fixtures.PASSWORD);
        Page sent = citizen.post("/" + w.a().slug() + "/gui-phan-anh", Map.of("topic", "TUYEN_SINH", "consent", "yes",
                "message", "Hồ sơ tuyển sinh lớp sáu nộp ở đâu " + w.tag()));
        assertThat(sent.status()).isEqualTo(200);
        String code = sent.doc().select("#case-code").text();
        String id = query("SELECT id FROM desk_case WHERE code = '" + code + "' AND unit_id = " + w.a().id());
        Instant received = LocalDateTime.parse(query("SELECT received_at FROM desk_case WHERE id = " + id).replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        Page casePage = desk.get("/admin/u/" + w.a().id() + "/desk/cases/" + id);
        assertThat(casePage.doc().select("#case-sla").text()).contains(VietnamTime.dateTime(sla.due(received, 2)));
        assertThat(desk.get("/admin/u/" + w.a().id() + "/desk/contact").doc().select("select[name=topic] option")).extracting(e -> e.text())
                .contains("Tuyển sinh đầu cấp").doesNotContain("Học phí và các khoản thu");
        Page hiddenCall = desk.post("/admin/u/" + w.a().id() + "/desk/contact", Map.of("at",
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(received.atZone(VietnamTime.ZONE)), "channel", "PHONE", "topic", "HOC_PHI", "summary", "Hỏi về học phí"));
        assertThat(hiddenCall.status()).isEqualTo(422);
        assertThat(hiddenCall.doc().select("#e-topic").text()).startsWith("Đơn vị không nhận phản ánh về lĩnh vực này");

        // The school's own list wins over the Phòng's; its sibling still follows the Phòng.
        Map<String, String> school = defaults();
        school.put("ack-TUYEN_SINH", "1");
        school.put("answer-TUYEN_SINH", "5");
        assertThat(adminA.post("/admin/u/" + w.a().id() + "/desk/settings", school).status()).isEqualTo(303);
        assertThat(topics.days(w.a().id()).get(Topic.TUYEN_SINH)).isEqualTo(new SlaClock.Days(1, 5));
        assertThat(topics.days(w.b().id()).get(Topic.TUYEN_SINH)).isEqualTo(new SlaClock.Days(2, 15));
        assertThat(citizen.get("/" + w.a().slug() + "/gui-phan-anh").doc().select("select[name=topic] option")).extracting(e -> e.text())
                .contains("Học phí và các khoản thu", "Tuyển sinh");
        assertThat(citizen.get("/" + w.b().slug() + "/gui-phan-anh").doc().select("select[name=topic] option")).extracting(e -> e.text())
                .doesNotContain("Học phí và các khoản thu");
        assertThat(desk.get("/admin/u/" + w.a().id() + "/desk/cases/" + id).doc().select("#case-sla").text())
                .contains(VietnamTime.dateTime(sla.due(received, 1)));
        assertThat(adminA.get("/admin/u/" + w.a().id() + "/desk/settings").doc().select("tr[data-topic=HOC_PHI] .from").text()).isEqualTo("Đơn vị");

        assertThat(adminA.post("/admin/u/" + w.a().id() + "/desk/settings/reset", Map.of()).status()).isEqualTo(303);
        assertThat(topics.days(w.a().id()).get(Topic.TUYEN_SINH)).isEqualTo(new SlaClock.Days(2, 15));
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action LIKE 'desk.settings.%' AND unit_id = " + w.a().id())).isEqualTo("2");
    }

    @Test
    void wrongDaysLongLabelsAndNoTopicShownAreRefusedNextToTheirFieldsAndNothingIsSaved() {
        Map<String, String> bad = defaults();
        bad.put("ack-THI_CU", "0");
        bad.put("answer-CAN_BO", "mười");
        bad.put("ack-CHE_DO", "5");
        bad.put("answer-CHE_DO", "3");
        bad.put("label-KHAC", "<b>" + "x".repeat(101));
        Page refused = adminA.post("/admin/u/" + w.a().id() + "/desk/settings", bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-ack-THI_CU").text()).isEqualTo("Nhập số ngày làm việc từ 1 đến 30.");
        assertThat(refused.doc().select("#e-answer-CAN_BO").text()).isEqualTo("Nhập số ngày làm việc từ 1 đến 90.");
        assertThat(refused.doc().select("#e-answer-CHE_DO").text()).isEqualTo("Thời hạn trả lời không được ngắn hơn thời hạn tiếp nhận.");
        assertThat(refused.doc().select("#e-label-KHAC").text()).isEqualTo("Tên hiển thị tối đa 100 ký tự.");
        assertThat(refused.doc().select("#f-answer-CAN_BO").attr("value")).isEqualTo("mười");
        assertThat(refused.body()).doesNotContain("<b>xxx");

        Map<String, String> none = defaults();
        none.keySet().removeIf(k -> k.startsWith("shown-"));
        Page allHidden = adminA.post("/admin/u/" + w.a().id() + "/desk/settings", none);
        assertThat(allHidden.status()).isEqualTo(422);
        assertThat(allHidden.doc().select("#e-shown-KHAC").text()).isEqualTo("Cần để ít nhất một lĩnh vực hiện trên biểu mẫu.");
        assertThat(query("SELECT COUNT(*) FROM desk_topic_setting WHERE unit_id = " + w.a().id())).isEqualTo("0");
    }

    @Test
    void onlyTheUnitsAdminOrHeadChangesItsSettingsAndOtherUnitsGet404() {
        User officer = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline-only", w.tag());
        Browser desk = new Browser(server.getURI()).signIn(officer.email(), Fixtures.PASSWORD);
        assertThat(desk.get("/admin/u/" + w.a().id() + "/desk/settings").status()).isEqualTo(403);
        assertThat(desk.post("/admin/u/" + w.a().id() + "/desk/settings", defaults()).status()).isEqualTo(403);
        Browser sibling = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        assertThat(sibling.get("/admin/u/" + w.a().id() + "/desk/settings").status()).isEqualTo(404);
        assertThat(sibling.post("/admin/u/" + w.a().id() + "/desk/settings", defaults()).status()).isEqualTo(404);
        assertThat(sibling.post("/admin/u/" + w.a().id() + "/desk/settings/reset", Map.of()).status()).isEqualTo(404);
        Browser head = new Browser(server.getURI()).signIn(w.headA().email(), Fixtures.PASSWORD);
        assertThat(head.get("/admin/u/" + w.a().id() + "/desk/settings").status()).isEqualTo(200);
        assertThat(head.get("/admin/u/" + w.a().id() + "/desk").doc().select("#desk-public-links a[href=/admin/u/" + w.a().id() + "/desk/settings]"))
                .isNotEmpty();
        assertThat(query("SELECT COUNT(*) FROM desk_topic_setting WHERE unit_id = " + w.a().id())).isEqualTo("0");
    }

    static Map<String, String> defaults() {
        Map<String, String> f = new HashMap<>();
        for (Topic t : Topic.values()) {
            f.put("shown-" + t.name(), "yes");
            f.put("label-" + t.name(), "");
            f.put("ack-" + t.name(), "1");
            f.put("answer-" + t.name(), "10");
        }
        return f;
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
