package vn.lantoa.press.incidents;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.press.Severity;
import vn.lantoa.press.board.IncidentsReachingHere;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.press.incidents.IncidentFixture.base;
import static vn.lantoa.press.incidents.IncidentFixture.count;
import static vn.lantoa.press.incidents.IncidentFixture.form;
import static vn.lantoa.press.incidents.IncidentFixture.idOf;
import static vn.lantoa.press.incidents.IncidentFixture.mails;
import static vn.lantoa.press.incidents.IncidentFixture.one;

/** Incidents over HTTP: the school's desk opens and works them, the spokesperson speaks and closes, the units above are told and read. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    IncidentsReachingHere reaching;
    @Inject
    UnitRefRepository units;

    Fixtures.World w;
    User officerA;
    User spokesA;
    User spokesD;
    User spokesP;
    Browser officer;
    Browser spokes;

    @BeforeAll
    void world() {
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 0));
        w = fixtures.world();
        officerA = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline-a", w.tag());
        spokesA = fixtures.member(w.a(), Role.SPOKESPERSON, "spokes-a", w.tag());
        spokesD = fixtures.member(w.d(), Role.SPOKESPERSON, "spokes-d", w.tag());
        spokesP = fixtures.member(w.p(), Role.SPOKESPERSON, "spokes-p", w.tag());
        officer = new Browser(server.getURI()).signIn(officerA.email(), Fixtures.PASSWORD);
        spokes = new Browser(server.getURI()).signIn(spokesA.email(), Fixtures.PASSWORD);
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    long open(String title, String type, String severity, String alert) {
        return idOf(officer.post(base(w.a().id()), form(title, type, severity, alert)));
    }

    String incident(long id) {
        return base(w.a().id()) + "/" + id;
    }

    @Test
    void theStatementClockRunsTwentyFourHoursFromTheFirstAlertAndShowsHowLateInVietnamTime() {
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 0));
        long id = open("Học sinh ngã cầu thang " + w.tag(), "ACCIDENT", "MINOR", "10/12/2026 07:45");

        Page page = officer.get(incident(id));
        assertThat(page.doc().select("#statement-clock").attr("data-state")).isEqualTo("RUNNING");
        assertThat(page.doc().select("#statement-clock").text()).contains("Còn 22 giờ 45 phút (hạn 11/12/2026 07:45)");

        clock.freezeAt(LocalDateTime.of(2026, 12, 11, 9, 5));
        Page late = officer.get(incident(id));
        assertThat(late.doc().select("#statement-clock").attr("data-state")).isEqualTo("LATE");
        assertThat(late.doc().select("#statement-clock").text()).contains("Đã trễ 1 giờ 20 phút (hạn 11/12/2026 07:45)");
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 0));
    }

    @Test
    void theUnitsOwnStatementHoursSetTheClock() {
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 0));
        var school = fixtures.unit(fixtures.actor(w.platformAdmin()), w.d().id(), "Trường Tiểu học Sáu Giờ " + w.tag(),
                vn.lantoa.tenancy.UnitType.SCHOOL, vn.lantoa.tenancy.SchoolLevel.TH);
        User head = fixtures.member(school, Role.COMMITTEE_HEAD, "head-6h", w.tag());
        TestServers.sql("INSERT INTO press_settings (unit_id, question_due_days, statement_hours, digest_frequency, updated_at) VALUES (" + school.id()
                + ", 5, 6, 'DAILY', NOW())");
        Browser b = new Browser(server.getURI()).signIn(head.email(), Fixtures.PASSWORD);

        long id = idOf(b.post(base(school.id()), form("Tin đồn ngộ độc " + w.tag(), "FOOD_POISONING", "MINOR", "10/12/2026 08:00")));

        assertThat(one("SELECT statement_due_at FROM press_incident WHERE id = ?", id)).startsWith("2026-12-10 07:00:00");
        assertThat(b.get(base(school.id()) + "/" + id).doc().select("#statement-clock").text()).contains("Còn 5 giờ 0 phút (hạn 10/12/2026 14:00)");
    }

    @Test
    void theFirstHoldingStatementIsPublishedOnTheUnitsSiteAndStopsTheClock() {
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 0));
        long id = open("Phụ huynh tụ tập trước cổng trường " + w.tag(), "OTHER", "MINOR", "10/12/2026 08:00");
        Page form = spokes.get(incident(id));
        assertThat(form.doc().select("#statement-form")).hasSize(1);
        assertThat(form.body()).contains("Nghị định 09/2017");

        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 11, 30));
        Page published = spokes.post(incident(id) + "/statement", Map.of("statementTitle", "Thông tin ban đầu <script>alert(1)</script> " + w.tag(),
                "statementText", "Nhà trường đã làm việc với phụ huynh.\n\n<img src=x onerror=alert(1)> Sẽ thông tin tiếp."));
        assertThat(published.status()).as(published.body()).isEqualTo(303);

        String articleId = one("SELECT ref_id FROM press_incident_link WHERE incident_id = ? AND kind = 'ARTICLE'", id);
        assertThat(one("SELECT status FROM article WHERE id = ?", articleId)).isEqualTo("PUBLISHED");
        assertThat(one("SELECT kind FROM article WHERE id = ?", articleId)).isEqualTo("PRESS_RELEASE");
        assertThat(one("SELECT body_html FROM article WHERE id = ?", articleId)).doesNotContain("<img").contains("&lt;img");
        assertThat(one("SELECT first_statement_at FROM press_incident WHERE id = ?", id)).startsWith("2026-12-10 04:30:00");

        clock.freezeAt(LocalDateTime.of(2026, 12, 12, 9, 0));
        Page page = officer.get(incident(id));
        assertThat(page.doc().select("#statement-clock").attr("data-state")).isEqualTo("MADE_ON_TIME");
        assertThat(page.doc().select("#statement-clock").text()).contains("Thông cáo đầu tiên lúc 10/12/2026 11:30");
        assertThat(page.doc().select("#incident-timeline li[data-kind=STATEMENT]").text()).contains("<script>alert(1)</script>");
        assertThat(page.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(page.doc().select("#incident-links li[data-link=ARTICLE-" + articleId + "]")).hasSize(1);

        // A second statement later does not move the first statement's time.
        spokes.post(incident(id) + "/statement", Map.of("statementTitle", "Thông tin tiếp theo " + w.tag(), "statementText", "Mọi việc đã ổn."));
        assertThat(one("SELECT first_statement_at FROM press_incident WHERE id = ?", id)).startsWith("2026-12-10 04:30:00");
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 0));
    }

    @Test
    void theHotlineOfficerMayNotPublishAStatement() {
        long id = open("Tin đồn trên mạng " + w.tag(), "FAKE_NEWS", "MINOR", "10/12/2026 08:00");
        assertThat(officer.get(incident(id)).doc().select("#statement-form")).isEmpty();
        long before = count("SELECT COUNT(*) FROM article WHERE unit_id = ?", w.a().id());

        assertThat(officer.post(incident(id) + "/statement", Map.of("statementTitle", "Không được", "statementText", "x")).status()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM article WHERE unit_id = ?", w.a().id())).isEqualTo(before);
    }

    @Test
    void theNearestPlaybooksStepsBecomeTasksDueHoursAfterTheFirstAlertAndItsDraftIsOffered() {
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 0));
        Browser adminP = new Browser(server.getURI()).signIn(w.adminP().email(), Fixtures.PASSWORD);
        Page saved = adminP.post("/admin/u/" + w.p().id() + "/press/playbooks", Map.of("type", "SCHOOL_VIOLENCE", "title", "Bạo lực học đường (Sở)",
                "steps", "Báo cáo Phòng GDĐT | Hiệu trưởng | 2\nGặp gia đình học sinh | Giáo viên chủ nhiệm | 12",
                "calls", "Nguyễn Văn Hòa | Chánh Văn phòng Sở | 0262 3852 123", "draftStatement", "Nhà trường đang phối hợp với gia đình."));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);

        long id = open("Học sinh đánh nhau " + w.tag(), "SCHOOL_VIOLENCE", "MINOR", "10/12/2026 07:00");

        Page page = officer.get(incident(id));
        assertThat(page.doc().select("#incident-tasks li[data-task]")).hasSize(2);
        assertThat(page.doc().select("#incident-tasks li[data-task]").get(0).text()).contains("Báo cáo Phòng GDĐT").contains("Hiệu trưởng")
                .contains("hạn 10/12/2026 09:00");
        assertThat(page.doc().select("#incident-tasks li[data-task]").get(1).text()).contains("hạn 10/12/2026 19:00");
        assertThat(page.doc().select("#incident-calls").text()).contains("Nguyễn Văn Hòa").contains("0262 3852 123");
        assertThat(spokes.get(incident(id)).doc().select("#f-statementText").text()).isEqualTo("Nhà trường đang phối hợp với gia đình.");

        // The school's own playbook of the same type comes first; the province's is listed as the parent's, read-only.
        Browser adminA = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        idOf(adminA.post("/admin/u/" + w.a().id() + "/press/playbooks", Map.of("type", "SCHOOL_VIOLENCE", "title", "Bạo lực (trường)",
                "steps", "Tách các em ra | Bảo vệ | 0", "calls", "", "draftStatement", "")));
        long own = open("Học sinh xô xát " + w.tag(), "SCHOOL_VIOLENCE", "MINOR", "10/12/2026 08:00");
        assertThat(officer.get(incident(own)).doc().select("#incident-tasks li[data-task]")).hasSize(1);
        Page list = adminA.get("/admin/u/" + w.a().id() + "/press/playbooks");
        assertThat(list.doc().select("#playbooks tr[data-playbook]").text()).contains("Bạo lực (trường)").contains("Bạo lực học đường (Sở)").contains("Cấp trên");
        String parentsId = one("SELECT id FROM press_playbook WHERE unit_id = ?", w.p().id());
        assertThat(adminA.get("/admin/u/" + w.a().id() + "/press/playbooks/" + parentsId).doc().select("#read-only")).hasSize(1);
        assertThat(adminA.get("/admin/u/" + w.a().id() + "/press/playbooks/" + parentsId + "/edit").status()).isEqualTo(404);
    }

    @Test
    void aPlaybookWithABadStepLineIsRefusedWithTheLineNamed() {
        Browser adminA = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        Page bad = adminA.post("/admin/u/" + w.a().id() + "/press/playbooks", Map.of("type", "EXAM_LEAK", "title", "<b>Lộ đề</b>",
                "steps", "Niêm phong đề | Trưởng điểm | 1\nBáo Bộ | | mười", "calls", "", "draftStatement", ""));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.doc().select("#e-steps").text()).isEqualTo("Dòng 2 chưa đúng dạng Việc cần làm | Người làm | Số giờ (0 đến 720).");
        assertThat(count("SELECT COUNT(*) FROM press_playbook WHERE unit_id = ? AND incident_type = 'EXAM_LEAK'", w.a().id())).isZero();
    }

    @Test
    void escalationMailsReachAsManyLevelsAsTheSeverity() {
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 0));
        String minor = "Nhẹ " + w.tag();
        String serious = "Trung bình " + w.tag();
        String grave = "Nghiêm trọng " + w.tag();
        open(minor, "OTHER", "MINOR", "10/12/2026 08:00");
        long seriousId = open(serious, "OTHER", "SERIOUS", "10/12/2026 08:00");
        open(grave, "OTHER", "GRAVE", "10/12/2026 08:00");

        assertThat(mails(spokesD.email(), minor) + mails(w.adminD().email(), minor) + mails(spokesP.email(), minor)).isZero();
        assertThat(mails(spokesD.email(), serious)).isEqualTo(1);
        assertThat(mails(w.adminD().email(), serious)).isEqualTo(1);
        assertThat(mails(spokesP.email(), serious)).isZero();
        assertThat(mails(spokesD.email(), grave)).isEqualTo(1);
        assertThat(mails(spokesP.email(), grave)).isEqualTo(1);
        assertThat(mails(w.adminP().email(), grave)).isEqualTo(1);
        assertThat(mails(w.viewerA().email(), grave) + mails(w.editorD().email(), grave)).isZero();
        assertThat(Mailbox.await(spokesD.email(), serious).text()).contains(serious).contains(incident(seriousId));

        // Raising the serious one to critical tells the province now, and the district not twice.
        assertThat(officer.post(incident(seriousId) + "/severity", Map.of("severity", "CRITICAL")).status()).isEqualTo(303);
        assertThat(mails(spokesP.email(), serious)).isEqualTo(1);
        assertThat(mails(spokesD.email(), serious)).isEqualTo(1);
        assertThat(officer.get(incident(seriousId)).doc().select("#incident-timeline li[data-kind=ESCALATED]").text()).contains(w.p().name());
    }

    @Test
    void escalatedIncidentsReachTheUnitsAboveOnlyAsFarAsTheirSeverity() {
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 0));
        UnitRef district = units.findById(w.d().id()).orElseThrow();
        UnitRef province = units.findById(w.p().id()).orElseThrow();
        Map<Severity, Long> districtBefore = reaching.of(district).bySeverity();
        Map<Severity, Long> provinceBefore = reaching.of(province).bySeverity();
        long minor = open("Chỉ trường biết " + w.tag(), "OTHER", "MINOR", "10/12/2026 08:00");
        long serious = open("Phòng biết " + w.tag(), "OTHER", "SERIOUS", "10/12/2026 07:00");
        open("Mọi cấp biết " + w.tag(), "OTHER", "CRITICAL", "10/12/2026 08:30");

        // The one query the home card reads (press.board): a serious incident reaches one level up, a critical one every level.
        IncidentsReachingHere.Card forDistrict = reaching.of(district);
        IncidentsReachingHere.Card forProvince = reaching.of(province);
        assertThat(added(forDistrict, districtBefore)).containsExactly(0L, 1L, 0L, 1L);
        assertThat(added(forProvince, provinceBefore)).containsExactly(0L, 0L, 0L, 1L);
        assertThat(forProvince.items().stream().map(IncidentsReachingHere.Item::id)).doesNotContain(serious, minor);
        assertThat(forDistrict.items().stream().map(IncidentsReachingHere.Item::id)).doesNotContain(minor);
        assertThat(reaching.of(units.findById(w.a().id()).orElseThrow()).total()).isZero();
    }

    /** How many more incidents of each severity, MINOR to CRITICAL, reach the unit than before. */
    private static List<Long> added(IncidentsReachingHere.Card card, Map<Severity, Long> before) {
        return Arrays.stream(Severity.values()).map(s -> card.bySeverity().get(s) - before.get(s)).toList();
    }

    @Test
    void theUnitsAboveReadAnIncidentButChangeNothing() {
        long id = open("Đọc từ trên " + w.tag(), "OTHER", "MINOR", "10/12/2026 08:00");
        Browser adminD = new Browser(server.getURI()).signIn(w.adminD().email(), Fixtures.PASSWORD);
        Browser adminP = new Browser(server.getURI()).signIn(w.adminP().email(), Fixtures.PASSWORD);

        Page fromDistrict = adminD.get(incident(id));
        assertThat(fromDistrict.status()).isEqualTo(200);
        assertThat(fromDistrict.doc().select("#read-only")).hasSize(1);
        assertThat(fromDistrict.doc().select("#note-form, #task-form, #statement-form, #close-form, #severity-form")).isEmpty();
        assertThat(adminP.get(incident(id)).status()).isEqualTo(200);

        long events = count("SELECT COUNT(*) FROM press_incident_event WHERE incident_id = ?", id);
        assertThat(adminD.post(incident(id) + "/notes", Map.of("note", "Từ Phòng")).status()).isEqualTo(403);
        assertThat(adminP.post(incident(id) + "/close", Map.of("results", "x", "lessons", "y")).status()).isEqualTo(403);
        assertThat(adminD.post(base(w.a().id()), form("Mở hộ " + w.tag(), "OTHER", "MINOR", "10/12/2026 08:00")).status()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM press_incident_event WHERE incident_id = ?", id)).isEqualTo(events);
        assertThat(one("SELECT status FROM press_incident WHERE id = ?", id)).isEqualTo("OPEN");
    }

    @Test
    void aSiblingGetsNotFoundAndTheUnitsViewerMayReadButNotWork() {
        long id = open("Riêng trường A " + w.tag(), "OTHER", "MINOR", "10/12/2026 08:00");
        Browser adminB = new Browser(server.getURI()).signIn(w.adminB().email(), Fixtures.PASSWORD);
        Browser viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD);

        assertThat(adminB.get(incident(id)).status()).isEqualTo(404);
        assertThat(adminB.get(base(w.b().id()) + "/" + id).status()).isEqualTo(404);
        assertThat(adminB.post(base(w.b().id()) + "/" + id + "/notes", Map.of("note", "Chen vào")).status()).isEqualTo(404);
        assertThat(viewer.get(incident(id)).status()).isEqualTo(200);
        assertThat(viewer.post(incident(id) + "/notes", Map.of("note", "Người xem")).status()).isEqualTo(403);
        assertThat(viewer.get(base(w.a().id()) + "/new").status()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM press_incident_event WHERE incident_id = ? AND kind = 'NOTE'", id)).isZero();
    }

    @Test
    void closingNeedsResultsAndLessonsAndAClosedIncidentCanBeReopened() {
        long id = open("Cần kết thúc " + w.tag(), "OTHER", "MINOR", "10/12/2026 08:00");

        Page bad = spokes.post(incident(id) + "/close", Map.of("results", " ", "lessons", ""));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.doc().select("#e-results").text()).isEqualTo("Vui lòng ghi kết quả xử lý.");
        assertThat(bad.doc().select("#e-lessons").text()).isEqualTo("Vui lòng ghi bài học kinh nghiệm.");
        assertThat(one("SELECT status FROM press_incident WHERE id = ?", id)).isEqualTo("OPEN");
        assertThat(officer.post(incident(id) + "/close", Map.of("results", "x", "lessons", "y")).status()).isEqualTo(403);

        assertThat(spokes.post(incident(id) + "/close", Map.of("results", "Đã ổn định <b>lớp</b>", "lessons", "Cần báo sớm hơn")).status()).isEqualTo(303);
        Page closed = officer.get(incident(id));
        assertThat(closed.doc().select("#incident-status").text()).isEqualTo("Đã kết thúc");
        assertThat(closed.doc().select("#incident-results").text()).isEqualTo("Đã ổn định <b>lớp</b>");
        assertThat(closed.doc().select("#incident-lessons").text()).isEqualTo("Cần báo sớm hơn");
        assertThat(closed.doc().select("#note-form")).isEmpty();
        assertThat(officer.post(incident(id) + "/notes", Map.of("note", "Sau khi đóng")).status()).isEqualTo(409);

        assertThat(spokes.post(incident(id) + "/reopen", Map.of()).status()).isEqualTo(303);
        assertThat(one("SELECT status FROM press_incident WHERE id = ?", id)).isEqualTo("OPEN");
        assertThat(officer.get(incident(id)).doc().select("#incident-timeline li[data-kind]").eachAttr("data-kind")).containsSubsequence("OPENED", "CLOSED",
                "REOPENED");
    }

    @Test
    void openingFromAClippingPrefillsTheFormAndLinksIt() {
        long clip = IncidentFixture.clipping(w.a().id(), "Phụ huynh phản ánh <script>x</script> " + w.tag(), "NEGATIVE");

        Page form = officer.get(base(w.a().id()) + "/new?from=CLIPPING&ref=" + clip);
        assertThat(form.doc().select("#f-title").attr("value")).isEqualTo("Phụ huynh phản ánh <script>x</script> " + w.tag());
        assertThat(form.doc().select("#f-firstAlertAt").attr("value")).isEqualTo("10/12/2026 08:30");
        assertThat(form.doc().select("#opened-from").text()).startsWith("Mở từ tin báo chí");
        assertThat(form.body()).doesNotContain("<script>x</script>");

        Map<String, String> f = form("Từ tin báo " + w.tag(), "OTHER", "MINOR", "10/12/2026 08:30");
        f.put("from", "CLIPPING");
        f.put("ref", String.valueOf(clip));
        long id = idOf(officer.post(base(w.a().id()), f));
        assertThat(one("SELECT opened_from FROM press_incident WHERE id = ?", id)).isEqualTo("CLIPPING");
        assertThat(count("SELECT COUNT(*) FROM press_incident_link WHERE incident_id = ? AND kind = 'CLIPPING' AND ref_id = ?", id, clip)).isEqualTo(1);

        long othersClip = IncidentFixture.clipping(w.b().id(), "Tin của trường B " + w.tag(), "NEGATIVE");
        assertThat(officer.get(base(w.a().id()) + "/new?from=CLIPPING&ref=" + othersClip).status()).isEqualTo(404);
    }

    @Test
    void openingFromAHotlineCaseLinksItAndOtherItemsAreLinkedByChoice() {
        Page logged = officer.post("/admin/u/" + w.a().id() + "/desk/contact", Map.of("at", "10/12/2026 07:10", "channel", "PHONE", "topic", "KHAC",
                "summary", "Phụ huynh gọi báo học sinh bị ngộ độc sau bữa trưa " + w.tag()));
        assertThat(logged.status()).as(logged.body()).isEqualTo(303);
        long caseId = Long.parseLong(logged.location().substring(logged.location().lastIndexOf('/') + 1));

        Page form = officer.get(base(w.a().id()) + "/new?from=CASE&ref=" + caseId);
        assertThat(form.doc().select("#f-firstAlertAt").attr("value")).isEqualTo("10/12/2026 07:10");
        Map<String, String> f = form("Nghi ngộ độc " + w.tag(), "FOOD_POISONING", "MINOR", "10/12/2026 07:10");
        f.put("from", "CASE");
        f.put("ref", String.valueOf(caseId));
        long id = idOf(officer.post(base(w.a().id()), f));
        assertThat(count("SELECT COUNT(*) FROM press_incident_link WHERE incident_id = ? AND kind = 'CASE' AND ref_id = ?", id, caseId)).isEqualTo(1);

        long clip = IncidentFixture.clipping(w.a().id(), "Báo đưa tin ngộ độc " + w.tag(), "NEGATIVE");
        Page page = officer.get(incident(id));
        assertThat(page.doc().select("#f-item option[value=CLIPPING:" + clip + "]")).hasSize(1);
        assertThat(officer.post(incident(id) + "/links", Map.of("item", "CLIPPING:" + clip)).status()).isEqualTo(303);
        long othersClip = IncidentFixture.clipping(w.b().id(), "Tin trường B " + w.tag(), "NEGATIVE");
        Page refused = officer.post(incident(id) + "/links", Map.of("item", "CLIPPING:" + othersClip));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-ref").text()).isEqualTo("Không tìm thấy mục này trong đơn vị.");
        assertThat(officer.get(incident(id)).doc().select("#incident-links li[data-link]").eachAttr("data-link"))
                .containsExactly("CASE-" + caseId, "CLIPPING-" + clip);
    }

    @Test
    void tasksAndNotesLandOnTheTimelineWithWhoAndWhenAndHostileHtmlStaysText() {
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 0));
        long id = open("<img src=x onerror=alert(1)>Sự cố " + w.tag(), "OTHER", "MINOR", "10/12/2026 08:00");
        assertThat(officer.post(incident(id) + "/tasks", Map.of("taskTitle", "Gọi <b>phụ huynh</b>", "taskOwnerId", String.valueOf(officerA.id()),
                "taskDueAt", "10/12/2026 12:00")).status()).isEqualTo(303);
        assertThat(officer.post(incident(id) + "/notes", Map.of("note", "<script>alert('note')</script> đã gọi")).status()).isEqualTo(303);
        String taskId = one("SELECT id FROM press_incident_task WHERE incident_id = ?", id);
        clock.advance(Duration.ofHours(4));
        assertThat(officer.get(incident(id)).doc().select("#incident-tasks li[data-task=" + taskId + "]").hasClass("overdue")).isTrue();
        assertThat(officer.post(incident(id) + "/tasks/" + taskId + "/done", Map.of("done", "true")).status()).isEqualTo(303);

        Page page = officer.get(incident(id));
        assertThat(page.body()).doesNotContain("<img src=x").doesNotContain("<script>alert('note')").doesNotContain("<b>phụ huynh</b>");
        assertThat(page.doc().select("#incident-title").text()).contains("<img src=x onerror=alert(1)>Sự cố");
        assertThat(page.doc().select("#incident-tasks li[data-task=" + taskId + "]").text()).contains("Xong: " + officerA.fullName() + ", 10/12/2026 13:00");
        assertThat(page.doc().select("#incident-timeline li[data-kind=TASK_DONE]").text()).contains(officerA.fullName()).contains("10/12/2026 13:00");
        assertThat(page.doc().select("#incident-timeline li[data-kind=NOTE]").text()).contains("<script>alert('note')</script> đã gọi");

        Page bad = officer.post(incident(id) + "/tasks", Map.of("taskTitle", "", "taskOwnerId", String.valueOf(w.adminB().id()), "taskDueAt", "mai"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.doc().select("#e-taskTitle").text()).isEqualTo("Vui lòng nhập việc cần làm.");
        assertThat(bad.doc().select("#e-taskOwnerId").text()).isEqualTo("Người phụ trách phải là thành viên của đơn vị.");
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 0));
    }

    @Test
    void badInputIsNamedInVietnameseNextToEachFieldAndNothingIsStored() {
        clock.freezeAt(LocalDateTime.of(2026, 12, 10, 9, 0));
        long before = count("SELECT COUNT(*) FROM press_incident WHERE unit_id = ?", w.a().id());
        Map<String, String> f = form(" ", "BAO_LUC", "", "11/12/2026 08:00");
        f.put("ownerId", String.valueOf(w.adminB().id()));

        Page bad = officer.post(base(w.a().id()), f);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.doc().select("#e-title").text()).isEqualTo("Vui lòng nhập tên sự cố.");
        assertThat(bad.doc().select("#e-type").text()).isEqualTo("Vui lòng chọn loại sự cố.");
        assertThat(bad.doc().select("#e-severity").text()).isEqualTo("Vui lòng chọn mức độ.");
        assertThat(bad.doc().select("#e-firstAlertAt").text()).isEqualTo("Thời điểm có tin báo không thể ở tương lai.");
        assertThat(count("SELECT COUNT(*) FROM press_incident WHERE unit_id = ?", w.a().id())).isEqualTo(before);
        assertThat(officer.post(base(w.a().id()), form("Giờ sai " + w.tag(), "OTHER", "MINOR", "31/02/2026 08:00")).doc().select("#e-firstAlertAt").text())
                .startsWith("Thời điểm chưa đúng dạng");
    }

    @Test
    void theListShowsOpenIncidentsFirstTheMostSevereThenTheOldest() {
        var school = fixtures.unit(fixtures.actor(w.platformAdmin()), w.d().id(), "Trường Mầm non Thứ Tự " + w.tag(),
                vn.lantoa.tenancy.UnitType.SCHOOL, vn.lantoa.tenancy.SchoolLevel.MN);
        User head = fixtures.member(school, Role.COMMITTEE_HEAD, "head-order", w.tag());
        Browser b = new Browser(server.getURI()).signIn(head.email(), Fixtures.PASSWORD);
        long closed = idOf(b.post(base(school.id()), form("Đã xong", "OTHER", "CRITICAL", "01/12/2026 08:00")));
        b.post(base(school.id()) + "/" + closed + "/close", Map.of("results", "Xong", "lessons", "Rút kinh nghiệm"));
        long minorOld = idOf(b.post(base(school.id()), form("Nhẹ cũ", "OTHER", "MINOR", "02/12/2026 08:00")));
        long graveNew = idOf(b.post(base(school.id()), form("Nặng mới", "OTHER", "GRAVE", "09/12/2026 08:00")));
        long graveOld = idOf(b.post(base(school.id()), form("Nặng cũ", "OTHER", "GRAVE", "05/12/2026 08:00")));

        assertThat(b.get(base(school.id())).doc().select("#incidents tr[data-incident]").eachAttr("data-incident"))
                .containsExactly(String.valueOf(graveOld), String.valueOf(graveNew), String.valueOf(minorOld), String.valueOf(closed));
    }
}
