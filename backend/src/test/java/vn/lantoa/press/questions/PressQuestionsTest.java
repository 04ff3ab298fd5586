package vn.lantoa.press.questions;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.calendar.DaysOff;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journalists' questions over HTTP, in Vietnam time on the test clock: due dates in working days (Thursday 10/3/2033 plus
 * five working days, over a weekend and Monday 14/3 made a day off, is Friday 18/3), reminders, the flow from question to
 * mailed answer with its written reply, and who may see and do what.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PressQuestionsTest {

    static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    TestClock clock;
    @Inject
    DaysOff daysOff;
    @Inject
    QuestionReminderJob reminders;

    Fixtures.World w;
    User spokesperson;
    Browser admin;
    Api adminApi;

    @BeforeAll
    void world() {
        clock.freezeAt(LocalDateTime.of(2033, 3, 10, 9, 0));
        TestServers.sql("INSERT IGNORE INTO day_off (off_date, name, created_at) VALUES ('2033-03-14', 'Ngày nghỉ thử câu hỏi báo chí', NOW(6))");
        daysOff.reload();
        w = fixtures.world();
        spokesperson = fixtures.member(w.a(), Role.SPOKESPERSON, "spokes-a", w.tag());
        admin = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        adminApi = api(w.adminA().email());
    }

    @AfterAll
    void cleanUp() {
        TestServers.sql("DELETE FROM day_off WHERE off_date = '2033-03-14'");
        daysOff.reload();
        clock.reset();
    }

    Api api(String email) {
        return new Api(server.getURI(), json).signIn(email, Fixtures.PASSWORD);
    }

    String base(long unitId) {
        return "/admin/u/" + unitId + "/press/questions";
    }

    String apiBase(long unitId) {
        return "/api/v1/units/" + unitId + "/press-questions";
    }

    Map<String, Object> question(String outlet) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("receivedOn", "2033-03-10");
        q.put("channel", "EMAIL");
        q.put("outletName", outlet);
        q.put("journalistName", "Nguyễn Văn Phóng");
        q.put("journalistEmail", "phongvien." + w.tag() + "@baodaklak.example.vn");
        q.put("question", "Sở có kế hoạch gì cho kỳ thi năm nay?");
        return q;
    }

    @Test
    void theDueDateIsTheUnitsFiveWorkingDaysSkippingTheWeekendAndADayOffUnlessSetForTheQuestion() {
        Api.Reply byDefault = adminApi.post(apiBase(w.a().id()), question("Báo Đắk Lắk " + w.tag()));
        assertThat(byDefault.status()).as(byDefault.body()).isEqualTo(201);
        assertThat(byDefault.json().get("dueOn")).isEqualTo("2033-03-18");
        assertThat(byDefault.json().get("dueRule")).isEqualTo("UNIT_DEFAULT:5");

        Map<String, Object> custom = question("Báo Tuổi Trẻ " + w.tag());
        custom.put("dueOn", "2033-03-12");
        Api.Reply set = adminApi.post(apiBase(w.a().id()), custom);
        assertThat(set.json().get("dueOn")).isEqualTo("2033-03-12");
        assertThat(set.json().get("dueRule")).isEqualTo("CUSTOM");

        Page page = admin.get(base(w.a().id()) + "/" + byDefault.json().get("id"));
        assertThat(page.doc().select("#question-due").text()).contains("18/03/2033");
        assertThat(page.doc().select("#question-due-rule").text()).contains("Mặc định của đơn vị: 5 ngày làm việc").contains("Nghị định 09/2017/NĐ-CP");
        assertThat(admin.get(base(w.a().id()) + "/" + set.json().get("id")).doc().select("#question-due-rule").text())
                .contains("Đặt riêng cho câu hỏi này");

        // Received on Saturday 5/3, the count starts on Monday 7/3: five working days on, Monday 14/3 being off, is Tuesday 15/3.
        Map<String, Object> saturday = question("Báo Thanh Niên " + w.tag());
        saturday.put("receivedOn", "2033-03-05");
        assertThat(adminApi.post(apiBase(w.a().id()), saturday).json().get("dueOn")).isEqualTo("2033-03-15");
    }

    @Test
    void theWholeFlowThroughThePagesMailsTheApprovedAnswerWithItsWrittenReplyAndKeepsItAsSent() throws Exception {
        String email = "tuoitre." + w.tag() + "@baodaklak.example.vn";
        assertThat(admin.get(base(w.a().id()) + "/new").doc().select("#h-dueOn").text()).contains("5 ngày làm việc").contains("18/03/2033");
        Page created = admin.post(base(w.a().id()), Map.of("receivedOn", "10/03/2033", "channel", "LETTER", "outletName", "Báo " + HOSTILE,
                "journalistName", "Phóng viên " + HOSTILE, "journalistEmail", email, "question", "Câu hỏi " + HOSTILE,
                "assigneeId", String.valueOf(spokesperson.id())));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        String path = created.location();

        Page drafted = admin.post(path + "/draft", Map.of("draftText", "Trả lời thứ nhất " + HOSTILE + "\nĐoạn thứ hai."));
        assertThat(drafted.status()).isEqualTo(303);
        Page approved = admin.post(path + "/approve", Map.of());
        assertThat(approved.status()).isEqualTo(303);
        Page sent = admin.post(path + "/send", Map.of());
        assertThat(sent.status()).isEqualTo(303);

        Page shown = admin.get(path);
        assertThat(shown.doc().select("#question-status").text()).isEqualTo("Đã trả lời");
        assertThat(shown.doc().select("#question-approver").text()).contains(w.adminA().fullName());
        assertThat(shown.doc().select("#question-answer").text()).contains("Trả lời thứ nhất " + HOSTILE);
        assertThat(shown.body()).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x");
        assertThat(shown.doc().select("#question-steps li")).hasSize(4);
        assertThat(shown.doc().select("#draft-form, #approve-form, #send-form, #decline-form")).isEmpty();

        Mailbox.Mail mail = Mailbox.await(email, "trả lời câu hỏi");
        assertThat(mail.text()).contains("Trả lời thứ nhất " + HOSTILE);
        MimeMessage message = TestServers.smtp().received().stream().filter(m -> to(m).contains(email)).findFirst().orElseThrow();
        Part file = ((Multipart) message.getContent()).getBodyPart(1);
        assertThat(file.getFileName()).startsWith("cong-van-tra-loi-YC-2033-");
        byte[] attached;
        try (InputStream in = file.getInputStream()) {
            attached = in.readAllBytes();
        }
        assertThat(new String(attached, 0, 5)).isEqualTo("%PDF-");

        Page pdf = admin.get(path + "/reply.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");

        // Kept as sent: no more edits, drafts or second sending.
        Page again = admin.post(path + "/draft", Map.of("draftText", "Sửa sau khi gửi"));
        assertThat(again.status()).isEqualTo(303);
        assertThat(one("SELECT answer_text FROM press_question WHERE id = " + id(path))).startsWith("Trả lời thứ nhất");
        assertThat(admin.get(path + "/edit").status()).isEqualTo(303);
    }

    @Test
    void declaringARefusalNeedsAReasonAndClosesTheQuestionWithAWrittenReply() {
        Api.Reply q = adminApi.post(apiBase(w.a().id()), question("Báo Lao Động " + w.tag()));
        String path = base(w.a().id()) + "/" + q.json().get("id");
        Page noReason = admin.post(path + "/decline", Map.of("reason", "  "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.doc().select("#e-reason").text()).isEqualTo("Vui lòng nêu lý do từ chối cung cấp thông tin.");
        assertThat(admin.post(path + "/decline", Map.of("reason", "Nội dung thuộc bí mật kỳ thi đang được giữ kín.")).status()).isEqualTo(303);
        assertThat(admin.get(path).doc().select("#question-status").text()).isEqualTo("Từ chối (có lý do)");
        assertThat(Mailbox.await((String) q.json().get("journalistEmail"), "phản hồi đề nghị").text()).contains("bí mật kỳ thi");
    }

    @Test
    void theApiWorksTheStepsWithIdempotencyVersionsAndStableErrors() {
        Map<String, Object> body = question("Đài PT-TH Đắk Lắk " + w.tag());
        String key = "cau-hoi-" + w.tag();
        Api.Reply created = adminApi.postWith(apiBase(w.a().id()), body, "Idempotency-Key", key);
        Api.Reply repeated = adminApi.postWith(apiBase(w.a().id()), body, "Idempotency-Key", key);
        assertThat(created.status()).isEqualTo(201);
        assertThat(repeated.json().get("id")).isEqualTo(created.json().get("id"));
        String one = apiBase(w.a().id()) + "/" + created.json().get("id");

        Api.Reply read = adminApi.get(one);
        String etag = read.header("ETag");
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("question", "Câu hỏi đã sửa");
        assertThat(adminApi.putWith(one, changed, "If-Match", etag).status()).isEqualTo(200);
        Api.Reply stale = adminApi.putWith(one, changed, "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("STALE_VERSION");

        assertThat(adminApi.post(one + "/approve", Map.of()).code()).isEqualTo("QUESTION_NOT_DRAFTED");
        assertThat(adminApi.post(one + "/draft", Map.of("draftText", "Trả lời qua API")).json().get("status")).isEqualTo("DRAFTED");
        assertThat(adminApi.post(one + "/send", Map.of()).code()).isEqualTo("QUESTION_NOT_APPROVED");
        Api.Reply approved = api(spokesperson.email()).post(one + "/approve", Map.of());
        assertThat(((Number) approved.json().get("approvedBy")).longValue()).isEqualTo(spokesperson.id());
        assertThat(adminApi.post(one + "/send", Map.of()).json().get("status")).isEqualTo("SENT");
        Api.Reply closed = adminApi.post(one + "/decline", Map.of("reason", "muộn"));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.code()).isEqualTo("QUESTION_CLOSED");

        Api.Reply bad = adminApi.post(apiBase(w.a().id()), Map.of("receivedOn", "2033-03-11", "channel", "FAX", "journalistEmail", "khong-phai-email",
                "question", " ", "dueOn", "2033-03-01", "assigneeId", w.adminB().id()));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.body()).contains("Ngày nhận không thể sau hôm nay.").contains("Vui lòng chọn hình thức nhận câu hỏi.")
                .contains("Vui lòng nhập nội dung câu hỏi.");
        Api.Reply elsewhere = adminApi.post(apiBase(w.a().id()), Map.of("receivedOn", "2033-03-10", "channel", "EMAIL", "outletName", "Báo",
                "journalistName", "Phóng viên", "question", "Hỏi", "assigneeId", w.adminB().id()));
        assertThat(elsewhere.body()).contains("Chỉ giao được cho người phát ngôn, trưởng ban hoặc quản trị viên của đơn vị.");

        Api.Reply open = adminApi.get(apiBase(w.a().id()) + "?status=OPEN");
        assertThat(open.status()).isEqualTo(200);
        assertThat(adminApi.get(apiBase(w.a().id()) + "?status=LATE").code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void remindersGoToTheAssigneeAndSpokespersonTheWorkingDayBeforeAndOnTheDueDateAndTheHeadOnceWhenOverdue() {
        Fixtures.World v = fixtures.world();
        User spokes = fixtures.member(v.a(), Role.SPOKESPERSON, "spokes-a", v.tag());
        Map<String, Object> body = question("Báo Nhân Dân " + v.tag());
        body.put("assigneeId", spokes.id());
        Api.Reply q = api(v.adminA().email()).post(apiBase(v.a().id()), body);
        assertThat(q.json().get("dueOn")).isEqualTo("2033-03-18");
        try {
            clock.freezeAt(LocalDateTime.of(2033, 3, 16, 8, 0));
            reminders.run();
            assertThat(count("SELECT COUNT(*) FROM press_question_step WHERE question_id = " + q.json().get("id") + " AND reminded_due_on IS NOT NULL"))
                    .isZero();
            clock.freezeAt(LocalDateTime.of(2033, 3, 17, 6, 30));
            reminders.run();
            assertThat(Mailbox.of(spokes.email())).isEmpty();
            clock.freezeAt(LocalDateTime.of(2033, 3, 17, 8, 0));
            reminders.run();
            reminders.run();
            assertThat(Mailbox.await(spokes.email(), "Nhắc việc").text()).contains("18/03/2033");
            clock.freezeAt(LocalDateTime.of(2033, 3, 18, 8, 0));
            reminders.run();
            assertThat(Mailbox.await(spokes.email(), "Đến hạn hôm nay").subject()).contains(v.tag());
            clock.freezeAt(LocalDateTime.of(2033, 3, 21, 8, 0));
            reminders.run();
            reminders.run();
            assertThat(Mailbox.await(v.headA().email(), "Quá hạn").text()).contains("đã quá hạn");
            clock.freezeAt(LocalDateTime.of(2033, 3, 22, 8, 0));
            reminders.run();
            assertThat(count("SELECT COUNT(*) FROM press_question_step WHERE question_id = " + q.json().get("id") + " AND reminded_due_on IS NOT NULL"))
                    .isEqualTo(3);
            assertThat(Mailbox.of(spokes.email())).hasSize(2);
            assertThat(Mailbox.of(v.headA().email()).stream().filter(m -> m.subject().startsWith("Quá hạn"))).hasSize(1);
            Page list = new Browser(server.getURI()).signIn(v.adminA().email(), Fixtures.PASSWORD).get(base(v.a().id()) + "?overdue=1");
            assertThat(list.doc().select("tr[data-question=" + q.json().get("id") + "] .overdue")).hasSize(1);
        } finally {
            clock.freezeAt(LocalDateTime.of(2033, 3, 10, 9, 0));
        }
    }

    @Test
    void siblingsGet404AndViewersEditorsAndTheUnitAboveGet403AndNothingChanges() {
        Api.Reply q = adminApi.post(apiBase(w.a().id()), question("Báo Giáo dục " + w.tag()));
        long id = ((Number) q.json().get("id")).longValue();
        String before = one("SELECT CONCAT(version, status, question) FROM press_question WHERE id = " + id);
        String page = base(w.a().id()) + "/" + id;

        Browser sibling = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        assertThat(sibling.get(page).status()).isEqualTo(404);
        assertThat(api(w.adminB().email()).get(apiBase(w.b().id()) + "/" + id).status()).isEqualTo(404);
        assertThat(sibling.post(base(w.b().id()) + "/" + id + "/draft", Map.of("draftText", "x")).status()).isEqualTo(404);
        for (User user : List.of(w.viewerA(), w.editorA(), w.adminD(), w.adminP())) {
            Browser b = new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
            assertThat(b.get(base(w.a().id())).status()).as(user.email()).isEqualTo(403);
            assertThat(b.get(page).status()).as(user.email()).isEqualTo(403);
            assertThat(b.post(page + "/draft", Map.of("draftText", "x")).status()).as(user.email()).isEqualTo(403);
            assertThat(api(user.email()).get(apiBase(w.a().id()) + "/" + id).status()).as(user.email()).isEqualTo(403);
        }
        // The head works the desk but only those the decree names approve; a spokesperson may.
        assertThat(one("SELECT CONCAT(version, status, question) FROM press_question WHERE id = " + id)).isEqualTo(before);
        Page list = admin.get(base(w.a().id()));
        assertThat(list.doc().select("#press-tabs a[aria-current=page]").text()).isEqualTo("Câu hỏi của báo chí");
    }

    private static List<String> to(MimeMessage m) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (Exception e) {
            return new ArrayList<>();
        }
    }

    private static long id(String path) {
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    static String one(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql) {
        return Long.parseLong(one(sql));
    }
}
