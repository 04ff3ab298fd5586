package vn.lantoa.reporting.deadline;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationDraft;
import vn.lantoa.reporting.obligation.ObligationService;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.obligation.ReportAudience;
import vn.lantoa.reporting.send.ReportingTest;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines and the scheduled reminder job driven by the test clock: the moment a report turns late in Hanoi, the end of
 * a short month and of the year, the days reminders and digests go out, the lock after the deadline and its exceptions,
 * and days off entered by the platform admin. Nothing here depends on the day the suite runs.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineClockTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ReportingFixture reporting;
    @Inject
    ObligationService obligations;
    @Inject
    UnitRefRepository refs;
    @Inject
    ReminderJob reminderJob;
    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @AfterEach
    void totalsStillEqualValues() {
        reporting.assertTotalsEqualValues();
    }

    Browser as(String email) {
        return new Browser(server.getURI()).signIn(email, Fixtures.PASSWORD);
    }

    Page send(String email, long unitId, Obligation o, String period) {
        return ReportingTest.send(as(email), unitId, o, period, ReportingTest.goodAnswers(), "submit");
    }

    String boardRow(Fixtures.World w, Obligation o, String period, String unitName) {
        return as(w.adminD().email()).get("/admin/u/" + w.d().id() + "/deadlines?obligation=" + o.id() + "&period=" + period).doc()
                .select("tbody tr:contains(" + unitName + ")").text();
    }

    @Test
    void aReportSentAt235959OnThe25thInHanoiIsOnTimeAndOneSentAtMidnightIsLate() {
        clock.freezeAt(LocalDateTime.of(2026, 9, 20, 10, 0));
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:25", null, "", false);

        clock.freezeAt(LocalDateTime.of(2026, 9, 25, 23, 59, 59));
        assertThat(send(w.adminA().email(), w.a().id(), o, "2026-09").status()).isEqualTo(303);
        clock.freezeAt(LocalDateTime.of(2026, 9, 26, 0, 0, 0));
        assertThat(send(w.adminB().email(), w.b().id(), o, "2026-09").status()).isEqualTo(303);

        assertThat(boardRow(w, o, "2026-09", w.a().name())).contains("Đã gửi đúng hạn");
        assertThat(boardRow(w, o, "2026-09", w.b().name())).contains("Đã gửi muộn");
        // 16:59:59 UTC is 23:59:59 in Hanoi: the server's clock decided, stored in UTC.
        assertThat(count("SELECT COUNT(*) FROM report WHERE unit_id = ? AND obligation_id = ? AND submitted_at = '2026-09-25 16:59:59'",
                w.a().id(), o.id())).isEqualTo(1);
    }

    @Test
    void aDeadlineOnThe31stIsTheLastDayOfFebruaryAndTurnsLateAtMidnightOnTheFirstOfMarch() {
        clock.freezeAt(LocalDateTime.of(2027, 2, 10, 9, 0));
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:31", null, "", false);
        assertThat(as(w.adminA().email()).get(ReportingTest.fillUrl(w.a().id(), o, "2027-02")).doc().select("dd strong").text())
                .contains("28/02/2027");

        clock.freezeAt(LocalDateTime.of(2027, 2, 28, 23, 59, 59));
        assertThat(send(w.adminA().email(), w.a().id(), o, "2027-02").status()).isEqualTo(303);
        clock.freezeAt(LocalDateTime.of(2027, 3, 1, 0, 0, 0));
        assertThat(send(w.adminB().email(), w.b().id(), o, "2027-02").status()).isEqualTo(303);

        assertThat(boardRow(w, o, "2027-02", w.a().name())).contains("Đã gửi đúng hạn");
        assertThat(boardRow(w, o, "2027-02", w.b().name())).contains("Đã gửi muộn");
    }

    @Test
    void theNewYearsFirstPeriodOpensAtMidnightInHanoiWhileItIsStillTheOldYearInUtc() {
        clock.freezeAt(LocalDateTime.of(2026, 12, 20, 9, 0));
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:5", null, "", false);
        Browser adminA = as(w.adminA().email());

        clock.freezeAt(LocalDateTime.of(2026, 12, 31, 23, 59, 59));
        assertThat(adminA.get(ReportingTest.fillUrl(w.a().id(), o, "2027-01")).status()).isEqualTo(404);
        assertThat(adminA.get(ReportingTest.fillUrl(w.a().id(), o, "2026-12")).status()).isEqualTo(200);

        clock.freezeAt(LocalDateTime.of(2027, 1, 1, 0, 0, 0));
        assertThat(clock.instant().toString()).startsWith("2026-12-31T17:00");
        assertThat(adminA.get(ReportingTest.fillUrl(w.a().id(), o, "2027-01")).status()).isEqualTo(200);
        assertThat(send(w.adminA().email(), w.a().id(), o, "2026-12").status()).isEqualTo(303);
        assertThat(boardRow(w, o, "2026-12", w.a().name())).contains("Đã gửi đúng hạn");
    }

    @Test
    void remindersGoOutOnTheObligationsReminderDaysAndOnNoOtherDay() {
        clock.freezeAt(LocalDateTime.of(2026, 9, 1, 8, 0));
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:25", null, "3, 1", false);

        clock.freezeAt(LocalDateTime.of(2026, 9, 21, 8, 0));
        reminderJob.run();
        assertThat(reminders(o, "BEFORE:%")).isZero();

        clock.freezeAt(LocalDateTime.of(2026, 9, 22, 8, 0));
        reminderJob.run();
        reminderJob.run();
        assertThat(reminders(o, "BEFORE:3")).isEqualTo(2);
        assertThat(Mailbox.await(w.adminA().email(), "Nhắc hạn nộp").subject()).contains(o.title()).contains("25/09/2026");

        clock.freezeAt(LocalDateTime.of(2026, 9, 23, 8, 0));
        reminderJob.run();
        assertThat(reminders(o, "BEFORE:%")).isEqualTo(2);
        assertThat(send(w.adminA().email(), w.a().id(), o, "2026-09").status()).isEqualTo(303);

        clock.freezeAt(LocalDateTime.of(2026, 9, 24, 8, 0));
        reminderJob.run();
        assertThat(reminders(o, "BEFORE:1")).isEqualTo(1);
        assertThat(count("SELECT unit_id FROM report_reminder WHERE obligation_id = ? AND kind = 'BEFORE:1'", o.id())).isEqualTo(w.b().id());
        assertThat(Mailbox.await(w.adminB().email(), 2).subject()).startsWith("Nhắc hạn nộp");

        clock.freezeAt(LocalDateTime.of(2026, 9, 25, 8, 0));
        reminderJob.run();
        assertThat(reminders(o, "BEFORE:%")).isEqualTo(3);
        assertThat(Mailbox.of(w.adminA().email()).stream().filter(m -> m.subject().startsWith("Nhắc hạn nộp")).count()).isEqualTo(1);
    }

    @Test
    void theRecipientGetsADigestOfLateUnitsOnTheDayAfterTheDeadlineOnly() {
        clock.freezeAt(LocalDateTime.of(2026, 9, 1, 8, 0));
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:25", null, "", false);
        clock.freezeAt(LocalDateTime.of(2026, 9, 24, 15, 0));
        assertThat(send(w.adminA().email(), w.a().id(), o, "2026-09").status()).isEqualTo(303);

        clock.freezeAt(LocalDateTime.of(2026, 9, 25, 23, 0));
        reminderJob.run();
        assertThat(reminders(o, "DIGEST")).isZero();

        clock.freezeAt(LocalDateTime.of(2026, 9, 26, 0, 15));
        reminderJob.run();
        assertThat(count("SELECT unit_id FROM report_reminder WHERE obligation_id = ? AND kind = 'DIGEST'", o.id())).isEqualTo(w.d().id());
        Mailbox.Mail digest = Mailbox.await(w.adminD().email(), "Đơn vị chưa nộp");
        assertThat(digest.text()).contains(w.b().name()).doesNotContain(w.a().name());

        clock.freezeAt(LocalDateTime.of(2026, 9, 27, 8, 0));
        reminderJob.run();
        assertThat(reminders(o, "DIGEST")).isEqualTo(1);
    }

    @Test
    void aPeriodLocksTheGivenDaysAfterItsDeadlineAndAnExceptionLetsOneUnitSendUntilTheEndOfItsDay() {
        clock.freezeAt(LocalDateTime.of(2026, 9, 1, 8, 0));
        Fixtures.World w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        var c = fixtures.unit(platform, w.d().id(), "Trường Mầm non Hoa Sen " + w.tag(), UnitType.SCHOOL, SchoolLevel.MN);
        var adminC = fixtures.member(c, Role.UNIT_ADMIN, "admin-c", w.tag());
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:25", 2, "", false);

        clock.freezeAt(LocalDateTime.of(2026, 9, 27, 23, 59, 59));
        assertThat(send(w.adminB().email(), w.b().id(), o, "2026-09").status()).isEqualTo(303);

        clock.freezeAt(LocalDateTime.of(2026, 9, 28, 0, 0, 0));
        Page refused = send(w.adminA().email(), w.a().id(), o, "2026-09");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Kỳ báo cáo đã khóa");
        Browser adminD = as(w.adminD().email());
        for (long unit : new long[] {w.a().id(), c.id()}) {
            assertThat(adminD.post("/admin/u/" + w.d().id() + "/deadlines/exception", Map.of("obligation", String.valueOf(o.id()), "period", "2026-09",
                    "unit", String.valueOf(unit), "until", "2026-09-30")).status()).isEqualTo(303);
        }
        assertThat(send(w.adminA().email(), w.a().id(), o, "2026-09").status()).isEqualTo(303);

        clock.freezeAt(LocalDateTime.of(2026, 10, 1, 0, 0, 0));
        assertThat(send(adminC.email(), c.id(), o, "2026-09").status()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM report WHERE obligation_id = ? AND status = 'SUBMITTED'", o.id())).isEqualTo(2);
    }

    @Test
    void aDeadlineIn2031MovesOffItsDaysOffOnceThePlatformAdminHasEnteredThem() {
        clock.freezeAt(LocalDateTime.of(2031, 8, 20, 9, 0));
        Fixtures.World w = fixtures.world();
        ReportForm form = obligations.createForm(fixtures.actor(w.platformAdmin()), refs.findById(w.p().id()).orElseThrow(),
                ReportingFixture.monthlyForm("Báo cáo tháng " + w.tag()));
        // Due on the 2nd of the next month, moved off weekends and days off: for August 2031, Tuesday 2 September, Quốc khánh.
        Obligation o = obligations.createObligation(fixtures.actor(w.platformAdmin()), refs.findById(w.p().id()).orElseThrow(),
                new ObligationDraft(form.id(), "Báo cáo tháng " + w.tag(), ReportAudience.parse("TYPE:SCHOOL"), Recipient.PARENT, PeriodType.MONTHLY,
                        DueRule.parse("DAY_OF_NEXT_MONTH:2"), true, null, "", null, null, false, LocalDate.of(2031, 1, 1)));
        Browser adminA = as(w.adminA().email());
        String fill = ReportingTest.fillUrl(w.a().id(), o, "2031-08");
        assertThat(adminA.get(fill).doc().select("dd strong").text()).isEqualTo("02/09/2031");

        Browser platform = as(w.platformAdmin().email());
        assertThat(platform.get("/admin/platform/days-off?year=2031").text()).contains("Chưa nhập ngày nghỉ nào của năm 2031");
        for (String[] day : new String[][] {{"01/09/2031", "Nghỉ Quốc khánh (ngày liền kề 2/9)"}, {"02/09/2031", "Quốc khánh (2/9)"}}) {
            assertThat(platform.post("/admin/platform/days-off?year=2031", Map.of("date", day[0], "name", day[1])).status()).isEqualTo(303);
        }
        assertThat(platform.get("/admin/platform/days-off?year=2031").text()).doesNotContain("Chưa nhập ngày nghỉ nào");

        assertThat(adminA.get(fill).doc().select("dd strong").text()).isEqualTo("03/09/2031");
        clock.freezeAt(LocalDateTime.of(2031, 9, 3, 16, 0));
        assertThat(send(w.adminA().email(), w.a().id(), o, "2031-08").status()).isEqualTo(303);
        assertThat(boardRow(w, o, "2031-08", w.a().name())).contains("Đã gửi đúng hạn");
    }

    private long reminders(Obligation o, String kind) {
        return count("SELECT COUNT(*) FROM report_reminder WHERE obligation_id = ? AND kind LIKE ?", o.id(), kind);
    }

    private static long count(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
