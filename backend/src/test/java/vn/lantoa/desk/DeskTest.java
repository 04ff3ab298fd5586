package vn.lantoa.desk;

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
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The listening desk end to end over HTTP: a citizen writes in, the hotline officer handles the case, the citizen follows it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Intake intake;

    Fixtures.World w;
    User officerA;
    User officerB;
    Browser officer;

    @BeforeAll
    void world() {
        w = fixtures.world();
        officerA = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline-a", w.tag());
        officerB = fixtures.member(w.b(), Role.HOTLINE_OFFICER, "hotline-b", w.tag());
        officer = new Browser(server.getURI()).signIn(officerA.email(), Fixtures.PASSWORD);
    }

    @Test
    void aCaseSentThroughThePublicFormAppearsInTheOfficersQueueAndTheCitizenFollowsItByItsLink() {
        Browser citizen = new Browser(server.getURI());
        Page home = citizen.get("/" + w.a().slug());
        assertThat(home.doc().select("a[href=/" + w.a().slug() + "/gui-phan-anh]")).isNotEmpty();
        Page form = citizen.get("/" + w.a().slug() + "/gui-phan-anh");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.doc().select("select[name=topic] option")).extracting(e -> e.text()).contains("Tuyển sinh", "Học phí và các khoản thu");

        String email = "phu-huynh-" + w.tag() + "@example.vn";
        Page sent = citizen.post("/" + w.a().slug() + "/gui-phan-anh", form("TUYEN_SINH", "Con tôi chưa được xếp lớp sáu dù đã nộp hồ sơ tuyển sinh " + w.tag(),
                Map.of("name", "Nguyễn Thị Hoa", "phone", "0912 345 678", "email", email)));

        assertThat(sent.status()).isEqualTo(200);
        String code = sent.doc().select("#case-code").text();
        assertThat(code).matches("PA-\\d{4}-[2-9A-Z]{4}");
        String link = sent.doc().select("#follow-link").attr("href");
        assertThat(link).contains("/" + w.a().slug() + "/theo-doi-phan-anh/");
        assertThat(query("SELECT follow_token_hash FROM desk_case WHERE code = '" + code + "'")).hasSize(64).isNotEqualTo(link.substring(link.lastIndexOf('/') + 1));

        Mailbox.Mail mail = Mailbox.await(email, "Đã nhận phản ánh " + code);
        assertThat(mail.text()).contains(link).contains("Tuyển sinh");

        Page dashboard = officer.get("/admin/u/" + w.a().id());
        assertThat(dashboard.doc().select("#home-desk a[href=/admin/u/" + w.a().id() + "/desk]")).isNotEmpty();
        assertThat(dashboard.doc().select("nav a[href=/admin/u/" + w.a().id() + "/desk]")).isNotEmpty();
        Page queue = officer.get("/admin/u/" + w.a().id() + "/desk");
        assertThat(queue.doc().select("tr[data-case=" + code + "]").text()).contains("Tuyển sinh").contains("Trang thông tin").contains("Mới")
                .contains("Chưa giao").contains("để tiếp nhận");
        Page searched = officer.get("/admin/u/" + w.a().id() + "/desk?q=chua+duoc+xep+lop&status=MOI&topic=TUYEN_SINH");
        assertThat(searched.doc().select("tr[data-case=" + code + "]")).hasSize(1);
        Page other = officer.get("/admin/u/" + w.a().id() + "/desk?q=khong+co+gi+nhu+the&status=MOI");
        assertThat(other.doc().select("tr[data-case=" + code + "]")).isEmpty();

        Page follow = citizen.get(URI.create(link).getPath());
        assertThat(follow.status()).isEqualTo(200);
        assertThat(follow.doc().select("#case-status").text()).isEqualTo("Mới");
        assertThat(follow.doc().select("#case-history").text()).contains("Đã nhận phản ánh");
        assertThat(follow.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void answeringMailsTheCitizenAndTheFollowPageShowsTheAnswerButNeverTheNotesOrTheOfficer() {
        String email = "hoi-" + w.tag() + "@example.vn";
        Browser citizen = new Browser(server.getURI());
        Page sent = citizen.post("/" + w.a().slug() + "/gui-phan-anh", form("HOC_PHI", "Nhà trường thu tiền quỹ lớp có đúng quy định không " + w.tag(),
                Map.of("email", email)));
        String code = sent.doc().select("#case-code").text();
        String link = URI.create(sent.doc().select("#follow-link").attr("href")).getPath();
        String base = "/admin/u/" + w.a().id() + "/desk/cases/" + caseId(code);

        assertThat(officer.post(base + "/acknowledge", Map.of()).status()).isEqualTo(303);
        assertThat(officer.post(base + "/acknowledge", Map.of()).status()).isEqualTo(409);
        assertThat(officer.post(base + "/assign", Map.of("assigneeId", String.valueOf(w.headA().id()))).status()).isEqualTo(303);
        assertThat(officer.post(base + "/note", Map.of("note", "Hỏi lại kế toán về khoản quỹ lớp")).status()).isEqualTo(303);
        Page empty = officer.post(base + "/answer", Map.of("answer", "  "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.doc().select("#e-answer").text()).isEqualTo("Vui lòng nhập câu trả lời.");
        String answer = "Khoản quỹ lớp do ban đại diện cha mẹ học sinh tự nguyện đóng góp, nhà trường không thu.";
        assertThat(officer.post(base + "/answer", Map.of("answer", answer)).status()).isEqualTo(303);
        assertThat(officer.post(base + "/answer", Map.of("answer", "Lần hai")).status()).isEqualTo(409);

        Mailbox.Mail mail = Mailbox.await(email, "Trả lời phản ánh " + code);
        assertThat(mail.text()).contains(answer).contains("Nhà trường thu tiền quỹ lớp");

        Page casePage = officer.get(base);
        assertThat(casePage.doc().select("#case-status").text()).isEqualTo("Đã trả lời");
        assertThat(casePage.doc().select("#history").text()).contains("Đã tiếp nhận").contains("Giao xử lý").contains("Hỏi lại kế toán")
                .contains("Đã trả lời").contains(officerA.fullName());
        assertThat(casePage.doc().select("#case-answer").text()).isEqualTo(answer);
        assertThat(officer.post(base + "/close", Map.of("result", "Đã giải thích cho phụ huynh")).status()).isEqualTo(303);

        Page follow = citizen.get(link);
        assertThat(follow.doc().select("#case-status").text()).isEqualTo("Đã đóng");
        assertThat(follow.text()).contains(answer).contains("Đã tiếp nhận").doesNotContain("Hỏi lại kế toán").doesNotContain(officerA.fullName())
                .doesNotContain(w.headA().fullName()).doesNotContain("Đã giải thích cho phụ huynh");
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'desk_case' AND entity_id = '" + caseId(code) + "' AND action <> 'desk.personal_data.viewed'")).isEqualTo("5");
        assertThat(officer.post(base + "/note", Map.of("note", "Ghi sau khi đóng")).status()).isEqualTo(303);
        assertThat(officer.post(base + "/answer", Map.of("answer", "Sau khi đóng")).status()).isEqualTo(409);
    }

    @Test
    void theOfficerOpensAMediaIncidentFromACaseInOneClickAndAViewerHasNoSuchButton() {
        // Logged by the officer (a phone call), so the public form's limit per address is left to the other tests.
        String at = officer.get("/admin/u/" + w.a().id() + "/desk/contact").doc().select("#f-at").attr("value");
        String casePath = officer.post("/admin/u/" + w.a().id() + "/desk/contact", Map.of("at", at, "channel", "PHONE", "caller", "Bà Tư",
                "topic", "AN_TOAN", "summary", "Clip phụ huynh quay cảnh học sinh bị phạt đang lan truyền " + w.tag())).location();
        long id = Long.parseLong(casePath.substring(casePath.lastIndexOf('/') + 1));
        String button = officer.get(casePath).doc().select("#open-incident").attr("href");
        assertThat(button).isEqualTo("/admin/u/" + w.a().id() + "/press/incidents/new?from=CASE&ref=" + id);
        assertThat(officer.get(button).status()).isEqualTo(200);
        Browser viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD);
        assertThat(viewer.get(casePath).doc().select("#open-incident")).isEmpty();
        assertThat(viewer.get(button).status()).isIn(403, 404);
    }

    @Test
    void hostileHtmlInEveryFieldIsShownEscapedToTheCitizenAndTheOfficer() {
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> " + w.tag();
        Browser citizen = new Browser(server.getURI());
        Page sent = citizen.post("/" + w.a().slug() + "/gui-phan-anh", form("KHAC", hostile, Map.of("name", "<b>Kẻ xấu</b>")));
        assertThat(sent.status()).isEqualTo(200);
        String code = sent.doc().select("#case-code").text();
        Page casePage = officer.get("/admin/u/" + w.a().id() + "/desk/cases/" + caseId(code));
        assertThat(casePage.body()).doesNotContain("<script>alert").doesNotContain("<b>Kẻ xấu</b>").contains("&lt;script&gt;");
        assertThat(casePage.doc().select("#case-message").text()).isEqualTo(hostile);
        Page queue = officer.get("/admin/u/" + w.a().id() + "/desk");
        assertThat(queue.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");

        Page refused = citizen.post("/" + w.a().slug() + "/gui-phan-anh", Map.of("message", "<script>alert(2)</script>", "email", "<x>@y", "topic", "<b>"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).doesNotContain("<script>alert(2)");
        assertThat(refused.doc().select("#f-message").text()).isEqualTo("<script>alert(2)</script>");
    }

    @Test
    void missingOrBadFieldsAreRefusedNextToEachFieldAndNothingIsStored() {
        String before = query("SELECT COUNT(*) FROM desk_case");
        Browser citizen = new Browser(server.getURI());
        Page refused = citizen.post("/" + w.d().slug() + "/gui-phan-anh", Map.of("topic", "NOPE", "school", String.valueOf(w.z().id()),
                "message", "ngắn", "phone", "abc", "email", "khong-phai-thu"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-topic").text()).isEqualTo("Vui lòng chọn lĩnh vực.");
        assertThat(refused.doc().select("#e-school").text()).isEqualTo("Trường đã chọn không thuộc đơn vị này.");
        assertThat(refused.doc().select("#e-message").text()).isEqualTo("Nội dung cần ít nhất 10 ký tự.");
        assertThat(refused.doc().select("#e-phone").text()).startsWith("Số điện thoại không hợp lệ");
        assertThat(refused.doc().select("#e-email").text()).isEqualTo("Địa chỉ thư điện tử không hợp lệ.");
        assertThat(refused.doc().select("#e-consent").text()).startsWith("Vui lòng đồng ý");
        Page tooLong = citizen.post("/" + w.d().slug() + "/gui-phan-anh", form("KHAC", "x".repeat(5001), Map.of()));
        assertThat(tooLong.doc().select("#e-message").text()).isEqualTo("Nội dung tối đa 5.000 ký tự (hiện có 5.001).");
        assertThat(query("SELECT COUNT(*) FROM desk_case")).isEqualTo(before);

        Page toDistrict = citizen.post("/" + w.d().slug() + "/gui-phan-anh", form("AN_TOAN", "Cổng trường An Bình đông xe giờ tan học " + w.tag(),
                Map.of("school", String.valueOf(w.a().id()))));
        assertThat(toDistrict.status()).isEqualTo(200);
        assertThat(query("SELECT concerned_unit_id FROM desk_case WHERE unit_id = " + w.d().id())).isEqualTo(String.valueOf(w.a().id()));
    }

    @Test
    void aFormBodyThatCannotBeDecodedIsRefusedWithTheFieldsToFillAndNothingIsStored() {
        String before = query("SELECT COUNT(*) FROM desk_case");
        Page refused = new Browser(server.getURI()).postBody("/" + w.a().slug() + "/gui-phan-anh",
                "topic=KHAC&message=H%E1%BB%8Fi%zz" + w.tag() + "&consent=yes");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-message").text()).isEqualTo("Vui lòng nhập nội dung phản ánh.");
        assertThat(refused.doc().select("#e-consent").text()).startsWith("Vui lòng đồng ý");
        assertThat(query("SELECT COUNT(*) FROM desk_case")).isEqualTo(before);
    }

    @Test
    void aCaseCodeAlreadyTakenInTheUnitIsDrawnAgainAndTheCaseIsStoredOnceWithItsStepMailAndEvent() {
        Browser citizen = new Browser(server.getURI());
        String taken = citizen.post("/" + w.a().slug() + "/gui-phan-anh", form("CO_SO_VAT_CHAT", "Sân trường ngập nước sau mỗi trận mưa " + w.tag(),
                Map.of())).doc().select("#case-code").text();
        // The next submission draws the taken code twice (as when another one took it a moment before), then a free one.
        java.util.Iterator<String> draws = java.util.List.of(taken, taken).iterator();
        java.util.function.Function<java.time.Instant, String> fresh = intake.codes;
        intake.codes = at -> draws.hasNext() ? draws.next() : fresh.apply(at);
        String email = "den-hanh-lang-" + w.tag() + "@example.vn";
        Page sent;
        try {
            sent = citizen.post("/" + w.a().slug() + "/gui-phan-anh", form("CO_SO_VAT_CHAT", "Đèn hành lang tầng hai bị hỏng đã lâu " + w.tag(),
                    Map.of("email", email)));
        } finally {
            intake.codes = fresh;
        }

        assertThat(sent.status()).isEqualTo(200);
        assertThat(draws.hasNext()).isFalse();
        String code = sent.doc().select("#case-code").text();
        assertThat(code).matches("PA-\\d{4}-[2-9A-Z]{4}").isNotEqualTo(taken);
        String where = " FROM desk_case WHERE unit_id = " + w.a().id() + " AND message LIKE 'Đèn hành lang%" + w.tag() + "'";
        assertThat(query("SELECT COUNT(*)" + where)).isEqualTo("1");
        assertThat(query("SELECT code" + where)).isEqualTo(code);
        String id = query("SELECT id" + where);
        assertThat(query("SELECT COUNT(*) FROM desk_case_step WHERE kind = 'RECEIVED' AND case_id = " + id)).isEqualTo("1");
        assertThat(query("SELECT COUNT(*) FROM webhook_event WHERE resource_key = 'case:" + id + "'")).isEqualTo("1");
        assertThat(Mailbox.await(email, "Đã nhận phản ánh " + code).text()).contains("Đèn hành lang tầng hai");
        assertThat(Mailbox.of(email)).hasSize(1);
    }

    @Test
    void aFilledHoneypotOrTheSameTextTwiceInADayIsNotStoredAgain() {
        Browser citizen = new Browser(server.getURI());
        String text = "Đề nghị sửa mái che nhà xe bị dột " + w.tag();
        Map<String, String> bot = form("CO_SO_VAT_CHAT", "Bot " + text, Map.of("website", "http://spam.example"));
        Page trapped = citizen.post("/" + w.a().slug() + "/gui-phan-anh", bot);
        assertThat(trapped.status()).isEqualTo(422);
        assertThat(trapped.doc().select("#form-notice").text()).startsWith("Không gửi được phản ánh");
        assertThat(query("SELECT COUNT(*) FROM desk_case WHERE message LIKE 'Bot %" + w.tag() + "'")).isEqualTo("0");

        Page first = citizen.post("/" + w.a().slug() + "/gui-phan-anh", form("CO_SO_VAT_CHAT", text, Map.of()));
        String code = first.doc().select("#case-code").text();
        Page again = new Browser(server.getURI()).post("/" + w.a().slug() + "/gui-phan-anh", form("CO_SO_VAT_CHAT", "  " + text.toUpperCase() + " ", Map.of()));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.doc().select("#case-code").text()).isEqualTo(code);
        assertThat(again.doc().select("#sent-note").text()).contains("đã được gửi đến đơn vị trong 24 giờ qua");
        assertThat(again.doc().select("#follow-link")).isEmpty();
        assertThat(query("SELECT COUNT(*) FROM desk_case WHERE message LIKE '%" + w.tag() + "' AND message LIKE '%mái che%'")).isEqualTo("1");

        Page toSibling = citizen.post("/" + w.b().slug() + "/gui-phan-anh", form("CO_SO_VAT_CHAT", text, Map.of()));
        assertThat(toSibling.doc().select("#case-code").text()).isNotEqualTo(code);
    }

    @Test
    void aSiblingSchoolsOfficerGets404AndAViewerCannotChangeOrReadACase() {
        Page sent = new Browser(server.getURI()).post("/" + w.a().slug() + "/gui-phan-anh", form("THI_CU", "Lịch thi học kỳ bị trùng ngày " + w.tag(),
                Map.of("phone", "0987 654 321")));
        String code = sent.doc().select("#case-code").text();
        long id = caseId(code);
        String base = "/admin/u/" + w.a().id() + "/desk/cases/" + id;

        Browser sibling = new Browser(server.getURI()).signIn(officerB.email(), Fixtures.PASSWORD);
        assertThat(sibling.get(base).status()).isEqualTo(404);
        assertThat(sibling.get("/admin/u/" + w.b().id() + "/desk/cases/" + id).status()).isEqualTo(404);
        assertThat(sibling.post("/admin/u/" + w.b().id() + "/desk/cases/" + id + "/acknowledge", Map.of()).status()).isEqualTo(404);
        assertThat(sibling.get("/admin/u/" + w.b().id() + "/desk").body()).doesNotContain(code);

        Browser viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD);
        assertThat(viewer.get(base).status()).isEqualTo(403);
        assertThat(viewer.post(base + "/acknowledge", Map.of()).status()).isEqualTo(403);
        assertThat(viewer.post(base + "/answer", Map.of("answer", "Không được")).status()).isEqualTo(403);
        assertThat(viewer.post(base + "/spam", Map.of()).status()).isEqualTo(403);
        assertThat(viewer.get("/admin/u/" + w.a().id()).doc().select("#home-desk")).isEmpty();
        Browser districtAdmin = new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD);
        assertThat(districtAdmin.get(base).status()).isEqualTo(403);

        assertThat(query("SELECT status FROM desk_case WHERE id = " + id)).isEqualTo("MOI");
        assertThat(query("SELECT COUNT(*) FROM desk_case_step WHERE case_id = " + id)).isEqualTo("1");

        Page follow = new Browser(server.getURI()).get(URI.create(sent.doc().select("#follow-link").attr("href")).getPath()
                .replace("/" + w.a().slug() + "/", "/" + w.b().slug() + "/"));
        assertThat(follow.status()).isEqualTo(404);
        assertThat(new Browser(server.getURI()).get("/" + w.a().slug() + "/theo-doi-phan-anh/" + "A".repeat(43)).status()).isEqualTo(404);
        assertThat(new Browser(server.getURI()).get("/" + w.a().slug() + "/theo-doi-phan-anh/%3Cscript%3E").status()).isEqualTo(404);
    }

    @Test
    void theOfficerLogsAPhoneCallThatIsQueuedLikeTheRestAndSpamLeavesTheQueue() {
        Page bad = officer.post("/admin/u/" + w.a().id() + "/desk/contact", Map.of("at", "31/02/2026 10:00", "channel", "FAX", "topic", "", "summary", ""));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.doc().select("#e-at").text()).isEqualTo("Thời gian không hợp lệ; nhập theo dạng dd/mm/yyyy hh:mm.");
        assertThat(bad.doc().select("#e-channel").text()).isEqualTo("Vui lòng chọn kênh.");
        assertThat(bad.doc().select("#e-summary").text()).isEqualTo("Vui lòng nhập tóm tắt nội dung.");

        String at = officer.get("/admin/u/" + w.a().id() + "/desk/contact").doc().select("#f-at").attr("value");
        Page logged = officer.post("/admin/u/" + w.a().id() + "/desk/contact", Map.of("at", at, "channel", "PHONE", "caller", "Ông Ba",
                "topic", "AN_TOAN", "summary", "Phụ huynh gọi báo cây đổ trước cổng trường " + w.tag()));
        assertThat(logged.status()).isEqualTo(303);
        Page casePage = officer.get(logged.location());
        String code = casePage.doc().select("h1").text().split(" ")[2];
        assertThat(casePage.text()).contains("Đã ghi nhận phản ánh " + code).contains("Điện thoại").contains("Ông Ba");
        assertThat(casePage.doc().select("#case-status").text()).isEqualTo("Đã tiếp nhận");
        assertThat(officer.get("/admin/u/" + w.a().id() + "/desk?q=cay+do").doc().select("tr[data-case=" + code + "]").text()).contains("Điện thoại")
                .contains("để trả lời");

        assertThat(officer.post(logged.location() + "/spam", Map.of()).status()).isEqualTo(303);
        assertThat(officer.get("/admin/u/" + w.a().id() + "/desk?q=cay+do").doc().select("tr[data-case=" + code + "]")).isEmpty();
        assertThat(officer.get(logged.location()).doc().select(".tag.err").text()).isEqualTo("Thư rác");
        assertThat(officer.post(logged.location() + "/answer", Map.of("answer", "Không")).status()).isEqualTo(409);
    }

    static Map<String, String> form(String topic, String message, Map<String, String> more) {
        Map<String, String> f = new HashMap<>(Map.of("topic", topic, "message", message, "consent", "yes"));
        f.putAll(more);
        return f;
    }

    static long caseId(String code) {
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
