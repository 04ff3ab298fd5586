package vn.lantoa.desk.qa;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Hỏi đáp: a head turns an answered case into a public question and answer without the citizen's personal data. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QaTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    Fixtures.World w;
    Browser head;
    Browser citizen;

    @BeforeAll
    void world() {
        w = fixtures.world();
        head = new Browser(server.getURI()).signIn(w.headA().email(), Fixtures.PASSWORD);
        citizen = new Browser(server.getURI());
    }

    @Test
    void aHeadPublishesAnAnsweredCaseWithoutTheCitizensPersonalDataAndUnpublishesIt() {
        String message = "Tôi là Nguyễn Thị Hoa, phụ huynh lớp 6A. Gọi tôi số 0912 345 678 hoặc 024.3869.4999, thư hoa.nguyen@example.vn. "
                + "Nhà trường có thu tiền điều hòa <script>alert('x')</script> không? " + w.tag();
        long caseId = send("HOC_PHI", message, Map.of("name", "Nguyễn Thị Hoa", "phone", "0912 345 678", "email", "hoa.nguyen@example.vn"));
        String desk = "/admin/u/" + w.a().id() + "/desk";

        assertThat(head.get(desk + "/cases/" + caseId + "/qa").status()).isEqualTo(409);
        assertThat(head.get(desk + "/cases/" + caseId).doc().select("#case-qa")).isEmpty();
        assertThat(head.post(desk + "/cases/" + caseId + "/answer", Map.of("answer",
                "Kính gửi chị Hoa, nhà trường không thu tiền điều hòa; khoản này do ban đại diện cha mẹ học sinh tự nguyện vận động.")).status())
                .isEqualTo(303);
        assertThat(head.get(desk + "/cases/" + caseId).doc().select("#case-qa a").attr("href")).isEqualTo(desk + "/cases/" + caseId + "/qa");

        Page prepared = head.get(desk + "/cases/" + caseId + "/qa");
        assertThat(prepared.status()).isEqualTo(200);
        String question = prepared.doc().select("#f-question").text();
        String answer = prepared.doc().select("#f-answer").text();
        assertThat(question).doesNotContain("Hoa").doesNotContain("0912").doesNotContain("3869").doesNotContain("example.vn")
                .contains("Tôi là [đã ẩn], phụ huynh lớp 6A").contains("<script>");
        assertThat(answer).startsWith("Kính gửi chị [đã ẩn], nhà trường không thu");
        assertThat(prepared.doc().select("#qa-removed li")).extracting(e -> e.text())
                .contains("Nguyễn Thị Hoa", "0912 345 678", "024.3869.4999", "hoa.nguyen@example.vn", "Hoa");
        assertThat(prepared.doc().select("#f-topic option[selected]").attr("value")).isEqualTo("HOC_PHI");

        Page empty = head.post(desk + "/cases/" + caseId + "/qa", Map.of("topic", "HOC_PHI", "question", " ", "answer", answer, "action", "save"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.doc().select("#e-question").text()).isEqualTo("Vui lòng nhập câu hỏi.");
        assertThat(query("SELECT COUNT(*) FROM desk_qa WHERE case_id = " + caseId)).isEqualTo("0");

        String reviewed = "Phụ huynh lớp 6A hỏi: nhà trường có thu tiền điều hòa <script>alert('x')</script> không? " + w.tag();
        Page saved = head.post(desk + "/cases/" + caseId + "/qa", Map.of("topic", "HOC_PHI", "question", reviewed, "answer", answer, "action", "save"));
        assertThat(saved.status()).isEqualTo(303);
        String edit = saved.location();
        String qaId = edit.substring(edit.lastIndexOf('/') + 1);
        assertThat(head.get(desk + "/cases/" + caseId + "/qa").location()).isEqualTo(edit);
        assertThat(head.get(edit).doc().select("#qa-status").text()).isEqualTo("Bản nháp");
        String site = "/" + w.a().slug();
        assertThat(citizen.get(site + "/hoi-dap/" + qaId).status()).isEqualTo(404);
        assertThat(citizen.get(site + "/hoi-dap").doc().select("li[data-qa=" + qaId + "]")).isEmpty();

        assertThat(head.post(edit, Map.of("topic", "HOC_PHI", "question", reviewed, "answer", answer, "action", "publish")).status()).isEqualTo(303);
        assertThat(head.get(edit).doc().select("#qa-public-link a").attr("href")).isEqualTo(site + "/hoi-dap/" + qaId);
        assertThat(head.post(edit + "/publish", Map.of()).status()).isEqualTo(409);

        Page home = citizen.get(site);
        assertThat(home.doc().select("nav.site-nav a[href=" + site + "/hoi-dap]").text()).isEqualTo("Hỏi đáp");
        Page list = citizen.get(site + "/hoi-dap");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.doc().select("li[data-qa=" + qaId + "] .meta").text()).startsWith("Học phí và các khoản thu");
        assertThat(list.body()).doesNotContain("<script>alert").doesNotContain("Nguyễn Thị Hoa");
        assertThat(citizen.get(site + "/hoi-dap?q=thu+tien+dieu+hoa").doc().select("li[data-qa=" + qaId + "]")).hasSize(1);
        assertThat(citizen.get(site + "/hoi-dap?q=hoc+bong+nghe+thuat").doc().select("li[data-qa=" + qaId + "]")).isEmpty();
        assertThat(citizen.get(site + "/hoi-dap?topic=HOC_PHI").doc().select("li[data-qa=" + qaId + "]")).hasSize(1);
        Page one = citizen.get(site + "/hoi-dap/" + qaId);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.doc().select("#qa-question").text()).isEqualTo(reviewed);
        assertThat(one.body()).doesNotContain("<script>alert").contains("&lt;script&gt;").doesNotContain("0912").doesNotContain("hoa.nguyen");
        assertThat(one.doc().select("#qa-answer").text()).startsWith("Kính gửi chị [đã ẩn]");
        Page searched = citizen.get(site + "/tim-kiem?q=tien+dieu+hoa+" + w.tag());
        assertThat(searched.doc().select(".search-hits a[href=" + site + "/hoi-dap/" + qaId + "]")).hasSize(1);
        assertThat(searched.doc().select(".search-hits .meta").text()).contains("Hỏi đáp");
        assertThat(citizen.get("/" + w.b().slug() + "/hoi-dap/" + qaId).status()).isEqualTo(404);
        assertThat(citizen.get("/" + w.b().slug() + "/tim-kiem?q=tien+dieu+hoa+" + w.tag()).doc().select(".search-hits li")).isEmpty();

        assertThat(head.post(edit + "/unpublish", Map.of()).status()).isEqualTo(303);
        assertThat(citizen.get(site + "/hoi-dap/" + qaId).status()).isEqualTo(404);
        assertThat(citizen.get(site + "/hoi-dap").doc().select("li[data-qa=" + qaId + "]")).isEmpty();
        assertThat(citizen.get(site + "/tim-kiem?q=tien+dieu+hoa+" + w.tag()).doc().select(".search-hits a[href=" + site + "/hoi-dap/" + qaId + "]"))
                .isEmpty();
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'desk_qa' AND entity_id = '" + qaId + "'")).isEqualTo("4");
    }

    @Test
    void anotherUnitsQaAndDraftsAreNotFoundAndOnlyTheAdminOrHeadPreparesThem() {
        long caseId = send("KHAC", "Xin hỏi lịch họp phụ huynh đầu năm " + w.tag(), Map.of());
        String desk = "/admin/u/" + w.a().id() + "/desk";
        head.post(desk + "/cases/" + caseId + "/answer", Map.of("answer", "Họp phụ huynh ngày 15/9."));
        String edit = head.post(desk + "/cases/" + caseId + "/qa", Map.of("topic", "KHAC", "question", "Lịch họp phụ huynh đầu năm?",
                "answer", "Họp ngày 15/9.", "action", "save")).location();
        String qaId = edit.substring(edit.lastIndexOf('/') + 1);

        Browser sibling = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        String siblingDesk = "/admin/u/" + w.b().id() + "/desk";
        for (String path : List.of(desk + "/qa", desk + "/qa/" + qaId, desk + "/cases/" + caseId + "/qa", siblingDesk + "/qa/" + qaId,
                siblingDesk + "/cases/" + caseId + "/qa")) {
            assertThat(sibling.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(sibling.post(siblingDesk + "/qa/" + qaId + "/publish", Map.of()).status()).isEqualTo(404);
        assertThat(sibling.post(desk + "/qa/" + qaId + "/publish", Map.of()).status()).isEqualTo(404);
        User officer = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline-qa", w.tag());
        Browser hotline = new Browser(server.getURI()).signIn(officer.email(), Fixtures.PASSWORD);
        assertThat(hotline.get(desk + "/qa/" + qaId).status()).isEqualTo(403);
        assertThat(hotline.post(desk + "/qa/" + qaId + "/publish", Map.of()).status()).isEqualTo(403);
        assertThat(hotline.get(desk + "/cases/" + caseId).doc().select("#case-qa")).isEmpty();
        assertThat(query("SELECT published FROM desk_qa WHERE id = " + qaId)).isEqualTo("0");
        Page mine = head.get(desk + "/qa");
        assertThat(mine.doc().select("tr[data-qa=" + qaId + "]").text()).contains("Lịch họp phụ huynh đầu năm?").contains("Bản nháp");
        assertThat(head.post(desk + "/cases/" + caseId + "/qa", Map.of("topic", "KHAC", "question", "Lần hai", "answer", "Đáp", "action", "save"))
                .status()).isEqualTo(409);
    }

    @Test
    void strippingFindsNamesPhonesAndEmailsButLeavesOtherNumbersAlone() {
        PersonalData.Stripped s = PersonalData.strip("Anh Trần Văn Nam (nam.tran@truong.edu.vn, +84 912.345.678) hỏi về 120 học sinh năm 2025, "
                + "mã hồ sơ 12345678; trần văn nam nói thêm.", List.of("Trần Văn Nam"));
        assertThat(s.text()).isEqualTo("Anh [đã ẩn] ([đã ẩn], [đã ẩn]) hỏi về 120 học sinh năm 2025, mã hồ sơ 12345678; [đã ẩn] nói thêm.");
        assertThat(s.removed()).containsExactly("nam.tran@truong.edu.vn", "+84 912.345.678", "Trần Văn Nam", "trần văn nam");
    }

    long send(String topic, String message, Map<String, String> contact) {
        java.util.Map<String, String> form = new java.util.HashMap<>(Map.of("topic", topic, "message", message, "consent", "yes"));
        form.putAll(contact);
        Page sent = citizen.post("/" + w.a().slug() + "/gui-phan-anh", form);
        assertThat(sent.status()).isEqualTo(200);
        return Long.parseLong(query("SELECT id FROM desk_case WHERE unit_id = " + w.a().id() + " AND code = '" + sent.doc().select("#case-code").text() + "'"));
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
