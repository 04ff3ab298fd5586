package vn.lantoa.reporting.review;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.TestClock;
import vn.lantoa.unit.Unit;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting API as an integrator uses it, over HTTP against the real database: a district finding its late schools
 * and their numbers, accepting and returning reports, a province reading roll-ups and dashboards from above, and what
 * nobody else may read or do.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingApiTest {

    static final String PERIOD = "2026-11";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ReportingFixture reporting;
    @Inject
    JsonMapper json;
    @Inject
    TestClock clock;

    @AfterEach
    void totalsStillEqualValues() {
        reporting.assertTotalsEqualValues();
    }

    /**
     * District D's monthly report, due by the 25th, for its schools A, B and a third school C: A sends on the 20th, B on
     * the 27th (two days late), C nothing (overdue); the clock then runs on the 27th.
     */
    record Month(Fixtures.World w, Unit c, String adminC, Obligation obligation, long reportA, long reportB) {
    }

    Month month() {
        clock.runFrom(LocalDateTime.of(2026, 11, 20, 9, 0));
        Fixtures.World w = fixtures.world();
        Unit c = fixtures.unit(fixtures.actor(w.platformAdmin()), w.d().id(), "Trường Mầm non Hoa Sen " + w.tag(), UnitType.SCHOOL, SchoolLevel.MN);
        String adminC = fixtures.member(c, Role.UNIT_ADMIN, "admin-c", w.tag()).email();
        Obligation o = reporting.obligation(w, w.d().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:25", null, "", false);
        long a = send(w.adminA().email(), w.a().id(), o, answers("12", "5", "4", "90"));
        clock.runFrom(LocalDateTime.of(2026, 11, 27, 10, 0));
        long b = send(w.adminB().email(), w.b().id(), o, answers("7", "3", "3", "80,5"));
        return new Month(w, c, adminC, o, a, b);
    }

    static Map<String, String> answers(String articles, String received, String handled, String satisfied) {
        Map<String, String> a = new HashMap<>();
        a.put("tin_bai", articles);
        a.put("y_kien_nhan", received);
        a.put("y_kien_xu_ly", handled);
        a.put("ty_le_hai_long", satisfied);
        a.put("vu_viec[0].noi_dung", "Phản ánh về giờ đón trả học sinh");
        a.put("vu_viec[0].nguon", "Phụ huynh");
        return a;
    }

    /** A school sends its report through the API, as its program would; returns the report's id. */
    long send(String email, long unitId, Obligation o, Map<String, String> answers) {
        Api.Reply sent = api(email).postWith("/api/v1/units/" + unitId + "/reports/" + o.id() + "/" + PERIOD, Map.of("answers", answers),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return ((Number) sent.json().get("id")).longValue();
    }

    Api api(String email) {
        return new Api(server.getURI(), json).signIn(email, Fixtures.PASSWORD);
    }

    static String received(long unitId, Obligation o) {
        return "/api/v1/units/" + unitId + "/obligations/" + o.id() + "/periods/" + PERIOD + "/received";
    }

    static String decide(long unitId, long reportId, String action) {
        return "/api/v1/units/" + unitId + "/received-reports/" + reportId + "/" + action;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return (List<Map<String, Object>>) reply.json().get("items");
    }

    static Map<String, Object> byUnit(List<Map<String, Object>> items, long unitId) {
        return items.stream().filter(i -> ((Number) i.get("unitId")).longValue() == unitId).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    static BigDecimal number(Object o) {
        return new BigDecimal(o.toString());
    }

    // ---- Workflow (a): the district's late schools and their numbers, in two calls.

    @Test
    void aDistrictFindsTheSchoolsLateThisMonthAndReadsTheirNumbersInTwoCalls() {
        Month m = month();
        Api district = api(m.w().adminD().email());
        long d = m.w().d().id();

        List<Map<String, Object>> periods = items(district.get("/api/v1/units/" + d + "/obligations/" + m.obligation().id() + "/periods"));
        Map<String, Object> latest = periods.stream().filter(p -> Boolean.TRUE.equals(p.get("latestDue"))).findFirst().orElseThrow();
        assertThat(latest.get("code")).isEqualTo(PERIOD);
        assertThat(latest.get("due")).isEqualTo(true);
        assertThat(latest.get("dueDate")).isEqualTo("2026-11-25");
        assertThat(latest.get("lateFrom")).isEqualTo("2026-11-25T17:00:00Z");

        Api.Reply late = district.get(received(d, m.obligation()) + "?status=late&include=answers");
        List<Map<String, Object>> lines = items(late);
        assertThat(lines).extracting(l -> ((Number) l.get("unitId")).longValue()).containsExactlyInAnyOrder(m.w().b().id(), m.c().id());
        Map<String, Object> b = byUnit(lines, m.w().b().id());
        assertThat(b.get("status")).isEqualTo("SUBMITTED_LATE");
        assertThat(((Number) b.get("daysLate")).longValue()).isEqualTo(2);
        assertThat(((Number) b.get("reportId")).longValue()).isEqualTo(m.reportB());
        assertThat(b.get("firstSubmittedAt")).isEqualTo(b.get("submittedAt")).asString().startsWith("2026-11-27T03:");
        assertThat(map(b.get("answers"))).containsEntry("tin_bai", "7").containsEntry("vu_viec[0].nguon", "Phụ huynh");
        assertThat(number(map(b.get("numbers")).get("tin_bai"))).isEqualByComparingTo("7");
        assertThat(number(map(b.get("numbers")).get("ty_le_hai_long"))).isEqualByComparingTo("80.5");
        // Numbers are JSON numbers, exact as sent, not text.
        assertThat(late.body()).contains("\"ty_le_hai_long\":80.5").contains("\"tin_bai\":7");
        Map<String, Object> c = byUnit(lines, m.c().id());
        assertThat(c.get("status")).isEqualTo("OVERDUE");
        assertThat(((Number) c.get("daysLate")).longValue()).isEqualTo(2);
        assertThat(c.get("reportId")).isNull();
        assertThat(c.get("answers")).isNull();

        List<Map<String, Object>> all = items(district.get(received(d, m.obligation())));
        assertThat(byUnit(all, m.w().a().id()).get("status")).isEqualTo("SUBMITTED_ON_TIME");
        assertThat(byUnit(all, m.w().a().id()).get("answers")).as("answers only when asked for").isNull();
        assertThat(items(district.get(received(d, m.obligation()) + "?status=missing"))).extracting(l -> l.get("unitName"))
                .containsExactly(m.c().name());
        assertThat(items(district.get(received(d, m.obligation()) + "?status=sent,OVERDUE"))).hasSize(3);
    }

    @Test
    void theDistrictFindsTheObligationItReceivesWithItsFormAndSchedule() {
        Month m = month();
        Api district = api(m.w().adminD().email());
        long d = m.w().d().id();

        Map<String, Object> listed = items(district.get("/api/v1/units/" + d + "/obligations?direction=received")).stream()
                .filter(o -> ((Number) o.get("id")).longValue() == m.obligation().id()).findFirst().orElseThrow();
        assertThat(listed).containsEntry("issued", true).containsEntry("receives", true).containsEntry("owed", false)
                .containsEntry("periodType", "MONTHLY");
        assertThat(items(district.get("/api/v1/units/" + d + "/obligations?direction=owed"))).isEmpty();

        Api.Reply one = api(m.adminC()).get("/api/v1/units/" + m.c().id() + "/obligations/" + m.obligation().id());
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(map(one.json().get("obligation"))).containsEntry("owed", true).containsEntry("issued", false)
                .containsEntry("issuerName", m.w().d().name());
        assertThat(map(one.json().get("schedule")).get("dueRuleWords")).isEqualTo("chậm nhất ngày 25 của tháng báo cáo");
        assertThat(one.body()).contains("\"key\":\"tin_bai\"", "\"rollUp\":\"SUM\"", "\"rollUp\":\"AVERAGE\"");

        Api.Reply badDirection = district.get("/api/v1/units/" + d + "/obligations?direction=sideways");
        assertThat(badDirection.status()).isEqualTo(400);
        assertThat(badDirection.body()).contains("\"field\":\"direction\"", "Chọn direction");
    }

    @Test
    void aSchoolListsWhatItOwesWithDeadlinesAndStatus() {
        Month m = month();

        List<Map<String, Object>> owed = items(api(m.adminC()).get("/api/v1/units/" + m.c().id() + "/owed-reports?period=" + PERIOD));
        assertThat(owed).hasSize(1);
        assertThat(owed.get(0)).containsEntry("status", "OVERDUE").containsEntry("dueDate", "2026-11-25")
                .containsEntry("lateFrom", "2026-11-25T17:00:00Z").containsEntry("recipientName", m.w().d().name());
        assertThat(((Number) owed.get(0).get("daysLate")).longValue()).isEqualTo(2);
        assertThat(items(api(m.w().adminA().email()).get("/api/v1/units/" + m.w().a().id() + "/owed-reports?period=" + PERIOD + "&status=late"))).isEmpty();
        List<Map<String, Object>> aAll = items(api(m.w().adminA().email()).get("/api/v1/units/" + m.w().a().id() + "/owed-reports"));
        assertThat(aAll).extracting(r -> r.get("period")).contains(PERIOD, "2026-10");
        assertThat(aAll.stream().filter(r -> PERIOD.equals(r.get("period"))).findFirst().orElseThrow())
                .containsEntry("status", "SUBMITTED_ON_TIME");
    }

    // ---- Accept and return.

    @Test
    void theRecipientAcceptsOnceAndASecondDecisionIsAConflict() {
        Month m = month();
        Api district = api(m.w().adminD().email());
        long d = m.w().d().id();

        Api.Reply accepted = district.post(decide(d, m.reportA(), "accept"), Map.of());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json()).containsEntry("state", "ACCEPTED").containsEntry("status", "ACCEPTED").containsEntry("canDecide", false);
        assertThat(accepted.json().get("decidedAt")).isNotNull();

        Api.Reply again = district.post(decide(d, m.reportA(), "accept"), Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("CONFLICT");
        assertThat((String) again.json().get("message")).isEqualTo("Báo cáo không ở trạng thái chờ tiếp nhận.");
        assertThat(district.post(decide(d, m.reportA(), "return"), Map.of("reason", "Sai số liệu")).status()).isEqualTo(409);
        assertThat(district.get("/api/v1/units/" + d + "/received-reports/" + m.reportA()).json()).containsEntry("state", "ACCEPTED")
                .containsEntry("returnReason", null);
        assertThat(byUnit(items(district.get(received(d, m.obligation()) + "?status=accepted")), m.w().a().id())).isNotNull();
    }

    @Test
    void returningAReportNeedsAReasonAndTheSchoolSeesItReturned() {
        Month m = month();
        Api district = api(m.w().adminD().email());
        long d = m.w().d().id();

        Api.Reply noReason = district.post(decide(d, m.reportB(), "return"), Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(noReason.body()).contains("\"field\":\"reason\"", "Nhập lý do trả lại để đơn vị biết cần sửa gì.");
        assertThat(district.post(decide(d, m.reportB(), "return"), Map.of("reason", "   ")).status()).isEqualTo(400);
        assertThat(district.get("/api/v1/units/" + d + "/received-reports/" + m.reportB()).json()).containsEntry("state", "SUBMITTED")
                .containsEntry("canDecide", true);

        Api.Reply returned = district.post(decide(d, m.reportB(), "return"), Map.of("reason", "Số ý kiến đã xử lý chưa khớp sổ theo dõi"));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json()).containsEntry("state", "RETURNED").containsEntry("status", "RETURNED")
                .containsEntry("returnReason", "Số ý kiến đã xử lý chưa khớp sổ theo dõi");
        assertThat(map(returned.json().get("answers"))).containsEntry("tin_bai", "7");
        assertThat(district.post(decide(d, m.reportB(), "return"), Map.of("reason", "Lần nữa")).status()).isEqualTo(409);

        List<Map<String, Object>> owed = items(api(m.w().adminB().email()).get("/api/v1/units/" + m.w().b().id() + "/owed-reports?status=returned"));
        assertThat(owed).hasSize(1);
        assertThat(owed.get(0)).containsEntry("period", PERIOD).containsEntry("returnReason", "Số ý kiến đã xử lý chưa khớp sổ theo dõi");
    }

    // ---- Who reads what.

    @Test
    void aSchoolCannotReadAnotherSchoolsReportsOrItsDistrictsList() {
        Month m = month();
        Api schoolA = api(m.w().adminA().email());

        assertThat(schoolA.get("/api/v1/units/" + m.w().b().id() + "/owed-reports").status()).isEqualTo(404);
        assertThat(schoolA.get(received(m.w().d().id(), m.obligation())).status()).isEqualTo(404);
        assertThat(schoolA.get(received(m.w().a().id(), m.obligation())).status()).isEqualTo(404);
        assertThat(schoolA.get("/api/v1/units/" + m.w().a().id() + "/received-reports/" + m.reportB()).status()).isEqualTo(404);
        assertThat(schoolA.post(decide(m.w().a().id(), m.reportB(), "accept"), Map.of()).status()).isEqualTo(404);
        assertThat(api(m.w().adminQ().email()).get("/api/v1/units/" + m.w().q().id() + "/obligations/" + m.obligation().id()).status())
                .isEqualTo(404);
        assertThat(api(m.w().adminD().email()).get("/api/v1/units/" + m.w().d().id() + "/received-reports/" + m.reportB()).json())
                .containsEntry("state", "SUBMITTED");
    }

    @Test
    void theProvinceReadsReceivedReportsAndTheRollUpFromAboveButCannotDecide() {
        Month m = month();
        Api province = api(m.w().adminP().email());
        long d = m.w().d().id();
        long p = m.w().p().id();

        assertThat(items(province.get(received(d, m.obligation()) + "?include=answers"))).hasSize(3);
        assertThat(province.get("/api/v1/units/" + d + "/obligations/" + m.obligation().id() + "/periods/" + PERIOD + "/rollup").status())
                .isEqualTo(200);
        Api.Reply read = province.get("/api/v1/units/" + p + "/received-reports/" + m.reportA());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).containsEntry("canDecide", false).containsEntry("unitName", m.w().a().name());

        assertThat(province.post(decide(d, m.reportA(), "accept"), Map.of()).status()).isEqualTo(403);
        assertThat(province.post(decide(p, m.reportA(), "accept"), Map.of()).status()).isEqualTo(403);
        assertThat(province.post(decide(p, m.reportA(), "return"), Map.of("reason", "Cấp trên trả lại")).status()).isEqualTo(403);
        assertThat(api(m.w().adminD().email()).get("/api/v1/units/" + d + "/received-reports/" + m.reportA()).json())
                .containsEntry("state", "SUBMITTED");
    }

    // ---- Workflow (c): the province's roll-up of a month, line by line.

    @Test
    void aProvinceReadsTheRollUpOfAMonthWhosePerChildLinesAddUpToItsTotals() {
        clock.runFrom(LocalDateTime.of(2026, 11, 20, 9, 0));
        Fixtures.World w = fixtures.world();
        Unit d2 = fixtures.unit(fixtures.actor(w.platformAdmin()), w.p().id(), "Phòng GDĐT Bên Sông " + w.tag(), UnitType.DISTRICT_OFFICE, null);
        Unit e = fixtures.unit(fixtures.actor(w.platformAdmin()), d2.id(), "Trường THCS Bến Đò " + w.tag(), UnitType.SCHOOL, SchoolLevel.THCS);
        String adminE = fixtures.member(e, Role.UNIT_ADMIN, "admin-e", w.tag()).email();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL,TYPE:DISTRICT_OFFICE", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:25", null, "",
                false);
        send(w.adminA().email(), w.a().id(), o, answers("12", "5", "4", "90"));
        send(w.adminD().email(), w.d().id(), o, answers("3", "1", "1", "70"));
        clock.runFrom(LocalDateTime.of(2026, 11, 27, 10, 0));
        send(adminE, e.id(), o, answers("9", "2", "2", "100"));

        Api.Reply rollUp = api(w.adminP().email()).get("/api/v1/units/" + w.p().id() + "/obligations/" + o.id() + "/periods/" + PERIOD + "/rollup");
        assertThat(rollUp.status()).as(rollUp.body()).isEqualTo(200);
        Map<String, Object> r = rollUp.json();
        assertThat(r).containsEntry("tree", "period").containsEntry("period", PERIOD);
        assertThat(((Number) r.get("reports")).longValue()).isEqualTo(3);
        assertThat(((Number) r.get("expected")).longValue()).as("D, A, B, D2, E").isEqualTo(5);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> children = (List<Map<String, Object>>) r.get("children");
        assertThat(children).extracting(c -> ((Number) c.get("unitId")).longValue()).containsExactlyInAnyOrder(w.d().id(), d2.id());
        Map<String, Object> d = byUnit(children, w.d().id());
        assertThat(((Number) d.get("expected")).longValue()).isEqualTo(3);
        assertThat(((Number) d.get("sent")).longValue()).isEqualTo(2);
        assertThat(((Number) d.get("onTime")).longValue()).isEqualTo(2);
        assertThat(number(map(map(d.get("own")).get("values")).get("tin_bai"))).isEqualByComparingTo("3");
        assertThat(number(map(map(d.get("below")).get("values")).get("tin_bai"))).isEqualByComparingTo("12");
        Map<String, Object> second = byUnit(children, d2.id());
        assertThat(second.get("own")).isNull();
        assertThat(((Number) second.get("onTime")).longValue()).isZero();

        for (String field : List.of("tin_bai", "y_kien_nhan", "y_kien_xu_ly")) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Map<String, Object> child : children) {
                for (String part : List.of("own", "below")) {
                    if (child.get(part) != null && map(map(child.get(part)).get("values")).get(field) != null) {
                        sum = sum.add(number(map(map(child.get(part)).get("values")).get(field)));
                    }
                }
            }
            assertThat(sum).as(field).isEqualByComparingTo(number(map(r.get("totals")).get(field)));
        }
        assertThat(number(map(r.get("totals")).get("tin_bai"))).isEqualByComparingTo("24");
        assertThat(number(map(r.get("totals")).get("ty_le_hai_long"))).as("an average, not a sum").isEqualByComparingTo("86.6667");
        @SuppressWarnings("unchecked")
        List<String> rules = (List<String>) r.get("rules");
        assertThat(String.join(" ", rules)).contains("Mỗi báo cáo được tính đúng một lần", "cơ cấu đơn vị cuối kỳ báo cáo");
        assertThat(rollUp.body()).contains("\"key\":\"ty_le_hai_long\"", "\"rollUp\":\"AVERAGE\"");

        Api.Reply now = api(w.adminP().email()).get("/api/v1/units/" + w.p().id() + "/obligations/" + o.id() + "/periods/" + PERIOD + "/rollup?tree=now");
        assertThat(now.status()).isEqualTo(200);
        assertThat(now.json()).containsEntry("tree", "now").containsEntry("expected", null);
        assertThat(number(map(now.json().get("totals")).get("tin_bai"))).isEqualByComparingTo("24");
        assertThat(api(w.adminP().email()).get("/api/v1/units/" + w.p().id() + "/obligations/" + o.id() + "/periods/" + PERIOD + "/rollup?tree=x")
                .status()).isEqualTo(400);
        assertThat(api(w.adminD().email()).get("/api/v1/units/" + w.d().id() + "/obligations/" + o.id() + "/periods/" + PERIOD + "/rollup").status())
                .isEqualTo(200);
        assertThat(api(w.adminQ().email()).get("/api/v1/units/" + w.q().id() + "/obligations/" + o.id() + "/periods/" + PERIOD + "/rollup").status())
                .isEqualTo(404);
    }

    @Test
    void theDashboardCountsExpectedSentOnTimeAndLatePerChildAndPeriod() {
        Month m = month();
        Api.Reply dashboard = api(m.w().adminD().email()).get("/api/v1/units/" + m.w().d().id() + "/obligations/" + m.obligation().id()
                + "/dashboard?periods=2");
        assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> periods = (List<Map<String, Object>>) dashboard.json().get("periods");
        assertThat(periods).extracting(p -> p.get("code")).containsExactly("2026-10", PERIOD);
        Map<String, Object> november = map(periods.get(1).get("totals"));
        assertThat(november).containsEntry("expected", 3).containsEntry("sent", 2).containsEntry("onTime", 1).containsEntry("late", 1)
                .containsEntry("completeness", 67).containsEntry("timeliness", 33);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> children = (List<Map<String, Object>>) dashboard.json().get("children");
        @SuppressWarnings("unchecked")
        Map<String, Object> b = ((List<Map<String, Object>>) byUnit(children, m.w().b().id()).get("periods")).get(1);
        assertThat(b).containsEntry("expected", 1).containsEntry("sent", 1).containsEntry("onTime", 0).containsEntry("late", 1);
        assertThat(api(m.w().adminD().email()).get("/api/v1/units/" + m.w().d().id() + "/obligations/" + m.obligation().id()
                + "/dashboard?periods=0").status()).isEqualTo(400);
    }

    // ---- Quick reports: an exam's sessions and incidents.

    @Test
    void theProvinceReadsTheExamBoardAndTheDistrictItsIncidents() {
        clock.runFrom(LocalDateTime.of(2026, 11, 27, 10, 0));
        Fixtures.World w = fixtures.world();
        Obligation exam = reporting.quick(w, w.p().id(), "LEVEL:THCS", Recipient.ISSUER, vn.lantoa.reporting.core.PeriodType.LISTED,
                "S1|Ngữ văn|2026-11-27T07:30|2026-11-27T09:30\nS2|Toán|2026-11-28T07:30|2026-11-28T09:30");
        Obligation rapid = reporting.quick(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, vn.lantoa.reporting.core.PeriodType.EVENT, null);
        Api school = api(w.adminA().email());
        assertThat(school.postWith("/api/v1/units/" + w.a().id() + "/reports/" + exam.id() + "/S1", Map.of("answers", answers("2", "310", "309", "99,5")),
                "Idempotency-Key", UUID.randomUUID().toString()).status()).isEqualTo(201);
        assertThat(school.postWith("/api/v1/units/" + w.a().id() + "/reports/" + rapid.id() + "/E202611270930-sch1",
                Map.of("answers", answers("1", "1", "1", "50")), "Idempotency-Key", UUID.randomUUID().toString()).status()).isEqualTo(201);

        Api.Reply board = api(w.adminP().email()).get("/api/v1/units/" + w.p().id() + "/obligations/" + exam.id() + "/exam-board");
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) board.json().get("sessions");
        assertThat(sessions).extracting(x -> x.get("code")).containsExactly("S1", "S2");
        assertThat(sessions.get(0)).containsEntry("sent", 1).containsEntry("start", "2026-11-27T00:30:00Z").containsEntry("lateFrom", "2026-11-27T04:30:00Z");
        assertThat(number(map(sessions.get(0).get("totals")).get("y_kien_nhan"))).isEqualByComparingTo("310");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sites = (List<Map<String, Object>>) board.json().get("sites");
        assertThat(sites).extracting(x -> x.get("unitName")).containsExactly(w.a().name());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cells = (List<Map<String, Object>>) sites.get(0).get("sessions");
        assertThat(cells.get(0)).containsEntry("status", "SUBMITTED_ON_TIME");
        assertThat(number(map(cells.get(0).get("values")).get("ty_le_hai_long"))).isEqualByComparingTo("99.5");
        assertThat(cells.get(1)).containsEntry("status", "NOT_STARTED").containsEntry("reportId", null);
        assertThat(api(w.adminQ().email()).get("/api/v1/units/" + w.q().id() + "/obligations/" + exam.id() + "/exam-board").status()).isEqualTo(404);
        assertThat(api(w.adminP().email()).get("/api/v1/units/" + w.p().id() + "/obligations/" + rapid.id() + "/exam-board").status())
                .as("not an exam").isEqualTo(404);

        List<Map<String, Object>> received = items(api(w.adminD().email()).get("/api/v1/units/" + w.d().id() + "/incidents"));
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).containsEntry("receivedHere", true).containsEntry("happenedAt", "2026-11-27T02:30:00Z")
                .containsEntry("unitName", w.a().name()).containsEntry("late", false);
        long incident = ((Number) received.get(0).get("reportId")).longValue();
        assertThat(api(w.adminD().email()).get("/api/v1/units/" + w.d().id() + "/received-reports/" + incident).json())
                .containsEntry("state", "SUBMITTED");
        assertThat(items(api(w.adminP().email()).get("/api/v1/units/" + w.p().id() + "/incidents")).get(0)).containsEntry("receivedHere", false);
        assertThat(items(api(w.adminB().email()).get("/api/v1/units/" + w.b().id() + "/incidents"))).isEmpty();
        assertThat(api(w.adminB().email()).get("/api/v1/units/" + w.d().id() + "/incidents").status()).isEqualTo(404);
    }

    // ---- Paging.

    @Test
    void receivedReportsArePagedWithLinkAndTotalCountHeaders() throws Exception {
        Month m = month();
        Api district = api(m.w().adminD().email());
        String path = received(m.w().d().id(), m.obligation());

        HttpResponse<String> second = raw(district.token(), path + "?perPage=1&page=2");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("X-Total-Count")).hasValue("3");
        String link = second.headers().firstValue("Link").orElseThrow();
        assertThat(link).contains("perPage=1&page=1>; rel=\"prev\"", "perPage=1&page=3>; rel=\"next\"", "perPage=1&page=3>; rel=\"last\"");
        Map<String, Object> body = json.readValue(second.body(), io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        assertThat(body).containsEntry("total", 3).containsEntry("page", 2).containsEntry("perPage", 1);
        assertThat((List<?>) body.get("items")).hasSize(1);

        Api.Reply tooMany = district.get(path + "?perPage=500");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"field\":\"perPage\"");
        Api.Reply badStatus = district.get(path + "?status=lost");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body()).contains("\"field\":\"status\"", "Trạng thái không hợp lệ");
        assertThat(district.get(path + "?include=everything").status()).isEqualTo(400);
        assertThat(district.get("/api/v1/units/" + m.w().d().id() + "/obligations/" + m.obligation().id() + "/periods/2026-13/received").status())
                .isEqualTo(404);
    }

    HttpResponse<String> raw(String token, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(URI.create(path))).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
