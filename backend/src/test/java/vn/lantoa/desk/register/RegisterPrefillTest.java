package vn.lantoa.desk.register;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.form.FieldType;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormSection;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.RollUp;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationDraft;
import vn.lantoa.reporting.obligation.ObligationService;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.obligation.ReportAudience;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's monthly report starts from its desk and its register: the counts of feedback received and handled and the
 * table of public-opinion issues of the month (Vietnam time), equal to what the desk's own tables say.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterPrefillTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    TestClock clock;
    @Inject
    ObligationService obligations;
    @Inject
    UnitRefRepository refs;

    Fixtures.World w;
    User officerA;

    @BeforeAll
    void world() {
        clock.runFrom(LocalDateTime.of(2026, 11, 20, 10, 0));
        w = fixtures.world();
        officerA = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline-a", w.tag());
    }

    /** A monthly report whose numbers and table of issues declare where their first values come from. */
    Obligation monthlyReport(Fixtures.World w) {
        Actor platform = fixtures.actor(w.platformAdmin());
        var issuer = refs.findById(w.d().id()).orElseThrow();
        FormDefinition definition = new FormDefinition("Báo cáo tình hình dư luận tháng " + w.tag(), List.of(
                new FormSection("tong_hop", "I. Tổng hợp", false, List.of(
                        number("y_kien_nhan", "Số ý kiến, phản ánh nhận được", "FEEDBACK_RECEIVED"),
                        number("y_kien_xu_ly", "Số ý kiến, phản ánh đã xử lý", "FEEDBACK_HANDLED"),
                        number("so_vu_viec", "Số vụ việc dư luận phát sinh", "OPINION_ISSUES_ARISEN"),
                        number("da_xu_ly", "Số vụ việc đã xử lý xong", "OPINION_ISSUES_RESOLVED"))),
                new FormSection("vu_viec", "II. Vụ việc dư luận", true, List.of(
                        new FormField("noi_dung", "Nội dung vụ việc", FieldType.TEXT, true, null, null, null, null, null, "OPINION_ISSUE_TITLE"),
                        new FormField("nguon", "Nguồn", FieldType.SINGLE_CHOICE, true, null, null, null, List.of("Mạng xã hội", "Báo chí", "Khác"),
                                null, "OPINION_ISSUE_SOURCE"),
                        new FormField("cach_xu_ly", "Cách xử lý", FieldType.TEXT, false, null, null, null, null, null, "OPINION_ISSUE_HANDLING"),
                        new FormField("ket_qua", "Kết quả", FieldType.LONG_TEXT, false, null, null, null, null, null, "OPINION_ISSUE_RESULT")))),
                List.of());
        ReportForm form = obligations.createForm(platform, issuer, definition);
        return obligations.createObligation(platform, issuer, new ObligationDraft(form.id(), "Báo cáo dư luận tháng " + w.tag(),
                ReportAudience.parse("TYPE:SCHOOL"), Recipient.PARENT, PeriodType.MONTHLY, DueRule.parse("DAY_OF_NEXT_MONTH:20"), false, null, "3",
                null, null, false, LocalDate.of(2026, 1, 1)));
    }

    static FormField number(String key, String label, String prefill) {
        return new FormField(key, label, FieldType.NUMBER, true, null, 0.0, null, null, RollUp.SUM, prefill);
    }

    @Test
    void theMonthlyReportStartsFromTheDeskAndTheRegisterAndEqualsAnIndependentCountOfTheirTables() {
        long a = w.a().id();
        // October 2026 in Vietnam: from 30/9 17:00 UTC to 31/10 17:00 UTC.
        kase(a, "PA-2610-AAA2", vn("2026-10-01T00:30"), vn("2026-10-05T09:00"), null, false);
        kase(a, "PA-2610-AAA3", vn("2026-10-15T08:00"), null, vn("2026-10-20T10:00"), false);
        kase(a, "PA-2610-AAA4", vn("2026-10-31T23:30"), vn("2026-11-02T09:00"), null, false);
        kase(a, "PA-2610-AAA5", vn("2026-10-10T08:00"), null, null, true);
        kase(a, "PA-2609-AAA6", vn("2026-09-30T23:30"), vn("2026-10-02T09:00"), null, false);
        kase(a, "PA-2611-AAA7", vn("2026-11-01T00:10"), null, null, false);
        kase(w.b().id(), "PA-2610-BBB2", vn("2026-10-12T08:00"), vn("2026-10-13T08:00"), null, false);

        Api officer = new Api(server.getURI(), json).signIn(officerA.email(), Fixtures.PASSWORD);
        long first = issue(officer, a, Map.of("title", "Clip phụ huynh phản ánh khoản thu đầu năm", "source", "SOCIAL_MEDIA", "firstSeenOn",
                "2026-10-03", "severity", "HIGH", "status", "HANDLING", "handling", "Gặp phụ huynh\nCông khai các khoản thu theo quy định"));
        long second = issue(officer, a, Map.of("title", "Báo đưa tin về nhà vệ sinh xuống cấp", "source", "PRESS", "firstSeenOn", "2026-10-20",
                "severity", "MEDIUM", "status", "RESOLVED", "result", "Đã sửa chữa, mời phóng viên đến kiểm tra"));
        issue(officer, a, Map.of("title", "Ý kiến tại hội nghị cha mẹ học sinh về giờ tan học", "source", "MEETING", "firstSeenOn", "2026-10-28",
                "severity", "LOW", "status", "RESOLVED", "result", "Điều chỉnh giờ tan học"));
        issue(officer, a, Map.of("title", "Tin đồn tháng chín", "source", "OTHER", "firstSeenOn", "2026-09-15", "severity", "LOW", "status", "WATCHING"));
        issue(new Api(server.getURI(), json).signIn(w.adminB().email(), Fixtures.PASSWORD), w.b().id(), Map.of("title", "Vụ việc của trường bên cạnh",
                "source", "PRESS", "firstSeenOn", "2026-10-05", "severity", "LOW", "status", "WATCHING"));
        // The second was handled within October; the third only now, after the month ended.
        execute("UPDATE public_opinion_issue SET resolved_at = ? WHERE id = ?", Timestamp.from(vn("2026-10-25T16:00")), second);

        Obligation report = monthlyReport(w);
        Browser adminA = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        Document page = adminA.get("/admin/u/" + a + "/reports/" + report.id() + "/2026-10").doc();

        String from = "2026-09-30 17:00:00";
        String to = "2026-10-31 17:00:00";
        long received = RegisterTest.count("SELECT COUNT(*) FROM desk_case WHERE unit_id = ? AND spam = 0 AND received_at >= ? AND received_at < ?",
                a, from, to);
        long handled = RegisterTest.count("SELECT COUNT(*) FROM desk_case WHERE unit_id = ? AND spam = 0 AND received_at >= ? AND received_at < ? "
                + "AND LEAST(IFNULL(answered_at, '9999-01-01'), IFNULL(closed_at, '9999-01-01')) < ?", a, from, to, to);
        long arisen = RegisterTest.count("SELECT COUNT(*) FROM public_opinion_issue WHERE unit_id = ? AND first_seen_on BETWEEN '2026-10-01' AND '2026-10-31'", a);
        long resolved = RegisterTest.count("SELECT COUNT(*) FROM public_opinion_issue WHERE unit_id = ? AND first_seen_on BETWEEN '2026-10-01' AND '2026-10-31' "
                + "AND status = 'RESOLVED' AND resolved_at < ?", a, to);

        assertThat(List.of(received, handled, arisen, resolved)).as("the scenario itself").containsExactly(3L, 2L, 3L, 1L);
        assertThat(page.select("#f-y_kien_nhan").attr("value")).isEqualTo(String.valueOf(received));
        assertThat(page.select("#f-y_kien_xu_ly").attr("value")).isEqualTo(String.valueOf(handled));
        assertThat(page.select("#f-so_vu_viec").attr("value")).isEqualTo(String.valueOf(arisen));
        assertThat(page.select("#f-da_xu_ly").attr("value")).isEqualTo(String.valueOf(resolved));

        assertThat(page.select("[name='vu_viec[0].noi_dung']").attr("value")).isEqualTo("Clip phụ huynh phản ánh khoản thu đầu năm");
        assertThat(page.select("[name='vu_viec[0].nguon'] option[selected]").attr("value")).isEqualTo("Mạng xã hội");
        assertThat(page.select("[name='vu_viec[0].cach_xu_ly']").attr("value")).isEqualTo("Gặp phụ huynh; Công khai các khoản thu theo quy định");
        assertThat(page.select("[name='vu_viec[1].noi_dung']").attr("value")).isEqualTo("Báo đưa tin về nhà vệ sinh xuống cấp");
        assertThat(page.select("[name='vu_viec[1].nguon'] option[selected]").attr("value")).isEqualTo("Báo chí");
        assertThat(page.select("[name='vu_viec[1].ket_qua']").text()).isEqualTo("Đã sửa chữa, mời phóng viên đến kiểm tra");
        assertThat(page.select("[name='vu_viec[2].nguon'] option[selected]").attr("value")).as("a meeting, which the form's choices call Khác")
                .isEqualTo("Khác");
        assertThat(page.select("[name='vu_viec[3].noi_dung']").attr("value")).as("an empty row to add to, no fourth issue").isEmpty();
        assertThat(page.select("#f-y_kien_nhan").hasAttr("disabled")).as("the unit may still correct the figure").isFalse();
        assertThat(first).isPositive();
    }

    @Test
    void aDraftOpenedEarlyCatchesUpWithTheDeskAndTheRegisterWhenTheUnitTakesTheFiguresAgain() {
        Fixtures.World w2 = fixtures.world();
        long a = w2.a().id();
        Obligation report = monthlyReport(w2);
        Browser adminA = new Browser(server.getURI()).signIn(w2.adminA().email(), Fixtures.PASSWORD);
        String url = "/admin/u/" + a + "/reports/" + report.id() + "/2026-10";
        String token = adminA.get(url).doc().select("input[name=token]").attr("value");
        Map<String, String> typed = Map.of("token", token, "y_kien_nhan", "0", "y_kien_xu_ly", "0", "so_vu_viec", "0", "da_xu_ly", "0",
                "vu_viec[0].noi_dung", "Vụ việc ghi tay trước khi có sổ", "vu_viec[0].nguon", "Báo chí");
        assertThat(adminA.post(url + "?action=save", typed).status()).isEqualTo(303);

        kase(a, "PA-2610-CCC2", vn("2026-10-09T08:00"), vn("2026-10-09T15:00"), null, false);
        issue(new Api(server.getURI(), json).signIn(w2.adminA().email(), Fixtures.PASSWORD), a, Map.of("title", "Phụ huynh phản ánh về bãi gửi xe",
                "source", "CASE", "firstSeenOn", "2026-10-08", "severity", "MEDIUM", "status", "HANDLING", "caseCodes", List.of()));
        Page before = adminA.get(url);
        assertThat(before.doc().select("#f-y_kien_nhan").attr("value")).as("the draft keeps what was saved").isEqualTo("0");
        assertThat(before.doc().select("#refill")).isNotEmpty();

        Page refilled = adminA.post(url + "?action=refill", typed);

        assertThat(refilled.status()).isEqualTo(303);
        var page = adminA.get(url).doc();
        assertThat(page.select("#f-y_kien_nhan").attr("value")).isEqualTo("1");
        assertThat(page.select("#f-y_kien_xu_ly").attr("value")).isEqualTo("1");
        assertThat(page.select("#f-so_vu_viec").attr("value")).isEqualTo("1");
        assertThat(page.select("[name='vu_viec[0].noi_dung']").attr("value")).isEqualTo("Phụ huynh phản ánh về bãi gửi xe");
        assertThat(page.select("[name='vu_viec[0].nguon'] option[selected]").attr("value")).as("feedback, which the form's choices call Khác")
                .isEqualTo("Khác");
        assertThat(page.select("[name='vu_viec[1].noi_dung']").attr("value")).isEmpty();
    }

    static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TestClock.VIETNAM).toInstant();
    }

    void kase(long unitId, String code, Instant received, Instant answered, Instant closed, boolean spam) {
        String status = closed != null ? "DA_DONG" : answered != null ? "DA_TRA_LOI" : "MOI";
        execute("INSERT INTO desk_case (unit_id, code, channel, topic, message, message_hash, search_text, status, spam, received_at, answered_at, "
                        + "closed_at, created_at, updated_at, version) VALUES (?, ?, 'PHONE', 'KHAC', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                unitId, code + "-" + w.tag().substring(0, Math.min(4, w.tag().length())), "Phản ánh " + code, String.format("%064d", Math.abs(code.hashCode())),
                "phan anh", status, spam, Timestamp.from(received), answered == null ? null : Timestamp.from(answered),
                closed == null ? null : Timestamp.from(closed), Timestamp.from(received), Timestamp.from(received));
    }

    static long issue(Api api, long unitId, Map<String, Object> body) {
        Api.Reply r = api.post("/api/v1/units/" + unitId + "/public-opinion-issues", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return ((Number) r.json().get("id")).longValue();
    }

    static void execute(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
