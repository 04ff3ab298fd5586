package vn.lantoa.desk;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.calendar.DaysOff;
import vn.lantoa.desk.stats.DeskStatistics;
import vn.lantoa.desk.stats.StatsLine;
import vn.lantoa.desk.stats.StatsRange;
import vn.lantoa.desk.stats.StatsScope;
import vn.lantoa.desk.tree.EscalationJob;
import vn.lantoa.people.User;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's deadlines are its unit's days for its topic, kept on the case: the statistics, the API's overdue filter,
 * escalation and a forward all measure against them, a change of the days moves the open cases only, and a change of
 * the calendar reaches the cases already open.
 */
@MicronautTest(transactional = false)
class CaseDeadlinesTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    JsonMapper json;
    @Inject
    DeskStatistics statistics;
    @Inject
    UnitRefRepository refs;
    @Inject
    EscalationJob escalation;
    @Inject
    CaseDeadlines deadlines;
    @Inject
    DaysOff daysOff;

    @Test
    void aSchoolsOwnDaysForATopicSetTheDeadlinesThatTheStatisticsAndTheApisOverdueFilterMeasureAgainst() {
        Fixtures.World w = fixtures.world();
        days(w.adminA(), w.a().id(), "TUYEN_SINH", 1, 3);
        // Monday 2 March 2026, 09:00 in Hanoi: three working days to answer is Thursday 5 March, the default ten is Monday 16 March.
        clock.runFrom(LocalDateTime.of(2026, 3, 2, 9, 0));
        long admission = send(w, w.a().slug(), "TUYEN_SINH", "Hồ sơ tuyển sinh lớp sáu nộp ở đâu " + w.tag());
        long fees = send(w, w.a().slug(), "HOC_PHI", "Khoản thu quỹ lớp có bắt buộc không " + w.tag());
        assertThat(due(admission)).isEqualTo("2026-03-03T02:00 2026-03-05T02:00");
        assertThat(due(fees)).isEqualTo("2026-03-03T02:00 2026-03-16T02:00");

        Api officer = officer(w);
        String cases = "/api/v1/units/" + w.a().id() + "/cases";
        assertThat(officer.post(cases + "/" + admission + "/acknowledge", Map.of()).status()).isEqualTo(200);
        assertThat(officer.post(cases + "/" + fees + "/acknowledge", Map.of()).status()).isEqualTo(200);
        clock.freezeAt(LocalDateTime.of(2026, 3, 6, 10, 0));
        assertThat(ids(officer.get(cases + "?overdue=true"))).containsExactly(admission);
        assertThat(ids(officer.get(cases + "?overdue=false"))).containsExactly(fees);
        StatsLine friday = total(w.a().id());
        assertThat(friday.open()).isEqualTo(2);
        assertThat(friday.overdue()).isEqualTo(1);

        clock.freezeAt(LocalDateTime.of(2026, 3, 9, 10, 0));
        assertThat(officer.post(cases + "/" + admission + "/answer", Map.of("text", "Hồ sơ nộp tại văn phòng nhà trường.")).status()).isEqualTo(200);
        assertThat(officer.post(cases + "/" + fees + "/answer", Map.of("text", "Quỹ lớp do phụ huynh tự nguyện.")).status()).isEqualTo(200);
        StatsLine answered = total(w.a().id());
        assertThat(answered.answered()).isEqualTo(2);
        assertThat(answered.onTime()).as("only the fees case was answered within its own days").isEqualTo(1);
        assertThat(answered.overdue()).isZero();
    }

    @Test
    void newDaysMoveTheDeadlinesOfOpenCasesBelowButNotThoseAnAnswerWasMeasuredAgainst() {
        Fixtures.World w = fixtures.world();
        clock.runFrom(LocalDateTime.of(2026, 3, 2, 9, 0));
        long open = send(w, w.a().slug(), "AN_TOAN", "Cổng trường đông xe máy giờ tan học " + w.tag());
        long sibling = send(w, w.b().slug(), "AN_TOAN", "Lan can cầu thang tầng hai bị lung lay " + w.tag());
        long done = send(w, w.a().slug(), "AN_TOAN", "Mái che nhà xe bị dột " + w.tag());
        long elsewhere = send(w, w.z().slug(), "AN_TOAN", "Đèn hành lang bị hỏng " + w.tag());
        Api officer = officer(w);
        assertThat(officer.post("/api/v1/units/" + w.a().id() + "/cases/" + done + "/answer", Map.of("text", "Đã sửa mái che.")).status())
                .isEqualTo(200);

        // The Phòng gives safety 2 and 15 working days: its schools follow it; 15 working days from 2 March is 23 March.
        days(w.adminD(), w.d().id(), "AN_TOAN", 2, 15);
        assertThat(due(open)).isEqualTo("2026-03-04T02:00 2026-03-23T02:00");
        assertThat(due(sibling)).isEqualTo("2026-03-04T02:00 2026-03-23T02:00");
        assertThat(due(done)).isEqualTo("2026-03-03T02:00 2026-03-16T02:00");
        assertThat(due(elsewhere)).isEqualTo("2026-03-03T02:00 2026-03-16T02:00");
    }

    @Test
    void aForwardedCaseRunsOnTheReceivingUnitsDaysCountedFromWhenTheCitizenWrote() {
        Fixtures.World w = fixtures.world();
        days(w.adminA(), w.a().id(), "CHE_DO", 1, 3);
        days(w.adminD(), w.d().id(), "CHE_DO", 2, 20);
        clock.runFrom(LocalDateTime.of(2026, 3, 2, 9, 0));
        long id = send(w, w.a().slug(), "CHE_DO", "Chưa nhận tiền hỗ trợ chi phí học tập " + w.tag());
        assertThat(due(id)).isEqualTo("2026-03-03T02:00 2026-03-05T02:00");

        clock.freezeAt(LocalDateTime.of(2026, 3, 3, 8, 0));
        Browser school = new Browser(server.getURI()).signIn(w.adminA().email(), Fixtures.PASSWORD);
        assertThat(school.post("/admin/u/" + w.a().id() + "/desk/cases/" + id + "/forward", Map.of("target", String.valueOf(w.d().id()),
                "reason", "Chế độ do Phòng chi trả")).status()).isEqualTo(303);
        assertThat(query("SELECT unit_id FROM desk_case WHERE id = " + id)).isEqualTo(String.valueOf(w.d().id()));
        // Twenty working days from Monday 2 March: 30 March.
        assertThat(due(id)).isEqualTo("2026-03-04T02:00 2026-03-30T02:00");
    }

    @Test
    void escalationCountsItsWorkingDaysFromTheUnitsOwnAnswerDeadline() {
        Fixtures.World w = fixtures.world();
        days(w.adminD(), w.d().id(), "THI_CU", 1, 2);
        // Received Monday 2 March 09:00: answer due Wednesday 4 March 09:00, five working days later Wednesday 11 March 09:00
        // (with the default ten days it would be 23 March).
        clock.runFrom(LocalDateTime.of(2026, 3, 2, 9, 0));
        long id = send(w, w.b().slug(), "THI_CU", "Lịch thi học kỳ thay đổi mà không báo trước " + w.tag());
        clock.freezeAt(LocalDateTime.of(2026, 3, 11, 8, 59));
        escalation.run();
        assertThat(query("SELECT COUNT(*) FROM desk_case_transfer WHERE case_id = " + id)).isEqualTo("0");
        clock.freezeAt(LocalDateTime.of(2026, 3, 11, 9, 1));
        escalation.run();
        assertThat(query("SELECT CONCAT(kind, ' ', to_unit_id) FROM desk_case_transfer WHERE case_id = " + id))
                .isEqualTo("ESCALATED " + w.d().id());
    }

    @Test
    void casesWithoutDeadlinesGetThemAndADayOffAddedLaterMovesTheOpenOnes() throws Exception {
        Fixtures.World w = fixtures.world();
        clock.runFrom(LocalDateTime.of(2031, 3, 3, 9, 0));
        long id = send(w, w.a().slug(), "KHAC", "Góp ý về giờ đón trả học sinh " + w.tag());
        execute("UPDATE desk_case SET acknowledge_due_at = NULL, answer_due_at = NULL WHERE id = " + id);
        deadlines.refreshUnder(w.p().path());
        // Monday 3 March 2031: ten working days is Monday 17 March.
        assertThat(due(id)).isEqualTo("2031-03-04T02:00 2031-03-17T02:00");

        execute("INSERT INTO day_off (off_date, name, created_at) VALUES ('2031-03-10', 'Ngày nghỉ thử " + w.tag() + "', NOW(6))");
        try {
            daysOff.reload();
            deadlines.refreshAll$WithoutTenancy();
            assertThat(due(id)).isEqualTo("2031-03-04T02:00 2031-03-18T02:00");
        } finally {
            execute("DELETE FROM day_off WHERE off_date = '2031-03-10'");
            daysOff.reload();
            deadlines.refreshAll$WithoutTenancy();
        }
        assertThat(due(id)).isEqualTo("2031-03-04T02:00 2031-03-17T02:00");
    }

    // ---- Helpers.

    /** The unit's own settings through its page: every topic shown on the defaults, one topic on the days given. */
    private void days(User admin, long unitId, String topic, int acknowledge, int answer) {
        Map<String, String> form = new HashMap<>();
        for (Topic t : Topic.values()) {
            form.put("shown-" + t.name(), "yes");
            form.put("label-" + t.name(), "");
            form.put("ack-" + t.name(), t.name().equals(topic) ? String.valueOf(acknowledge) : "1");
            form.put("answer-" + t.name(), t.name().equals(topic) ? String.valueOf(answer) : "10");
        }
        Page saved = new Browser(server.getURI()).signIn(admin.email(), Fixtures.PASSWORD).post("/admin/u/" + unitId + "/desk/settings", form);
        assertThat(saved.status()).isEqualTo(303);
    }

    private long send(Fixtures.World w, String slug, String topic, String message) {
        Page sent = new Browser(server.getURI()).post("/" + slug + "/gui-phan-anh", Map.of("topic", topic, "message", message, "consent", "yes"));
        assertThat(sent.status()).isEqualTo(200);
        return Long.parseLong(query("SELECT id FROM desk_case WHERE message = '" + message + "'"));
    }

    private Api officer(Fixtures.World w) {
        User officer = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "han-xu-ly", w.tag());
        return new Api(server.getURI(), json).signIn(officer.email(), Fixtures.PASSWORD);
    }

    private StatsLine total(long unitId) {
        return statistics.lines(new StatsScope(refs.findById(unitId).orElseThrow(), false), new StatsRange(YearMonth.of(2026, 3), YearMonth.of(2026, 3)),
                DeskStatistics.Breakdown.TOTAL, clock.instant()).get("all");
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(Api.Reply list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return ((List<Map<String, Object>>) list.json().get("items")).stream().map(i -> ((Number) i.get("id")).longValue()).toList();
    }

    /** The two deadlines kept on a case, in UTC to the minute. */
    private static String due(long id) {
        try (Connection c = connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT acknowledge_due_at, answer_due_at FROM desk_case WHERE id = " + id)) {
            rs.next();
            return minute(rs.getObject(1, LocalDateTime.class)) + " " + minute(rs.getObject(2, LocalDateTime.class));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String minute(LocalDateTime t) {
        return t == null ? "null" : t.withSecond(0).withNano(0).toString();
    }

    private static String query(String sql) {
        try (Connection c = connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = connection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private static Connection connection() throws Exception {
        return DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
    }
}
