package vn.lantoa.desk.api;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The desk's cases through the JSON API, as a call-centre system and an integration use them, against the real server. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    Clock clock;

    Fixtures.World w;
    User officerA;
    User officerB;
    Api officer;

    @BeforeAll
    void world() {
        w = fixtures.world();
        officerA = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "tong-dai-a", w.tag());
        officerB = fixtures.member(w.b(), Role.HOTLINE_OFFICER, "tong-dai-b", w.tag());
        officer = api(officerA.email());
    }

    @Test
    void aCallLoggedByTheCallCentresKeyShowsInTheOfficersQueueOnceEvenWhenSentTwice() {
        Api centre = new Api(server.getURI(), json).withToken(key(Role.HOTLINE_OFFICER, "READ_WRITE"));
        String at = OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofMinutes(20)), VietnamTime.ZONE).toString();
        Map<String, Object> call = Map.of("at", at, "channel", "PHONE", "caller", "Trần Văn Bình, 0987 654 321", "topic", "TUYEN_SINH",
                "summary", "Hỏi lịch nộp hồ sơ tuyển sinh lớp sáu " + w.tag());

        Api.Reply logged = centre.postWith(cases(w.a().id()), call, "Idempotency-Key", "goi-" + w.tag());
        Api.Reply again = centre.postWith(cases(w.a().id()), call, "Idempotency-Key", "goi-" + w.tag());

        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        String code = (String) logged.json().get("code");
        long id = ((Number) logged.json().get("id")).longValue();
        assertThat(logged.header("Location")).isEqualTo(cases(w.a().id()) + "/" + id);
        assertThat(logged.json()).containsEntry("status", "DA_TIEP_NHAN").containsEntry("channel", "PHONE").containsEntry("personalDataShown", true)
                .containsEntry("citizenName", "Trần Văn Bình, 0987 654 321");
        assertThat(map(logged.json().get("sla"))).containsEntry("clock", "ANSWER").containsEntry("overdue", false);
        assertThat(steps(logged)).containsExactly("LOGGED");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id")).isEqualTo(logged.json().get("id"));
        assertThat(query("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id() + " AND message LIKE '%" + w.tag() + "' AND channel = 'PHONE'"))
                .isEqualTo("1");

        Browser desk = new Browser(server.getURI()).signIn(officerA.email(), Fixtures.PASSWORD);
        Page queue = desk.get("/admin/u/" + w.a().id() + "/desk");
        assertThat(queue.doc().select("tr[data-case=" + code + "]").text()).contains("Tuyển sinh").contains("Điện thoại");
        Api.Reply found = officer.get(cases(w.a().id()) + "?q=ho+so+tuyen+sinh+lop+sau&channel=PHONE&status=DA_TIEP_NHAN");
        assertThat(codes(found)).contains(code);
        assertThat(codes(officer.get(cases(w.a().id()) + "?q=khong+co+gi+nhu+the"))).doesNotContain(code);
    }

    @Test
    void aCaseFromThePublicFormIsHandledToTheEndThroughTheApiAndTheAnswerIsMailed() {
        String email = "hoi-api-" + w.tag() + "@example.vn";
        String code = submit("HOC_PHI", "Khoản thu tiền học thêm buổi chiều có bắt buộc không " + w.tag(), Map.of("name", "Lê Thị Mai", "email", email));
        String base = cases(w.a().id()) + "/" + caseId(code);

        Api.Reply listed = officer.get(cases(w.a().id()) + "?status=MOI&topic=HOC_PHI&sort=-receivedAt");
        assertThat(codes(listed)).contains(code);
        Api.Reply fresh = officer.get(base);
        assertThat(fresh.json()).containsEntry("status", "MOI").containsEntry("citizenEmail", email).containsEntry("channel", "WEB_FORM");
        assertThat(map(fresh.json().get("sla"))).containsEntry("clock", "ACKNOWLEDGE");
        assertThat(((Number) map(fresh.json().get("sla")).get("secondsLeft")).longValue()).isPositive();

        assertThat(officer.post(base + "/acknowledge", Map.of()).json()).containsEntry("status", "DA_TIEP_NHAN");
        Api.Reply twice = officer.post(base + "/acknowledge", Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("CASE_NOT_NEW");
        Api.Reply stranger = officer.post(base + "/assign", Map.of("assigneeId", officerB.id()));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.body()).contains("\"field\":\"assigneeId\"", "\"code\":\"desk.assign.invalid\"");
        Api.Reply assigned = officer.post(base + "/assign", Map.of("assigneeId", w.headA().id()));
        assertThat(assigned.json()).containsEntry("status", "DANG_XU_LY").containsEntry("assigneeName", w.headA().fullName());
        assertThat(codes(officer.get(cases(w.a().id()) + "?assigneeId=" + w.headA().id()))).contains(code);
        assertThat(officer.post(base + "/notes", Map.of("text", "Hỏi lại kế toán về khoản thu buổi chiều")).status()).isEqualTo(200);

        String answer = "Học thêm buổi chiều là tự nguyện; nhà trường không thu bắt buộc.";
        Api.Reply answered = officer.post(base + "/answer", Map.of("text", answer));
        assertThat(answered.json()).containsEntry("status", "DA_TRA_LOI").containsEntry("answerText", answer).containsEntry("sla", null);
        Mailbox.Mail mail = Mailbox.await(email, "Trả lời phản ánh " + code);
        assertThat(mail.text()).contains(answer);
        Api.Reply answeredTwice = officer.post(base + "/answer", Map.of("text", "Lần hai"));
        assertThat(answeredTwice.status()).isEqualTo(409);
        assertThat(answeredTwice.code()).isEqualTo("CASE_ALREADY_ANSWERED");

        Api.Reply closed = officer.post(base + "/close", Map.of("result", "Đã giải thích cho phụ huynh"));
        assertThat(closed.json()).containsEntry("status", "DA_DONG").containsEntry("result", "Đã giải thích cho phụ huynh");
        assertThat(steps(closed)).containsExactly("RECEIVED", "ACKNOWLEDGED", "ASSIGNED", "NOTE", "ANSWERED", "CLOSED");
        for (String action : List.of("/close", "/spam", "/assign")) {
            Api.Reply late = officer.post(base + action, action.equals("/close") ? Map.of("result", "Lần nữa") : action.equals("/assign")
                    ? Map.of("assigneeId", w.headA().id()) : Map.of());
            assertThat(late.status()).as(action).isEqualTo(409);
            assertThat(late.code()).as(action).isEqualTo("CASE_CLOSED");
        }
        assertThat(query("SELECT COUNT(*) FROM desk_case_step WHERE case_id = " + caseId(code))).isEqualTo("6");
    }

    @Test
    void badInputIsRefusedWithAFieldCodeAndStoresNothing() {
        String before = query("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id());

        Api.Reply empty = officer.post(cases(w.a().id()), Map.of());
        Api.Reply wrongTime = officer.post(cases(w.a().id()), Map.of("at", "hôm qua", "channel", "PHONE", "topic", "KHAC", "summary", "Gọi hỏi"));
        String tomorrow = OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofDays(1)), VietnamTime.ZONE).toString();
        Api.Reply future = officer.post(cases(w.a().id()), Map.of("at", tomorrow, "channel", "WEB_FORM", "topic", "KHAC", "summary", "Gọi hỏi"));
        Api.Reply tooLong = officer.post(cases(w.a().id()), Map.of("channel", "EMAIL", "topic", "KHAC", "summary", "x".repeat(5001)));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(fieldCodes(empty)).containsEntry("summary", "desk.contact.summary.required").containsEntry("topic", "desk.form.topic.required")
                .containsEntry("channel", "desk.contact.channel.required").doesNotContainKey("at");
        assertThat(empty.body()).contains("Vui lòng nhập tóm tắt nội dung.");
        assertThat(fieldCodes(wrongTime)).containsOnly(Map.entry("at", "desk.api.at.invalid"));
        assertThat(fieldCodes(future)).containsEntry("at", "desk.contact.at.outOfRange").containsEntry("channel", "desk.contact.channel.required");
        assertThat(fieldCodes(tooLong)).containsOnly(Map.entry("summary", "desk.form.message.tooLong"));
        assertThat(query("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id())).isEqualTo(before);

        assertThat(fieldCodes(officer.get(cases(w.a().id()) + "?status=CHUA_XONG&topic=TUYEN_SINH"))).containsOnly(
                Map.entry("status", "desk.api.filter.invalid"));
        assertThat(fieldCodes(officer.get(cases(w.a().id()) + "?sort=nguoiGui"))).containsOnly(Map.entry("sort", "api.sort.invalid"));
        String code = submit("KHAC", "Hỏi giờ mở cổng buổi sáng " + w.tag(), Map.of());
        assertThat(fieldCodes(officer.post(cases(w.a().id()) + "/" + caseId(code) + "/notes", Map.of("text", "   ")))).containsOnly(
                Map.entry("text", "desk.note.required"));
        assertThat(fieldCodes(officer.post(cases(w.a().id()) + "/" + caseId(code) + "/close", Map.of()))).containsOnly(
                Map.entry("result", "desk.result.required"));
        assertThat(query("SELECT COUNT(*) FROM desk_case_step WHERE case_id = " + caseId(code))).isEqualTo("1");
    }

    @Test
    void aCaseOverdueForItsAnswerIsFoundByTheOverdueFilter() {
        String at = OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(30)), VietnamTime.ZONE).toString();
        Api.Reply old = officer.post(cases(w.a().id()), Map.of("at", at, "channel", "IN_PERSON", "topic", "CHE_DO",
                "summary", "Phụ huynh đến hỏi chế độ miễn học phí " + w.tag()));
        Api.Reply recent = officer.post(cases(w.a().id()), Map.of("channel", "EMAIL", "topic", "CHE_DO",
                "summary", "Thư hỏi chế độ hỗ trợ chi phí học tập " + w.tag()));
        String oldCode = (String) old.json().get("code");
        String recentCode = (String) recent.json().get("code");

        assertThat(map(old.json().get("sla"))).containsEntry("clock", "ANSWER").containsEntry("overdue", true);
        assertThat(((Number) map(old.json().get("sla")).get("secondsLeft")).longValue()).isNegative();
        List<String> overdue = codes(officer.get(cases(w.a().id()) + "?overdue=true&topic=CHE_DO&perPage=200"));
        List<String> onTime = codes(officer.get(cases(w.a().id()) + "?overdue=false&topic=CHE_DO&perPage=200"));
        assertThat(overdue).contains(oldCode).doesNotContain(recentCode);
        assertThat(onTime).contains(recentCode).doesNotContain(oldCode);
        Api.Reply paged = officer.get(cases(w.a().id()) + "?topic=CHE_DO&q=" + w.tag() + "&sort=receivedAt&perPage=1");
        assertThat(codes(paged)).containsExactly(oldCode);
        assertThat(paged.json().get("total")).isEqualTo(2);
        assertThat(paged.header("X-Total-Count")).isEqualTo("2");
        String later = OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofMinutes(1)), VietnamTime.ZONE).toString().replace("+", "%2B");
        assertThat(officer.get(cases(w.a().id()) + "?updatedSince=" + later).json().get("total")).isEqualTo(0);
    }

    @Test
    void anotherSchoolsCasesAreNotFoundAndItsOfficerChangesNothing() {
        String code = submit("AN_TOAN", "Xe đưa đón học sinh chạy quá nhanh " + w.tag(), Map.of("phone", "0912 000 111"));
        long id = caseId(code);
        Api sibling = api(officerB.email());

        assertThat(sibling.get(cases(w.a().id()) + "/" + id).status()).isEqualTo(404);
        assertThat(sibling.get(cases(w.b().id()) + "/" + id).status()).isEqualTo(404);
        assertThat(sibling.post(cases(w.b().id()) + "/" + id + "/acknowledge", Map.of()).status()).isEqualTo(404);
        assertThat(sibling.post(cases(w.a().id()) + "/" + id + "/answer", Map.of("text", "Không phải việc của trường B")).status()).isEqualTo(404);
        assertThat(codes(sibling.get(cases(w.b().id())))).doesNotContain(code);
        assertThat(api(w.adminQ().email()).get(cases(w.a().id())).status()).isEqualTo(404);
        assertThat(query("SELECT status FROM desk_case WHERE id = " + id)).isEqualTo("MOI");
    }

    @Test
    void readersOutsideTheDeskSeeNoPersonalDataAndReadOnlyKeysCannotWrite() {
        String code = submit("CAN_BO", "Giáo viên chủ nhiệm thường xuyên đến muộn " + w.tag(),
                Map.of("name", "Phạm Văn Nam", "phone", "0903 111 222", "email", "nam-" + w.tag() + "@example.vn"));
        String base = cases(w.a().id()) + "/" + caseId(code);
        officer.post(base + "/notes", Map.of("text", "Đã gọi lại số 0903 111 222"));

        Api.Reply fromAbove = api(w.reporterD().email()).get(base);
        assertThat(fromAbove.status()).isEqualTo(200);
        assertThat(fromAbove.json()).containsEntry("personalDataShown", false).containsEntry("anonymous", false).containsEntry("citizenName", null)
                .containsEntry("citizenPhone", null).containsEntry("citizenEmail", null);
        assertThat(fromAbove.body()).doesNotContain("Phạm Văn Nam", "0903 111 222", "nam-" + w.tag());
        assertThat(api(w.viewerA().email()).get(cases(w.a().id()) + "?q=" + w.tag()).body()).contains(code).doesNotContain("Phạm Văn Nam");
        assertThat(api(w.reporterD().email()).post(base + "/acknowledge", Map.of()).status()).isEqualTo(403);
        assertThat(api(w.editorA().email()).post(base + "/acknowledge", Map.of()).status()).isEqualTo(403);

        Api readOnly = new Api(server.getURI(), json).withToken(key(Role.HOTLINE_OFFICER, "READ_ONLY"));
        Api.Reply read = readOnly.get(base);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).as("a read-only key may only view").containsEntry("personalDataShown", false).containsEntry("citizenName", null);
        assertThat(read.body()).doesNotContain("Phạm Văn Nam", "0903 111 222");
        assertThat(readOnly.post(base + "/acknowledge", Map.of()).status()).isEqualTo(403);
        assertThat(readOnly.post(cases(w.a().id()), Map.of("channel", "PHONE", "topic", "KHAC", "summary", "Khoá chỉ đọc " + w.tag())).status())
                .isEqualTo(403);
        Api editorKey = new Api(server.getURI(), json).withToken(key(Role.EDITOR, "READ_WRITE"));
        assertThat(editorKey.post(base + "/answer", Map.of("text", "Khoá biên tập")).status()).isEqualTo(403);
        assertThat(query("SELECT status FROM desk_case WHERE code = '" + code + "'")).isEqualTo("MOI");
        assertThat(query("SELECT COUNT(*) FROM desk_case WHERE message = 'Khoá chỉ đọc " + w.tag() + "'")).isEqualTo("0");
    }

    @Test
    void everyAnswerThatShowsTheCitizensDetailsIsRecordedAndReadersWithOnlyViewGetThemMaskedAndUnrecorded() {
        String email = "rieng-tu-api-" + w.tag() + "@example.vn";
        String code = submit("HOC_PHI", "Nhà trường thu tiền gửi xe quá cao " + w.tag(), Map.of("name", "Lê Thị Mai", "phone", "0913 246 810",
                "email", email));
        String anonymous = submit("KHAC", "Căng tin bán hàng không rõ nguồn gốc " + w.tag(), Map.of());
        long id = caseId(code);
        String base = cases(w.a().id()) + "/" + id;
        String viewed = "SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + id + "'";

        assertThat(officer.get(base).json()).containsEntry("personalDataShown", true).containsEntry("citizenEmail", email);
        assertThat(query(viewed + " AND actor_user_id = " + officerA.id() + " AND unit_id = " + w.a().id())).isEqualTo("1");
        assertThat(query("SELECT after_json FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + id + "'"))
                .contains("\"fields\":[\"name\",\"phone\",\"email\"]").doesNotContain("0913").doesNotContain(email).doesNotContain("Mai");
        assertThat(codes(officer.get(cases(w.a().id()) + "?q=" + w.tag() + "&perPage=200"))).contains(code, anonymous);
        assertThat(query(viewed + " AND actor_user_id = " + officerA.id())).as("the list showed it too").isEqualTo("2");
        assertThat(api(w.headA().email()).post(base + "/notes", Map.of("text", "Đã gọi lại")).json()).containsEntry("citizenName", "Lê Thị Mai");
        assertThat(query(viewed + " AND actor_user_id = " + w.headA().id())).as("an answer to a change shows the case again").isEqualTo("1");
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'desk.personal_data.viewed' AND entity_id = '" + caseId(anonymous) + "'"))
                .as("an anonymous case shows no personal data").isEqualTo("0");

        String before = query(viewed);
        List<Api> onlyView = List.of(api(w.viewerA().email()), api(w.editorA().email()), api(w.reporterD().email()), api(w.adminD().email()),
                api(w.platformAdmin().email()), new Api(server.getURI(), json).withToken(key(Role.REPORTER, "READ_ONLY")),
                new Api(server.getURI(), json).withToken(key(Role.EDITOR, "READ_WRITE")),
                new Api(server.getURI(), json).withToken(key(Role.HOTLINE_OFFICER, "READ_ONLY")));
        for (Api reader : onlyView) {
            Api.Reply one = reader.get(base);
            Api.Reply list = reader.get(cases(w.a().id()) + "?q=" + w.tag() + "&perPage=200");
            assertThat(one.status()).as(one.body()).isEqualTo(200);
            assertThat(one.json()).containsEntry("personalDataShown", false).containsEntry("citizenName", null).containsEntry("citizenPhone", null)
                    .containsEntry("citizenEmail", null);
            assertThat(one.body() + list.body()).doesNotContain("Lê Thị Mai", "0913 246 810", email);
            assertThat(codes(list)).contains(code);
        }
        assertThat(query(viewed)).as("nothing shown, nothing recorded").isEqualTo(before);
        Api readWrite = new Api(server.getURI(), json).withToken(key(Role.HOTLINE_OFFICER, "READ_WRITE"));
        assertThat(readWrite.get(base).json()).containsEntry("citizenName", "Lê Thị Mai");
        assertThat(query(viewed + " AND actor_email LIKE 'api-key:%'")).isEqualTo("1");
    }

    // ---- Helpers.

    Api api(String email) {
        return new Api(server.getURI(), json).signIn(email, Fixtures.PASSWORD);
    }

    /** A key of school A, made by its admin through the API, as a call-centre system would be given. */
    String key(Role role, String access) {
        Api.Reply made = api(w.adminA().email()).post("/api/v1/units/" + w.a().id() + "/api-keys", Map.of("name", "Tổng đài " + role + " " + access,
                "role", role.name(), "access", access, "expiresOn", VietnamTime.today(clock).plusMonths(3).toString()));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return (String) made.json().get("secret");
    }

    /** A case through school A's public form; its code. */
    String submit(String topic, String message, Map<String, String> more) {
        Map<String, String> form = new HashMap<>(Map.of("topic", topic, "message", message, "consent", "yes"));
        form.putAll(more);
        Page sent = new Browser(server.getURI()).post("/" + w.a().slug() + "/gui-phan-anh", form);
        assertThat(sent.status()).isEqualTo(200);
        return sent.doc().select("#case-code").text();
    }

    static String cases(long unitId) {
        return "/api/v1/units/" + unitId + "/cases";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<String> codes(Api.Reply list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return ((List<Map<String, Object>>) list.json().get("items")).stream().map(i -> (String) i.get("code")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> steps(Api.Reply one) {
        return ((List<Map<String, Object>>) one.json().get("steps")).stream().map(s -> (String) s.get("kind")).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fieldCodes(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        Map<String, String> codes = new HashMap<>();
        ((List<Map<String, Object>>) reply.json().get("errors")).forEach(e -> codes.put((String) e.get("field"), (String) e.get("code")));
        return codes;
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
