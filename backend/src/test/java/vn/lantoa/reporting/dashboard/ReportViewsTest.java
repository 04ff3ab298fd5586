package vn.lantoa.reporting.dashboard;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lantoa.people.User;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationDraft;
import vn.lantoa.reporting.obligation.ObligationService;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.obligation.ReportAudience;
import vn.lantoa.reporting.obligation.Slot;
import vn.lantoa.reporting.review.ReviewService;
import vn.lantoa.reporting.send.ReportAttachments;
import vn.lantoa.reporting.send.ReportService;
import vn.lantoa.reporting.send.ReportingTest;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.Page;
import vn.lantoa.unit.Unit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the pages above a unit show of its reports, against the real database and over HTTP: following the numbers
 * from the ministry down to a school's report, periods not due yet, where the deadline screen opens, reminders that
 * say whom they reached, and a draft that stays the unit's own. Time is the application's clock, moved to a chosen
 * moment in the past (every row of the scenario is made first, in real time).
 */
@MicronautTest(transactional = false)
class ReportViewsTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Set<String> LABELABLE = Set.of("input", "select", "textarea", "button", "meter", "output", "progress");

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ReportingFixture reporting;
    @Inject
    UnitRefRepository refs;
    @Inject
    ObligationService obligations;
    @Inject
    ReportService reports;
    @Inject
    ReviewService review;
    @Inject
    ReportAttachments attachments;
    @Inject
    TestClock clock;
    @Inject
    JsonMapper json;

    /** Ministry M; Sở S1 with Phòng D (schools A, B) and THPT T directly under it; Sở S2 with school C. One admin each. */
    record Tree(Unit m, Unit s1, Unit d, Unit a, Unit b, Unit t, Unit s2, Unit c, User adminM, User adminS1, User adminD, User adminA, User adminT,
                User platform, String tag) {

        Actor system() {
            return new Actor(platform.id(), platform.email(), platform.fullName(), true, List.of());
        }
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @AfterEach
    void totalsStillEqualValues() {
        reporting.assertTotalsEqualValues();
    }

    Tree tree() {
        String tag = "v" + SEQ.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 100000, 36);
        User platform = fixtures.user("platform-" + tag + "@lantoa.vn", "Quản trị " + tag, true);
        Actor system = fixtures.actor(platform);
        Unit m = fixtures.unit(system, null, "Bộ GDĐT Thử " + tag, UnitType.MINISTRY, null);
        Unit s1 = fixtures.unit(system, m.id(), "Sở GDĐT Một " + tag, UnitType.PROVINCE_DEPARTMENT, null);
        Unit d = fixtures.unit(system, s1.id(), "Phòng GDĐT Huyện Một " + tag, UnitType.DISTRICT_OFFICE, null);
        Unit a = fixtures.unit(system, d.id(), "Trường THCS Anh " + tag, UnitType.SCHOOL, SchoolLevel.THCS);
        Unit b = fixtures.unit(system, d.id(), "Trường Tiểu học Bảo " + tag, UnitType.SCHOOL, SchoolLevel.TH);
        Unit t = fixtures.unit(system, s1.id(), "Trường THPT Tỉnh " + tag, UnitType.SCHOOL, SchoolLevel.THPT);
        Unit s2 = fixtures.unit(system, m.id(), "Sở GDĐT Hai " + tag, UnitType.PROVINCE_DEPARTMENT, null);
        Unit c = fixtures.unit(system, s2.id(), "Trường THCS Cầu " + tag, UnitType.SCHOOL, SchoolLevel.THCS);
        return new Tree(m, s1, d, a, b, t, s2, c, fixtures.member(m, Role.UNIT_ADMIN, "admin-m", tag), fixtures.member(s1, Role.UNIT_ADMIN, "admin-s1", tag),
                fixtures.member(d, Role.UNIT_ADMIN, "admin-d", tag), fixtures.member(a, Role.UNIT_ADMIN, "admin-a", tag),
                fixtures.member(t, Role.UNIT_ADMIN, "admin-t", tag), platform, tag);
    }

    Obligation monthly(Tree tree, Unit issuer, String audience, String dueRule) {
        UnitRef ref = refs.findById(issuer.id()).orElseThrow();
        ReportForm form = obligations.createForm(tree.system(), ref, ReportingFixture.monthlyForm("Biểu mẫu " + audience + " " + tree.tag()));
        return obligations.createObligation(tree.system(), ref, new ObligationDraft(form.id(), "Báo cáo tháng " + audience + " " + tree.tag(),
                ReportAudience.parse(audience), Recipient.PARENT, PeriodType.MONTHLY, DueRule.parse(dueRule), false, null, "", null, null, false,
                clock.today().minusYears(1)));
    }

    Report send(Tree tree, Unit unit, Obligation o, String period, Map<String, String> answers) {
        Slot slot = reports.slot(refs.findById(unit.id()).orElseThrow(), o.id(), period);
        return reports.submit(tree.system(), slot, answers, UUID.randomUUID().toString()).report();
    }

    static Map<String, String> answers(int received, int handled) {
        Map<String, String> a = new HashMap<>(ReportingTest.goodAnswers());
        a.put("y_kien_nhan", String.valueOf(received));
        a.put("y_kien_xu_ly", String.valueOf(handled));
        return a;
    }

    /** A moment in Vietnam time, day and month of a month before this one: always in the past, and the scenario's "now". */
    static Instant vietnam(YearMonth month, int day, int hour, int minute) {
        return month.atDay(day).atTime(hour, minute).atZone(DueRule.VIETNAM).toInstant();
    }

    Browser as(User user) {
        return new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
    }

    /** Opens a link as the person would, following the redirect of a link that finds a report. */
    static Page open(Browser browser, String href) {
        Page page = browser.get(href);
        return page.status() == 303 ? browser.get(page.location()) : page;
    }

    static String link(Page page, String selector) {
        Element a = page.doc().selectFirst(selector);
        assertThat(a).as("link " + selector).isNotNull();
        return a.attr("href");
    }

    static String row(Page page, String unitName) {
        return page.doc().select("tbody tr:contains(" + unitName + ")").text();
    }

    @Test
    void theNumbersCanBeFollowedFromTheMinistrysDashboardAndRollUpDownToASchoolsReport() {
        Tree w = tree();
        Obligation o = monthly(w, w.m(), "TYPE:SCHOOL", "DAY_OF_NEXT_MONTH:20");
        YearMonth now = YearMonth.from(clock.today()).minusMonths(1);
        String due = now.minusMonths(2).toString();
        String open = now.minusMonths(1).toString();
        clock.runFrom(vietnam(now.minusMonths(1), 10, 9, 0));
        send(w, w.a(), o, due, answers(5, 5));
        send(w, w.b(), o, due, answers(7, 6));
        send(w, w.t(), o, due, answers(3, 3));
        send(w, w.c(), o, due, answers(11, 10));
        send(w, w.a(), o, open, answers(2, 2));
        clock.runFrom(vietnam(now, 3, 8, 15));
        Browser ministry = as(w.adminM());

        Page dashboard = ministry.get("/admin/u/" + w.m().id() + "/report-dashboard?obligation=" + o.id());
        assertThat(dashboard.status()).isEqualTo(200);
        String dueLabel = Period.parse(PeriodType.MONTHLY, due).label();
        assertThat(dashboard.doc().select(".cards").text()).contains("Đã gửi, " + dueLabel + " 100%").contains("Đúng hạn, " + dueLabel + " 100%");
        assertThat(row(dashboard, w.s1().name())).contains("3/3 đúng hạn 100%").contains("1/3 chưa đến hạn");
        assertThat(row(dashboard, w.s2().name())).contains("1/1 đúng hạn 100%");

        Page province = open(ministry, link(dashboard, "tbody a:contains(" + w.s1().name() + ")"));
        assertThat(province.doc().select("h1").text()).isEqualTo("Tiến độ báo cáo");
        assertThat(province.doc().select("#f-obligation option[selected]").attr("value")).isEqualTo(String.valueOf(o.id()));
        assertThat(row(province, w.d().name())).contains("2/2 đúng hạn 100%").contains("1/2 chưa đến hạn");
        assertThat(row(province, w.t().name())).contains("1/1 đúng hạn 100%");

        Page district = open(ministry, link(province, "tbody a:contains(" + w.d().name() + ")"));
        assertThat(row(district, w.a().name())).contains("1/1 đúng hạn 100%");
        Page schoolReport = open(ministry, link(district, "tbody a:contains(" + w.b().name() + ")"));
        assertThat(schoolReport.status()).isEqualTo(200);
        assertThat(schoolReport.doc().select("h1").text()).contains(w.b().name()).contains(dueLabel);
        assertThat(schoolReport.doc().select("#f-y_kien_nhan").text()).isEqualTo("7");

        Page provincesReportOfT = open(ministry, link(province, "tbody a:contains(" + w.t().name() + ")"));
        assertThat(provincesReportOfT.doc().select("h1").text()).contains(w.t().name());
        assertThat(provincesReportOfT.doc().select("#f-y_kien_nhan").text()).isEqualTo("3");

        Page rollUp = ministry.get("/admin/u/" + w.m().id() + "/rollup?obligation=" + o.id() + "&period=" + due);
        assertThat(row(rollUp, w.s1().name())).contains("3").contains("15");
        assertThat(row(rollUp, w.s2().name())).contains("11");
        assertThat(rollUp.doc().select("tr.total").text()).contains("4").contains("26");
        Page provinceRollUp = open(ministry, link(rollUp, "tbody a:contains(" + w.s1().name() + ")"));
        assertThat(row(provinceRollUp, w.d().name())).contains("12");
        assertThat(provinceRollUp.doc().select("tr.total").text()).contains("15");
        Page thpt = open(ministry, link(provinceRollUp, "tbody a:contains(" + w.t().name() + ")"));
        assertThat(thpt.doc().select("#f-y_kien_nhan").text()).isEqualTo("3");
        Page districtRollUp = open(ministry, link(provinceRollUp, "tbody a:contains(" + w.d().name() + ")"));
        assertThat(districtRollUp.doc().select("tr.total").text()).contains("12");
        Page school = open(ministry, link(districtRollUp, "tbody a:contains(" + w.a().name() + ")"));
        assertThat(school.doc().select("h1").text()).contains(w.a().name()).contains(dueLabel);
        assertThat(school.doc().select("#f-y_kien_nhan").text()).isEqualTo("5");
        // Read at the district, its recipient: back to the district's deadline screen for the same period.
        assertThat(link(school, "main p a")).isEqualTo("/admin/u/" + w.d().id() + "/deadlines?obligation=" + o.id() + "&period=" + due);
        Page fromTheTop = open(ministry, "/admin/u/" + w.m().id() + "/received-reports/of/" + w.a().id() + "/" + o.id() + "/" + due);
        assertThat(fromTheTop.doc().select("#f-y_kien_nhan").text()).isEqualTo("5");
        assertThat(link(fromTheTop, "main p a")).isEqualTo("/admin/u/" + w.m().id() + "/rollup?obligation=" + o.id() + "&period=" + due);
        // A school beside it finds nothing there, through its own unit or the district's.
        Browser sibling = as(w.adminT());
        assertThat(sibling.get("/admin/u/" + w.t().id() + "/received-reports/of/" + w.a().id() + "/" + o.id() + "/" + due).status()).isEqualTo(404);
        assertThat(sibling.get("/admin/u/" + w.d().id() + "/received-reports/of/" + w.a().id() + "/" + o.id() + "/" + due).status()).isEqualTo(404);
    }

    @Test
    void aProvincesOwnReportToTheMinistryLeadsToItsReportAndFromThereToItsSchoolsNumbers() {
        Tree w = tree();
        Obligation schools = monthly(w, w.m(), "TYPE:SCHOOL", "DAY_OF_NEXT_MONTH:20");
        Obligation provinces = monthly(w, w.m(), "TYPE:PROVINCE_DEPARTMENT", "DAY_OF_NEXT_MONTH:25");
        YearMonth now = YearMonth.from(clock.today()).minusMonths(1);
        String due = now.minusMonths(2).toString();
        clock.runFrom(vietnam(now.minusMonths(1), 10, 9, 0));
        send(w, w.a(), schools, due, answers(5, 5));
        send(w, w.s1(), provinces, due, answers(40, 30));
        clock.runFrom(vietnam(now, 3, 8, 15));
        Browser ministry = as(w.adminM());

        Page dashboard = ministry.get("/admin/u/" + w.m().id() + "/report-dashboard?obligation=" + provinces.id());
        assertThat(row(dashboard, w.s1().name())).contains("1/1 đúng hạn 100%");
        assertThat(dashboard.doc().select("tbody a:contains(" + w.s2().name() + ")")).isEmpty();
        String toReport = link(dashboard, "tbody a:contains(" + w.s1().name() + ")");
        assertThat(toReport).doesNotContain("report-dashboard");
        // The province has nobody below it on this obligation: its own dashboard does not offer it.
        assertThat(ministry.get("/admin/u/" + w.s1().id() + "/report-dashboard?obligation=" + provinces.id()).status()).isEqualTo(404);

        Page report = open(ministry, toReport);
        assertThat(report.doc().select("h1").text()).contains(w.s1().name());
        assertThat(report.doc().select("#f-y_kien_nhan").text()).isEqualTo("40");
        Page below = open(ministry, link(report, "section a:contains(" + schools.title() + ")"));
        assertThat(below.doc().select("#f-period option[selected]").attr("value")).isEqualTo(due);
        assertThat(row(below, w.d().name())).contains("5");
    }

    @Test
    void anExamSitesNameOnTheBoardOpensItsSessionReportsOneAfterTheOther() {
        Tree w = tree();
        YearMonth now = YearMonth.from(clock.today()).minusMonths(1);
        LocalDateTime first = now.atDay(1).atTime(7, 30);
        String sessions = "B1|Ngữ văn|" + first + "|" + first.plusHours(2) + "\nB2|Toán|" + first.plusDays(1) + "|" + first.plusDays(1).plusHours(2);
        UnitRef s1 = refs.findById(w.s1().id()).orElseThrow();
        ReportForm form = obligations.createForm(w.system(), s1, ReportingFixture.monthlyForm("Báo cáo buổi thi " + w.tag()));
        Obligation exam = obligations.createObligation(w.system(), s1, new ObligationDraft(form.id(), "Báo cáo buổi thi " + w.tag(),
                ReportAudience.parse("TYPE:SCHOOL"), Recipient.ISSUER, PeriodType.LISTED, new DueRule.HoursAfterEvent(2), false, null, "", null, null,
                false, now.atDay(1), sessions));
        clock.runFrom(vietnam(now, 3, 8, 15));
        send(w, w.a(), exam, "B1", answers(4, 4));
        send(w, w.a(), exam, "B2", answers(6, 6));
        Browser province = as(w.adminS1());

        Page board = province.get("/admin/u/" + w.s1().id() + "/exam-board?obligation=" + exam.id());
        assertThat(row(board, w.b().name())).doesNotContain("4 · 4");
        assertThat(board.doc().select("tbody th a:contains(" + w.b().name() + ")")).isEmpty();
        Page latest = open(province, link(board, "tbody th a:contains(" + w.a().name() + ")"));
        assertThat(latest.doc().select("h1").text()).contains(w.a().name()).contains("Toán");
        assertThat(latest.doc().select("#f-y_kien_nhan").text()).isEqualTo("6");
        Page earlier = open(province, link(latest, "nav a:contains(Ngữ văn)"));
        assertThat(earlier.doc().select("h1").text()).contains("Ngữ văn");
        assertThat(earlier.doc().select("#f-y_kien_nhan").text()).isEqualTo("4");
        assertThat(link(earlier, "main p a")).isEqualTo("/admin/u/" + w.s1().id() + "/deadlines?obligation=" + exam.id() + "&period=B1");
    }

    @Test
    void theDeadlineScreenOpensOnTheNewestPeriodWhoseDueDayHasComeNotOnTheNextOne() {
        Tree w = tree();
        Obligation o = monthly(w, w.m(), "TYPE:SCHOOL", "DAY_OF_NEXT_MONTH:20");
        YearMonth now = YearMonth.from(clock.today()).minusMonths(1);
        Browser district = as(w.adminD());
        String screen = "/admin/u/" + w.d().id() + "/deadlines?obligation=" + o.id();

        clock.runFrom(vietnam(now, 3, 8, 15));
        assertThat(district.get(screen).doc().select("#f-period option[selected]").attr("value")).isEqualTo(now.minusMonths(2).toString());
        clock.runFrom(vietnam(now, 20, 7, 0));
        Page dueToday = district.get(screen);
        assertThat(dueToday.doc().select("#f-period option[selected]").attr("value")).isEqualTo(now.minusMonths(1).toString());
        assertThat(dueToday.text()).contains("Hạn nộp: " + now.atDay(20).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        clock.runFrom(vietnam(now, 21, 7, 0));
        assertThat(district.get(screen).doc().select("#f-period option[selected]").attr("value")).isEqualTo(now.minusMonths(1).toString());
        // Asked for, the current period still shows.
        assertThat(district.get(screen + "&period=" + now).doc().select("#f-period option[selected]").attr("value")).isEqualTo(now.toString());
    }

    @Test
    void remindingAllOverdueUnitsSaysWhoWasRemindedAndWhoCouldNotBeAndShowsItPerUnit() {
        Tree w = tree();
        Actor system = w.system();
        Unit empty = fixtures.unit(system, w.d().id(), "Trường Mầm non Chưa Có Ai " + w.tag(), UnitType.SCHOOL, SchoolLevel.MN);
        Unit editorsOnly = fixtures.unit(system, w.d().id(), "Trường Tiểu học Chỉ Biên Tập " + w.tag(), UnitType.SCHOOL, SchoolLevel.TH);
        User editor = fixtures.member(editorsOnly, Role.EDITOR, "editor-only", w.tag());
        User adminB = fixtures.member(w.b(), Role.UNIT_ADMIN, "admin-b", w.tag());
        Obligation o = monthly(w, w.s1(), "TYPE:SCHOOL", "DAY_OF_PERIOD_MONTH:1");
        YearMonth now = YearMonth.from(clock.today()).minusMonths(1);
        Browser district = as(w.adminD());
        clock.runFrom(vietnam(now, 3, 8, 15));
        String when = "03/" + String.format("%02d/%d", now.getMonthValue(), now.getYear()) + " 08:15";

        Page done = district.post("/admin/u/" + w.d().id() + "/deadlines/remind", Map.of("obligation", String.valueOf(o.id()), "period", now.toString()));
        assertThat(done.status()).isEqualTo(303);
        Page screen = district.get(done.location());
        String flash = screen.doc().select(".flash").text();
        assertThat(flash).startsWith("Đã gửi thư nhắc đến 2 đơn vị:").contains(w.a().name()).contains(w.b().name())
                .contains("Không nhắc được 2 đơn vị").contains(empty.name()).contains(editorsOnly.name());
        assertThat(row(screen, w.a().name())).contains("Đã nhắc lúc " + when).contains("1 người nhận");
        assertThat(row(screen, empty.name())).contains("Không nhắc được: đơn vị chưa có người dùng có email");
        assertThat(row(screen, editorsOnly.name())).contains("Không nhắc được: đơn vị chưa có quản trị, trưởng ban hoặc người báo cáo đang hoạt động");
        assertThat(ReportingTest.mail(w.adminA().email(), "Quá hạn nộp").text()).contains(o.title());
        ReportingTest.mail(adminB.email(), "Quá hạn nộp");

        User reporter = fixtures.member(empty, Role.REPORTER, "reporter-new", w.tag());
        Page again = district.get(district.post("/admin/u/" + w.d().id() + "/deadlines/remind",
                Map.of("obligation", String.valueOf(o.id()), "period", now.toString())).location());

        assertThat(again.doc().select(".flash").text()).startsWith("Đã gửi thư nhắc đến 1 đơn vị: " + empty.name() + ".")
                .contains("Không nhắc được 1 đơn vị").contains(editorsOnly.name()).doesNotContain(w.a().name());
        assertThat(row(again, empty.name())).contains("Đã nhắc lúc " + when);
        ReportingTest.mail(reporter.email(), "Quá hạn nộp");
        assertThat(Mailbox.of(w.adminA().email()).stream().filter(m -> m.subject().contains("Quá hạn nộp")).count()).isEqualTo(1);
        assertThat(Mailbox.of(editor.email())).isEmpty();
    }

    @Test
    void aParentGets404ForAChildsDraftOrAReportAwaitingSignOffOnEveryPageFileAndExport() throws Exception {
        Tree w = tree();
        Obligation o = monthly(w, w.m(), "TYPE:SCHOOL", "DAY_OF_NEXT_MONTH:20");
        String period = YearMonth.from(clock.today()).toString();
        Slot slot = reports.slot(refs.findById(w.a().id()).orElseThrow(), o.id(), period);
        reports.saveDraft(w.system(), slot, answers(66, 1));
        long fileId = attachments.attach(w.system(), slot, "nhap.pdf", new ByteArrayInputStream(PDF)).id();
        long reportId = reports.report(slot).orElseThrow().id();
        String own = ReportingTest.fillUrl(w.a().id(), o, period);
        Browser school = as(w.adminA());
        Browser district = as(w.adminD());
        Api districtApi = new Api(server.getURI(), json).signIn(w.adminD().email(), Fixtures.PASSWORD);

        assertThat(school.get(own).doc().select("#f-y_kien_nhan").attr("value")).isEqualTo("66");
        assertThat(new Api(server.getURI(), json).signIn(w.adminA().email(), Fixtures.PASSWORD).get("/api/v1/units/" + w.a().id() + "/reports/" + o.id()
                + "/" + period).body()).contains("66");
        for (String path : List.of(own, own + "/xlsx", own + "/pdf", own + "/files/" + fileId, "/admin/u/" + w.d().id() + "/received-reports/" + reportId,
                "/admin/u/" + w.d().id() + "/received-reports/" + reportId + "/files/" + fileId,
                "/admin/u/" + w.d().id() + "/received-reports/of/" + w.a().id() + "/" + o.id() + "/" + period)) {
            assertThat(district.get(path, "*/*").status()).as(path).isEqualTo(404);
        }
        Api.Reply api = districtApi.get("/api/v1/units/" + w.a().id() + "/reports/" + o.id() + "/" + period);
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.json()).doesNotContainKey("answers");
        assertThat(district.get("/admin/u/" + w.a().id() + "/reports").doc().select("a[href=\"" + own + "\"]")).isEmpty();
        assertThat(school.get("/admin/u/" + w.a().id() + "/reports").doc().select("a[href=\"" + own + "\"]")).isNotEmpty();

        User reporter = fixtures.member(w.a(), Role.REPORTER, "reporter-a", w.tag());
        Obligation signed = obligations.createObligation(w.system(), refs.findById(w.m().id()).orElseThrow(), new ObligationDraft(o.formId(),
                "Báo cáo cần ký " + w.tag(), ReportAudience.parse("TYPE:SCHOOL"), Recipient.PARENT, PeriodType.MONTHLY, DueRule.parse("DAY_OF_NEXT_MONTH:20"),
                false, null, "", null, null, true, clock.today().minusYears(1)));
        assertThat(ReportingTest.send(as(reporter), w.a().id(), signed, period, answers(77, 1), "signoff").status()).isEqualTo(303);
        assertThat(district.get(ReportingTest.fillUrl(w.a().id(), signed, period)).status()).isEqualTo(404);
        assertThat(districtApi.get("/api/v1/units/" + w.a().id() + "/reports/" + signed.id() + "/" + period).status()).isEqualTo(404);
    }

    @Test
    void aParentSeesTheVersionItReceivedNotTheCorrectionTheSchoolIsStillTyping() throws Exception {
        Tree w = tree();
        Obligation o = monthly(w, w.m(), "TYPE:SCHOOL", "DAY_OF_NEXT_MONTH:20");
        String period = YearMonth.from(clock.today()).toString();
        Slot slot = reports.slot(refs.findById(w.a().id()).orElseThrow(), o.id(), period);
        // Sent and returned a minute ago; the school has been correcting it since.
        clock.runFrom(clock.instant().minusSeconds(60));
        long sentFile = attachments.attach(w.system(), slot, "bien-ban.pdf", new ByteArrayInputStream(PDF)).id();
        Report sent = send(w, w.a(), o, period, answers(5, 5));
        review.returnReport(w.system(), refs.findById(w.d().id()).orElseThrow(), sent.id(), "Kiểm tra lại số ý kiến");
        clock.reset();
        reports.saveDraft(w.system(), slot, answers(99, 1));
        long newFile = attachments.attach(w.system(), slot, "chua-gui.pdf", new ByteArrayInputStream(PDF)).id();
        String own = ReportingTest.fillUrl(w.a().id(), o, period);
        Browser district = as(w.adminD());

        Page received = district.get("/admin/u/" + w.d().id() + "/received-reports/" + sent.id());
        assertThat(received.doc().select("#f-y_kien_nhan").text()).isEqualTo("5");
        assertThat(received.doc().select("ul.files a").eachText()).containsExactly("bien-ban.pdf");
        assertThat(received.text()).doesNotContain("chua-gui.pdf");
        Page fromAbove = district.get(own);
        assertThat(fromAbove.status()).isEqualTo(200);
        assertThat(fromAbove.doc().select("#f-y_kien_nhan").text()).isEqualTo("5");
        assertThat(fromAbove.text()).doesNotContain("chua-gui.pdf").contains("Bị trả lại");
        assertThat(district.get(own + "/files/" + newFile, "*/*").status()).isEqualTo(404);
        assertThat(district.get(own + "/files/" + sentFile, "*/*").status()).isEqualTo(200);
        assertThat(district.get("/admin/u/" + w.d().id() + "/received-reports/" + sent.id() + "/files/" + newFile, "*/*").status()).isEqualTo(404);
        Api.Reply api = new Api(server.getURI(), json).signIn(w.adminD().email(), Fixtures.PASSWORD)
                .get("/api/v1/units/" + w.a().id() + "/reports/" + o.id() + "/" + period);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("state")).isEqualTo("RETURNED");
        assertThat(((Map<?, ?>) api.json().get("answers")).get("y_kien_nhan")).isEqualTo("5");
        Page xlsx = district.get(own + "/xlsx", "*/*");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertThat(book.getFirstSheet().read().stream().filter(r -> r.getCellText(1).equals("Số ý kiến phản ánh nhận được")).findFirst().orElseThrow()
                    .getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(5);
        }
        assertThat(as(w.adminA()).get(own).doc().select("#f-y_kien_nhan").attr("value")).isEqualTo("99");
    }

    @Test
    void everyLabelOfASentReportAndOfTheFormBeingFilledNamesAControl() {
        Tree w = tree();
        Obligation o = monthly(w, w.m(), "TYPE:SCHOOL", "DAY_OF_NEXT_MONTH:20");
        String period = YearMonth.from(clock.today()).toString();
        Report sent = send(w, w.a(), o, period, answers(5, 5));

        Browser district = as(w.adminD());
        for (Page page : List.of(district.get("/admin/u/" + w.d().id() + "/received-reports/" + sent.id()),
                district.get(ReportingTest.fillUrl(w.a().id(), o, period)), as(w.adminT()).get(ReportingTest.fillUrl(w.t().id(), o, period)))) {
            assertThat(page.status()).isEqualTo(200);
            Document doc = page.doc();
            assertThat(doc.select(".field")).isNotEmpty();
            for (Element label : doc.select("label")) {
                Element target = label.hasAttr("for") ? doc.getElementById(label.attr("for")) : label.selectFirst("input, select, textarea");
                assertThat(target).as(label.outerHtml()).isNotNull();
                assertThat(LABELABLE).as(label.outerHtml()).contains(target.tagName());
            }
        }
    }

    private static final byte[] PDF = "%PDF-1.4\n% biên bản\n".getBytes(StandardCharsets.UTF_8);
}
