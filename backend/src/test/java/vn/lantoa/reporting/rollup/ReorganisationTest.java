package vn.lantoa.reporting.rollup;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.dashboard.DashboardReads;
import vn.lantoa.reporting.dashboard.MissingUnit;
import vn.lantoa.reporting.form.Answers;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.ReportFormRepository;
import vn.lantoa.reporting.form.ReportFormVersionRepository;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.obligation.Slot;
import vn.lantoa.reporting.send.ReportService;
import vn.lantoa.reporting.send.ReportingTest;
import vn.lantoa.reporting.send.ReportsDue;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitDraft;
import vn.lantoa.unit.UnitService;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Units that move and close while reports flow: each period keeps the tree it ended with (see PeriodTree), new periods
 * use today's, and every group's totals keep equal to its values whatever moved.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReorganisationTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ReportingFixture reporting;
    @Inject
    vn.lantoa.testing.TestClock clock;
    @Inject
    UnitRefRepository refs;
    @Inject
    UnitService units;
    @Inject
    ReportService reports;
    @Inject
    RollUpReads rollUps;
    @Inject
    DashboardReads dashboard;
    @Inject
    ReportsDue reportsDue;
    @Inject
    Answers answers;
    @Inject
    ReportFormRepository forms;
    @Inject
    ReportFormVersionRepository versions;

    @AfterEach
    void totalsStillEqualValues() {
        reporting.assertTotalsEqualValues();
    }

    @org.junit.jupiter.api.BeforeAll
    void startTheClock() {
        // Mid-month, after the 20th: last month's deadline has passed, this month's has not.
        clock.runFrom(java.time.LocalDateTime.of(2026, 9, 22, 10, 0));
    }

    String thisMonth() {
        return YearMonth.from(clock.today()).toString();
    }

    String lastMonth() {
        return YearMonth.from(clock.today()).minusMonths(1).toString();
    }

    Browser as(String email) {
        return new Browser(server.getURI()).signIn(email, Fixtures.PASSWORD);
    }

    @Test
    void aSchoolMovedToAnotherProvinceThenReturnedAndSentAgainForAMonthBeforeTheMoveCountsOnceWhereItWasAndItsOldMinimumIsGone() {
        Fixtures.World w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        Unit bo = fixtures.unit(platform, null, "Bộ GDĐT Thử " + w.tag(), UnitType.MINISTRY, null);
        Unit so1 = fixtures.unit(platform, bo.id(), "Sở GDĐT Một " + w.tag(), UnitType.PROVINCE_DEPARTMENT, null);
        Unit phong1 = fixtures.unit(platform, so1.id(), "Phòng GDĐT Một " + w.tag(), UnitType.DISTRICT_OFFICE, null);
        Unit moving = fixtures.unit(platform, phong1.id(), "Trường TH Chuyển Đi " + w.tag(), UnitType.SCHOOL, SchoolLevel.TH);
        Unit staying = fixtures.unit(platform, phong1.id(), "Trường TH Ở Lại " + w.tag(), UnitType.SCHOOL, SchoolLevel.TH);
        Unit so2 = fixtures.unit(platform, bo.id(), "Sở GDĐT Hai " + w.tag(), UnitType.PROVINCE_DEPARTMENT, null);
        Unit phong2 = fixtures.unit(platform, so2.id(), "Phòng GDĐT Hai " + w.tag(), UnitType.DISTRICT_OFFICE, null);
        var adminPhong1 = fixtures.member(phong1, Role.UNIT_ADMIN, "admin-phong1", w.tag());
        var adminMoving = fixtures.member(moving, Role.UNIT_ADMIN, "admin-moving", w.tag());
        Obligation o = reporting.obligation(w, bo.id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        long sent = send(platform, moving, o, lastMonth(), 1);
        send(platform, staying, o, lastMonth(), 4);

        fixtures.moveUnit(platform, moving.id(), phong2.id());
        Page returned = as(adminPhong1.email()).post("/admin/u/" + phong1.id() + "/received-reports/" + sent + "/return",
                Map.of("reason", "Số tin bài chưa khớp với trang thông tin."));
        assertThat(returned.status()).isEqualTo(303);
        Page resent = ReportingTest.send(as(adminMoving.email()), moving.id(), o, lastMonth(), answers(6), "submit");
        assertThat(resent.status()).isEqualTo(303);

        assertThat(total(o, lastMonth(), phong1.id())).containsExactly(10.0, 2.0, 4.0, 6.0);
        assertThat(total(o, lastMonth(), phong2.id())).isEmpty();
        RollUpTable oldProvince = rollUp(o, so1, lastMonth());
        assertThat(oldProvince.reports()).isEqualTo(2);
        assertThat(oldProvince.total(field(o, "tin_bai"))).isEqualByComparingTo("10");
        RollUpTable ministry = rollUp(o, bo, lastMonth());
        assertThat(ministry.reports()).isEqualTo(2);
        assertThat(ministry.total(field(o, "tin_bai"))).isEqualByComparingTo("10");
        assertThat(rollUp(o, so2, lastMonth()).reports()).isZero();
    }

    @Test
    void aProvinceMergerKeepsEachPastPeriodAsItWasAndGivesThePeriodStillRunningTodaysTree() {
        Fixtures.World w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        String tag = w.tag();
        Unit bo = fixtures.unit(platform, null, "Bộ GDĐT Sáp Nhập " + tag, UnitType.MINISTRY, null);
        Unit soA = fixtures.unit(platform, bo.id(), "Sở GDĐT Tỉnh A " + tag, UnitType.PROVINCE_DEPARTMENT, null);
        Unit phongA = fixtures.unit(platform, soA.id(), "Phòng GDĐT Huyện A " + tag, UnitType.DISTRICT_OFFICE, null);
        Unit a1 = fixtures.unit(platform, phongA.id(), "Trường TH A Một " + tag, UnitType.SCHOOL, SchoolLevel.TH);
        Unit a2 = fixtures.unit(platform, phongA.id(), "Trường TH A Hai " + tag, UnitType.SCHOOL, SchoolLevel.TH);
        String hostB = "so-b-" + tag + ".example.vn";
        Unit soB = units.create(platform, bo.id(), new UnitDraft("Sở GDĐT Tỉnh B " + tag, null, UnitType.PROVINCE_DEPARTMENT, null, null, hostB,
                null, null, null, null, null, null, null));
        Unit phongB = fixtures.unit(platform, soB.id(), "Phòng GDĐT Huyện B " + tag, UnitType.DISTRICT_OFFICE, null);
        Unit b1 = fixtures.unit(platform, phongB.id(), "Trường TH B Một " + tag, UnitType.SCHOOL, SchoolLevel.TH);
        Unit b2 = fixtures.unit(platform, phongB.id(), "Trường TH B Hai " + tag, UnitType.SCHOOL, SchoolLevel.TH);
        Unit b3 = fixtures.unit(platform, phongB.id(), "Trường TH B Ba " + tag, UnitType.SCHOOL, SchoolLevel.TH);
        var adminSoA = fixtures.member(soA, Role.UNIT_ADMIN, "admin-so-a", tag);
        var adminSoB = fixtures.member(soB, Role.UNIT_ADMIN, "admin-so-b", tag);
        Obligation schools = reporting.obligation(w, bo.id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Obligation districts = reporting.obligation(w, bo.id(), "TYPE:DISTRICT_OFFICE", Recipient.PARENT, "DAY_OF_NEXT_MONTH:25", null, "", false);
        send(platform, a1, schools, lastMonth(), 2);
        send(platform, a2, schools, lastMonth(), 3);
        long b1Last = send(platform, b1, schools, lastMonth(), 5);
        send(platform, b2, schools, lastMonth(), 7);
        send(platform, phongA, districts, lastMonth(), 1);
        send(platform, phongB, districts, lastMonth(), 1);
        send(platform, b1, schools, thisMonth(), 11);
        RollUpTable ministryBefore = rollUp(schools, bo, lastMonth());
        assertThat(ministryBefore.reports()).isEqualTo(4);
        assertThat(ministryBefore.total(field(schools, "tin_bai"))).isEqualByComparingTo("17");

        // The merger, as the platform's admin does it on the pages: Sở B's Phòng with its schools goes to Sở A, then Sở B closes into A.
        Browser admin = as(w.platformAdmin().email());
        assertThat(admin.post("/admin/u/" + phongB.id() + "/profile/move", Map.of("parentId", String.valueOf(soA.id()),
                "reason", "Hợp nhất tỉnh theo Nghị quyết 202/2025/QH15")).status()).isEqualTo(303);
        assertThat(admin.post("/admin/u/" + soB.id() + "/profile/close", Map.of("closedOn", clock.today().toString(),
                "successorId", String.valueOf(soA.id()), "hostRedirect", "on")).status()).isEqualTo(303);
        // Sở A's dashboard counts each month in its own tree: the newcomers from the running month on, never missing before.
        Period last = ObligationSchedule.periodOf(schools, lastMonth());
        Period current = ObligationSchedule.periodOf(schools, thisMonth());
        UnitRef boRef = refs.findById(bo.id()).orElseThrow();
        UnitRef soARef = refs.findById(soA.id()).orElseThrow();
        Map<String, Map<Long, Long>> expected = dashboard.expectedByChild(schools, boRef, soARef, List.of(last, current));
        assertThat(expected.get(last.code())).containsExactlyInAnyOrderEntriesOf(Map.of(phongA.id(), 2L));
        assertThat(expected.get(current.code())).containsExactlyInAnyOrderEntriesOf(Map.of(phongA.id(), 2L, phongB.id(), 3L));
        java.time.Instant lateFrom = new ObligationSchedule(schools).lateFrom(last);
        assertThat(dashboard.missingBelowChildren(schools, boRef, soARef, last, lateFrom, lateFrom.plusSeconds(86_400), 100))
                .extracting(MissingUnit::unitId).doesNotContain(b1.id(), b2.id(), b3.id());

        // A school of Sở B's old Phòng sends last month's report late, after the merger: it still counts where it stood then.
        send(platform, b3, schools, lastMonth(), 1);

        // Sở B's past: its deadline screen and roll-up still have its Phòng and schools.
        Browser soBAdmin = as(adminSoB.email());
        Page boardB = soBAdmin.get("/admin/u/" + soB.id() + "/deadlines?obligation=" + districts.id() + "&period=" + lastMonth());
        assertThat(boardB.status()).isEqualTo(200);
        assertThat(boardB.doc().select("tbody tr:contains(" + phongB.name() + ")").text()).contains("Đã gửi");
        Page rollUpB = soBAdmin.get("/admin/u/" + soB.id() + "/rollup?obligation=" + schools.id() + "&period=" + lastMonth());
        assertThat(rollUpB.status()).isEqualTo(200);
        assertThat(rollUpB.text()).contains(phongB.name()).contains("Theo cơ cấu tại kỳ báo cáo");
        assertThat(soBAdmin.get("/admin/u/" + soB.id() + "/received-reports/" + b1Last).status()).isEqualTo(200);
        RollUpTable pastB = rollUp(schools, soB, lastMonth());
        assertThat(pastB.reports()).isEqualTo(3);
        assertThat(pastB.total(field(schools, "tin_bai"))).isEqualByComparingTo("13");
        assertThat(rollUp(schools, soB, thisMonth()).reports()).isZero();

        // Sở A's past is its own: the newcomers are neither expected nor overdue there; the running month has them.
        Browser soAAdmin = as(adminSoA.email());
        Page pastBoardA = soAAdmin.get("/admin/u/" + soA.id() + "/deadlines?obligation=" + districts.id() + "&period=" + lastMonth());
        assertThat(pastBoardA.text()).contains(phongA.name()).doesNotContain(phongB.name());
        Page boardA = soAAdmin.get("/admin/u/" + soA.id() + "/deadlines?obligation=" + districts.id() + "&period=" + thisMonth());
        assertThat(boardA.text()).contains(phongA.name()).contains(phongB.name());
        RollUpTable pastA = rollUp(schools, soA, lastMonth());
        assertThat(pastA.reports()).isEqualTo(2);
        assertThat(pastA.total(field(schools, "tin_bai"))).isEqualByComparingTo("5");
        RollUpTable nowA = rollUp(schools, soA, thisMonth());
        assertThat(nowA.reports()).isEqualTo(1);
        assertThat(nowA.total(field(schools, "tin_bai"))).isEqualByComparingTo("11");
        // The ministry's past is unchanged, b3's late report added once; "as it is now" regroups the same numbers under Sở A.
        RollUpTable ministryAfter = rollUp(schools, bo, lastMonth());
        assertThat(ministryAfter.reports()).isEqualTo(5);
        assertThat(ministryAfter.total(field(schools, "tin_bai"))).isEqualByComparingTo("18");
        RollUpTable pastANow = rollUps.tableNow(schools, form(schools), soARef, last);
        assertThat(pastANow.reports()).isEqualTo(5);
        assertThat(pastANow.total(field(schools, "tin_bai"))).isEqualByComparingTo("18");
        assertThat(soAAdmin.get("/admin/u/" + soA.id() + "/rollup?obligation=" + schools.id() + "&period=" + lastMonth() + "&tree=now").text())
                .contains(phongB.name()).contains("Theo cơ cấu hiện nay");

        // Sở B's public site is an archive pointing to Sở A, and its own host name sends visitors there.
        Browser visitor = new Browser(server.getURI());
        Page site = visitor.get("/" + soB.slug() + "/");
        assertThat(site.status()).isEqualTo(200);
        assertThat(site.doc().select(".site-archive").text()).contains("Đơn vị đã sáp nhập vào").contains(soA.name());
        assertThat(site.doc().select(".site-archive a").attr("href")).isEqualTo("http://lantoa.test/" + soA.slug() + "/");
        // The host names are read again just after the commit that changed them.
        Page redirected = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> visitor.getWith("/tin", "Host", hostB), r -> r.status() == 301);
        assertThat(redirected.location()).isEqualTo("http://lantoa.test/" + soA.slug() + "/");
    }

    @Test
    void aSchoolMovedToAnotherDistrictOwesLastMonthToTheDistrictItWasUnderAndThisMonthToItsNewOne() {
        Fixtures.World w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        Unit d2 = fixtures.unit(platform, w.p().id(), "Phòng GDĐT Nhận Trường " + w.tag(), UnitType.DISTRICT_OFFICE, null);
        Obligation oldDistrict = reporting.obligation(w, w.d().id(), "CHILDREN", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Obligation newDistrict = reporting.obligation(w, d2.id(), "CHILDREN", Recipient.PARENT, "DAY_OF_NEXT_MONTH:21", null, "", false);

        fixtures.moveUnit(platform, w.a().id(), d2.id());

        List<ReportsDue.Due> due = reportsDue.of(refs.findById(w.a().id()).orElseThrow());
        String lastLabel = ObligationSchedule.periodOf(oldDistrict, lastMonth()).label();
        String thisLabel = ObligationSchedule.periodOf(oldDistrict, thisMonth()).label();
        assertThat(due).extracting(d -> d.title() + " | " + d.periodLabel())
                .contains(oldDistrict.title() + " | " + lastLabel, newDistrict.title() + " | " + thisLabel)
                .doesNotContain(newDistrict.title() + " | " + lastLabel, oldDistrict.title() + " | " + thisLabel);
        Browser school = as(w.adminA().email());
        assertThat(school.get("/admin/u/" + w.a().id() + "/reports/" + oldDistrict.id() + "/" + lastMonth()).status()).isEqualTo(200);
        assertThat(school.get("/admin/u/" + w.a().id() + "/reports/" + newDistrict.id() + "/" + lastMonth()).status()).isEqualTo(404);
        assertThat(school.get("/admin/u/" + w.a().id() + "/reports/" + oldDistrict.id() + "/" + thisMonth()).status()).isEqualTo(404);
        Page sent = ReportingTest.send(school, w.a().id(), oldDistrict, lastMonth(), answers(3), "submit");
        assertThat(sent.status()).isEqualTo(303);
        assertThat(count("SELECT recipient_unit_id FROM report WHERE unit_id = ? AND obligation_id = ? AND period_code = ?", w.a().id(), oldDistrict.id(),
                lastMonth())).isEqualTo(w.d().id());
    }

    @Test
    void aUnitWhoseUnitsAllMovedAwayStillHasItsPastRollUpAndDashboard() {
        Fixtures.World w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        Unit emptied = fixtures.unit(platform, w.p().id(), "Phòng GDĐT Giải Thể " + w.tag(), UnitType.DISTRICT_OFFICE, null);
        Unit school = fixtures.unit(platform, emptied.id(), "Trường TH Đi Trước " + w.tag(), UnitType.SCHOOL, SchoolLevel.TH);
        var admin = fixtures.member(emptied, Role.UNIT_ADMIN, "admin-emptied", w.tag());
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        send(platform, school, o, lastMonth(), 9);

        fixtures.moveUnit(platform, school.id(), w.d().id());

        Browser browser = as(admin.email());
        Page rollUp = browser.get("/admin/u/" + emptied.id() + "/rollup?obligation=" + o.id() + "&period=" + lastMonth());
        assertThat(rollUp.status()).isEqualTo(200);
        assertThat(rollUp.text()).contains(school.name());
        assertThat(browser.get("/admin/u/" + emptied.id() + "/rollup/export.xlsx?obligation=" + o.id() + "&period=" + lastMonth()).status()).isEqualTo(200);
        assertThat(browser.get("/admin/u/" + emptied.id() + "/report-dashboard?obligation=" + o.id()).status()).isEqualTo(200);
        assertThat(browser.get("/admin/u/" + emptied.id() + "/deadlines?obligation=" + o.id() + "&period=" + lastMonth()).text()).contains(school.name());
    }

    private long send(Actor actor, Unit unit, Obligation o, String period, int articles) {
        Slot slot = reports.slot(refs.findById(unit.id()).orElseThrow(), o.id(), period);
        return reports.submit(actor, slot, answers(articles), UUID.randomUUID().toString()).report().id();
    }

    private static Map<String, String> answers(int articles) {
        Map<String, String> a = new HashMap<>(ReportingTest.goodAnswers());
        a.put("tin_bai", String.valueOf(articles));
        return a;
    }

    private FormDefinition form(Obligation o) {
        ReportForm f = forms.findById$WithoutTenancy(o.formId()).orElseThrow();
        return answers.form(versions.findByUnitIdAndFormIdAndNumber(f.unitId(), f.id(), f.currentVersion()).orElseThrow());
    }

    private FormField field(Obligation o, String key) {
        return form(o).sections().stream().flatMap(s -> s.fields().stream()).filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private RollUpTable rollUp(Obligation o, Unit unit, String period) {
        return rollUps.table(o, form(o), refs.findById(unit.id()).orElseThrow(), ObligationSchedule.periodOf(o, period));
    }

    /** The group's totals of tin_bai as stored: sum, count, min, max; empty when the group has none. */
    private List<Double> total(Obligation o, String period, long groupId) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             PreparedStatement ps = c.prepareStatement("SELECT total, reports, min_value, max_value FROM report_total WHERE obligation_id = ? "
                     + "AND period_code = ? AND group_unit_id = ? AND field_key = 'tin_bai'")) {
            ps.setLong(1, o.id());
            ps.setString(2, period);
            ps.setLong(3, groupId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? List.of(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)) : List.of();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
