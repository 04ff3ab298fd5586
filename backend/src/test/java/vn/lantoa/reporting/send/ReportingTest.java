package vn.lantoa.reporting.send;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.deadline.ReminderJob;
import vn.lantoa.reporting.form.ReportNumber;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.rollup.RollUpReads;
import vn.lantoa.reporting.rollup.RollUpTable;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Filling in, sending, reviewing and following reports, against the real database and over HTTP as the pages do. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class ReportingTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ReportingFixture reporting;
    @Inject
    UnitRefRepository refs;
    @Inject
    JsonMapper json;
    @Inject
    ReminderJob reminderJob;
    @Inject
    ReportService reportService;
    @Inject
    RollUpReads rollUps;
    @Inject
    SendBatcher batcher;
    @Inject
    TestClock clock;

    Fixtures.World world;

    @BeforeAll
    void world() {
        // A Wednesday in the middle of a month, whatever day the suite runs: "this month", "yesterday" and "next month" are
        // ordinary days (DeadlineClockTest covers the boundaries). The clock runs on from there.
        clock.runFrom(LocalDateTime.of(2026, 9, 16, 10, 0));
        world = fixtures.world();
    }

    @org.junit.jupiter.api.AfterEach
    void totalsStillEqualValues() {
        reporting.assertTotalsEqualValues();
    }

    String thisMonth() {
        return YearMonth.from(clock.today()).toString();
    }

    String lastMonth() {
        return YearMonth.from(clock.today()).minusMonths(1).toString();
    }

    public static Map<String, String> goodAnswers() {
        return Map.of("tin_bai", "4", "y_kien_nhan", "5", "y_kien_xu_ly", "5", "ty_le_hai_long", "92,5", "danh_gia", "Hoàn thành kế hoạch.",
                "vu_viec[0].noi_dung", "Clip học sinh xô xát lan truyền trên mạng", "vu_viec[0].nguon", "Mạng xã hội", "vu_viec[0].ket_qua", "Đã xác minh, phản hồi");
    }

    Browser as(String email) {
        return new Browser(server.getURI()).signIn(email, Fixtures.PASSWORD);
    }

    public static String fillUrl(long unitId, Obligation o, String period) {
        return "/admin/u/" + unitId + "/reports/" + o.id() + "/" + period;
    }

    /** Opens the report page as a person would and posts the answers with the page's token. */
    public static Page send(Browser browser, long unitId, Obligation o, String period, Map<String, String> answers, String action) {
        Page form = browser.get(fillUrl(unitId, o, period));
        assertThat(form.status()).isEqualTo(200);
        Map<String, String> body = new HashMap<>(answers);
        body.put("token", form.doc().select("input[name=token]").attr("value"));
        return browser.post(fillUrl(unitId, o, period) + "?action=" + action, body);
    }

    /** The first mail to this address whose subject contains the words, waiting up to ten seconds for the outbox. */
    public static Mailbox.Mail mail(String to, String subjectPart) {
        return Mailbox.await(to, subjectPart);
    }

    long count(String sql, Object... params) {
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

    @Test
    void aSchoolReportSentBeforeTheDueDateShowsOnTimeOnTheDistrictsDeadlineScreenWithItsPrefilledNumbers() {
        Obligation o = reporting.obligation(world, world.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "3", false);
        fixtures.published(world, world.a().id(), ArticleKind.NEWS, "Lễ khai giảng năm học mới", "<p>Khai giảng</p>");
        Browser adminA = as(world.adminA().email());

        Page form = adminA.get(fillUrl(world.a().id(), o, thisMonth()));
        assertThat(form.doc().select("#f-tin_bai").attr("value")).isNotEmpty().isNotEqualTo("0");
        assertThat(form.text()).contains("Lấy từ số liệu trên Lantoa.").contains("chậm nhất ngày 20 của tháng sau kỳ báo cáo");

        Page sent = send(adminA, world.a().id(), o, thisMonth(), goodAnswers(), "submit");
        assertThat(sent.status()).isEqualTo(303);
        assertThat(adminA.get(sent.location()).text()).contains("Đã gửi đúng hạn").contains("đã sửa");

        Page board = as(world.adminD().email()).get("/admin/u/" + world.d().id() + "/deadlines?obligation=" + o.id() + "&period=" + thisMonth());
        assertThat(board.doc().select("tbody tr:contains(" + world.a().name() + ")").text()).contains("Đã gửi đúng hạn");
        assertThat(board.doc().select("tbody tr:contains(" + world.b().name() + ")").text()).contains("Chưa làm");
        assertThat(board.text()).contains("Đã gửi 1/2 đơn vị.");
    }

    @Test
    void aReportSentAfterTheDueDateIsLateAndCountsWholeDaysLate() {
        Obligation o = reporting.obligation(world, world.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:1", null, "", false);
        Browser adminA = as(world.adminA().email());
        assertThat(adminA.get("/admin/u/" + world.a().id()).doc().select("#h-due").parents().first().select("li:contains(" + o.title() + ")").text())
                .contains("Quá hạn");

        assertThat(send(adminA, world.a().id(), o, lastMonth(), goodAnswers(), "submit").status()).isEqualTo(303);

        LocalDate due = YearMonth.from(clock.today()).minusMonths(1).atDay(1);
        long daysLate = ChronoUnit.DAYS.between(due, clock.today());
        Page board = as(world.adminD().email()).get("/admin/u/" + world.d().id() + "/deadlines?obligation=" + o.id() + "&period=" + lastMonth());
        assertThat(board.doc().select("tbody tr:contains(" + world.a().name() + ")").text()).contains("Đã gửi muộn").contains(String.valueOf(daysLate));
        assertThat(board.doc().select("tbody tr:contains(" + world.b().name() + ")").text()).contains("Quá hạn");
    }

    @Test
    void answersThatBreakARuleAreShownNextToTheFieldKeptAsADraftAndNotSent() {
        Obligation o = reporting.obligation(world, world.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Map<String, String> answers = new HashMap<>(goodAnswers());
        answers.put("y_kien_xu_ly", "9");
        answers.put("ty_le_hai_long", "120");

        Page refused = send(as(world.adminB().email()), world.b().id(), o, thisMonth(), answers, "submit");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-y_kien_xu_ly").text()).isEqualTo("Số ý kiến đã xử lý phải ≤ Số ý kiến phản ánh nhận được.");
        assertThat(refused.doc().select("#e-ty_le_hai_long").text()).isEqualTo("Số không được lớn hơn 100.");
        assertThat(refused.doc().select("#f-y_kien_xu_ly").attr("value")).isEqualTo("9");
        assertThat(count("SELECT COUNT(*) FROM report WHERE unit_id = ? AND obligation_id = ? AND status = 'DRAFT' AND answers LIKE '%\"y_kien_xu_ly\":\"9\"%'",
                world.b().id(), o.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM report_version v JOIN report r ON r.id = v.report_id WHERE r.obligation_id = ? AND v.action = 'SUBMITTED'",
                o.id())).isZero();
    }

    @Test
    void sendingTwiceWithTheSameTokenAtOnceRecordsOneSubmission() throws Exception {
        Obligation o = reporting.obligation(world, world.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Browser adminA = as(world.adminA().email());
        Page form = adminA.get(fillUrl(world.a().id(), o, thisMonth()));
        Map<String, String> body = new HashMap<>(goodAnswers());
        body.put("token", form.doc().select("input[name=token]").attr("value"));
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<Page>> clicks = Stream.generate(() -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return adminA.post(fillUrl(world.a().id(), o, thisMonth()) + "?action=submit", body);
        })).limit(3).toList();
        start.countDown();

        assertThat(clicks.stream().map(CompletableFuture::join).map(Page::status)).containsOnly(303);
        assertThat(count("SELECT COUNT(*) FROM report_version v JOIN report r ON r.id = v.report_id WHERE r.obligation_id = ? AND v.action = 'SUBMITTED'",
                o.id())).isEqualTo(1);
        assertThat(count("SELECT revision FROM report WHERE unit_id = ? AND obligation_id = ?", world.a().id(), o.id())).isEqualTo(1);
    }

    @Test
    void schoolsSendingAtTheSameMomentAreWrittenTogetherEachOnceDraftsIncludedAndTheirDistrictsTotalsEqualTheirNumbers() throws Exception {
        Fixtures.World w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        var district = fixtures.unit(platform, w.p().id(), "Phòng GDĐT Cao Điểm " + w.tag(), vn.lantoa.tenancy.UnitType.DISTRICT_OFFICE, null);
        List<UnitRef> schools = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            schools.add(refs.findById(fixtures.unit(platform, district.id(), "Trường Cao Điểm " + i + " " + w.tag(), vn.lantoa.tenancy.UnitType.SCHOOL,
                    vn.lantoa.tenancy.SchoolLevel.THCS).id()).orElseThrow());
        }
        // Every school sends once; five send the same send twice (a double click), three a second, different send.
        record Send(UnitRef school, Map<String, String> answers, String token) {
        }
        List<Send> sends = new java.util.ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            Map<String, String> answers = new HashMap<>(goodAnswers());
            answers.put("y_kien_nhan", String.valueOf(10 + i));
            answers.put("y_kien_xu_ly", String.valueOf(i));
            String token = "peak-" + i + "-" + w.tag();
            sends.add(new Send(schools.get(i), answers, token));
            if (i < 5) {
                sends.add(new Send(schools.get(i), answers, token));
            } else if (i < 8) {
                sends.add(new Send(schools.get(i), answers, "peak-other-" + i + "-" + w.tag()));
            }
        }
        // Ten schools saved a draft first (as the page's autosave does), one of them also asked its head to sign.
        for (int i = 10; i < 20; i++) {
            reportService.saveDraft(platform, reportService.slot(schools.get(i), o.id(), thisMonth()), Map.of("tin_bai", "1"));
        }
        reportService.requestSignoff(platform, reportService.slot(schools.get(19), o.id(), thisMonth()), goodAnswers());
        java.util.Collections.shuffle(sends, new java.util.Random(5));
        long writtenBefore = batcher.sendsWritten();
        CountDownLatch start = new CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(sends.size());
        List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        for (Send s : sends) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    SendOutcome out = reportService.submit(platform, reportService.slot(s.school(), o.id(), thisMonth()), s.answers(), s.token());
                    return out.repeated() ? "repeated" : "sent";
                } catch (vn.lantoa.platform.web.UserInputException e) {
                    return "refused";
                }
            }));
        }
        start.countDown();
        List<String> results = new java.util.ArrayList<>();
        for (var f : outcomes) {
            results.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results.stream().filter("sent"::equals).count()).isEqualTo(30);
        assertThat(results.stream().filter("repeated"::equals).count()).isEqualTo(5);
        assertThat(results.stream().filter("refused"::equals).count()).isEqualTo(3);
        assertThat(batcher.largestBatch()).as("sends that arrived together were written together").isGreaterThan(1);
        assertThat(batcher.sendsWritten() - writtenBefore).as("every first send, drafts included, was written by a batch").isEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM report WHERE obligation_id = ? AND status = 'SUBMITTED' AND revision = 1", o.id())).isEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM report_version v JOIN report r ON r.id = v.report_id WHERE r.obligation_id = ? AND v.action = 'SUBMITTED'",
                o.id())).isEqualTo(30);
        assertThat(count("SELECT v.number FROM report_version v JOIN report r ON r.id = v.report_id WHERE r.unit_id = ? AND r.obligation_id = ? "
                + "AND v.action = 'SUBMITTED'", schools.get(19).id(), o.id())).as("sent after the request for sign-off").isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM report WHERE obligation_id = ? AND unit_id = ? AND answers LIKE '%\"y_kien_nhan\":\"22\"%'", o.id(),
                schools.get(12).id())).as("a draft sent carries what was sent, not what was saved").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event e JOIN report r ON e.entity_type = 'report' AND CAST(e.entity_id AS UNSIGNED) = r.id "
                + "WHERE r.obligation_id = ? AND e.action = 'report.submitted'", o.id())).isEqualTo(30);
        assertThat(count("SELECT CAST(total AS SIGNED) FROM report_total WHERE obligation_id = ? AND period_code = ? AND group_unit_id = ? AND field_key = '#'",
                o.id(), thisMonth(), district.id())).isEqualTo(30);
        for (String field : List.of("y_kien_nhan", "y_kien_xu_ly", "tin_bai")) {
            assertThat(count("SELECT CAST(total AS SIGNED) FROM report_total WHERE obligation_id = ? AND period_code = ? AND group_unit_id = ? AND field_key = ?",
                    o.id(), thisMonth(), district.id(), field)).as(field).isEqualTo(count("SELECT CAST(SUM(value) AS SIGNED) FROM report_value "
                    + "WHERE obligation_id = ? AND period_code = ? AND group_unit_id = ? AND field_key = ?", o.id(), thisMonth(), district.id(), field));
        }
        assertThat(count("SELECT CAST(min_value AS SIGNED) FROM report_total WHERE obligation_id = ? AND period_code = ? AND group_unit_id = ? "
                + "AND field_key = 'y_kien_xu_ly'", o.id(), thisMonth(), district.id())).isEqualTo(0);
        assertThat(count("SELECT CAST(max_value AS SIGNED) FROM report_total WHERE obligation_id = ? AND period_code = ? AND group_unit_id = ? "
                + "AND field_key = 'y_kien_nhan'", o.id(), thisMonth(), district.id())).isEqualTo(39);
    }

    @Test
    void theApiRecordsOneSubmissionPerIdempotencyKeyAndAnswersACorrectedReportWithItsErrors() {
        Obligation o = reporting.obligation(world, world.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Api api = new Api(server.getURI(), json).signIn(world.adminB().email(), Fixtures.PASSWORD);
        String url = "/api/v1/units/" + world.b().id() + "/reports/" + o.id() + "/" + thisMonth();

        Api.Reply bad = api.postWith(url, Map.of("answers", Map.of("tin_bai", "ba")), "Idempotency-Key", "key-bad-00000001");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(bad.body()).contains("y_kien_nhan").contains("Nhập một số");

        Api.Reply first = api.postWith(url, Map.of("answers", goodAnswers()), "Idempotency-Key", "key-good-0000001");
        Api.Reply again = api.postWith(url, Map.of("answers", goodAnswers()), "Idempotency-Key", "key-good-0000001");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(api.postWith(url, Map.of("answers", goodAnswers()), "Idempotency-Key", "key-other-000001").status()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM report_version WHERE report_id = ? AND action = 'SUBMITTED'",
                ((Number) first.json().get("id")).longValue())).isEqualTo(1);
    }

    @Test
    void aReturnNeedsAReasonTheSchoolIsToldAndItsCorrectionShowsWhatChanged() {
        Obligation o = reporting.obligation(world, world.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Browser adminA = as(world.adminA().email());
        send(adminA, world.a().id(), o, thisMonth(), goodAnswers(), "submit");
        long reportId = count("SELECT id FROM report WHERE unit_id = ? AND obligation_id = ?", world.a().id(), o.id());
        Browser reporterD = as(world.reporterD().email());
        String received = "/admin/u/" + world.d().id() + "/received-reports/" + reportId;

        Page noReason = reporterD.post(received + "/return", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.doc().select("#e-reason").text()).isEqualTo("Nhập lý do trả lại để đơn vị biết cần sửa gì.");
        assertThat(reporterD.post(received + "/return", Map.of("reason", "Số ý kiến nhận chưa khớp sổ theo dõi")).status()).isEqualTo(303);
        assertThat(mail(world.adminA().email(), "trả lại báo cáo").text()).contains("Số ý kiến nhận chưa khớp sổ theo dõi");

        Map<String, String> corrected = new HashMap<>(goodAnswers());
        corrected.put("y_kien_nhan", "6");
        Page form = adminA.get(fillUrl(world.a().id(), o, thisMonth()));
        assertThat(form.text()).contains("Báo cáo bị trả lại. Lý do: Số ý kiến nhận chưa khớp sổ theo dõi");
        assertThat(send(adminA, world.a().id(), o, thisMonth(), corrected, "submit").status()).isEqualTo(303);

        Page review = reporterD.get(received);
        assertThat(review.doc().select(".history li").last().text()).contains("Số ý kiến phản ánh nhận được: 5 → 6");
        assertThat(review.text()).contains("Đã gửi đúng hạn").contains("lần gửi thứ 2");
        assertThat(reporterD.post(received + "/accept", Map.of()).status()).isEqualTo(303);
        assertThat(reporterD.get(received).text()).contains("Đã tiếp nhận");
    }

    @Test
    void aLockedPeriodRefusesTheReportUntilTheRecipientGrantsMoreTime() {
        Obligation o = reporting.obligation(world, world.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:1", 0, "", false);
        Browser adminB = as(world.adminB().email());

        Page refused = send(adminB, world.b().id(), o, lastMonth(), goodAnswers(), "submit");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Kỳ báo cáo đã khóa");

        Browser adminD = as(world.adminD().email());
        Page granted = adminD.post("/admin/u/" + world.d().id() + "/deadlines/exception", Map.of("obligation", String.valueOf(o.id()), "period", lastMonth(),
                "unit", String.valueOf(world.b().id()), "until", clock.today().toString()));
        assertThat(granted.status()).isEqualTo(303);
        assertThat(send(adminB, world.b().id(), o, lastMonth(), goodAnswers(), "submit").status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM report WHERE unit_id = ? AND obligation_id = ? AND status = 'SUBMITTED'", world.b().id(), o.id())).isEqualTo(1);
    }

    @Test
    void remindingAllOverdueUnitsMailsEachOnceADay() {
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:1", null, "", false);
        Browser adminD = as(w.adminD().email());
        Map<String, String> form = Map.of("obligation", String.valueOf(o.id()), "period", lastMonth());

        Page first = adminD.post("/admin/u/" + w.d().id() + "/deadlines/remind", form);
        assertThat(first.status()).isEqualTo(303);
        mail(w.adminA().email(), "Quá hạn nộp");
        mail(w.adminB().email(), "Quá hạn nộp");
        adminD.post("/admin/u/" + w.d().id() + "/deadlines/remind", form);

        assertThat(count("SELECT COUNT(*) FROM report_reminder WHERE obligation_id = ? AND kind LIKE 'MANUAL:%'", o.id())).isEqualTo(2);
        assertThat(adminD.get("/admin/u/" + w.d().id() + "/deadlines?" + "obligation=" + o.id() + "&period=" + lastMonth()).status()).isEqualTo(200);
        assertThat(Mailbox.of(w.adminA().email()).stream().filter(m -> m.subject().contains("Quá hạn nộp")).count()).isEqualTo(1);
    }

    @Test
    void theDeadlineScreenExportsToAnExcelFileWithEveryExpectedUnit() throws Exception {
        Obligation o = reporting.obligation(world, world.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        send(as(world.adminA().email()), world.a().id(), o, thisMonth(), goodAnswers(), "submit");

        Page xlsx = as(world.adminD().email()).get("/admin/u/" + world.d().id() + "/deadlines/export.xlsx?obligation=" + o.id() + "&period=" + thisMonth(), "*/*");

        assertThat(xlsx.status()).isEqualTo(200);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).contains("chậm nhất ngày 20 của tháng sau kỳ báo cáo");
            assertThat(rows.stream().filter(r -> r.getCellText(0).equals(world.a().name())).findFirst().orElseThrow().getCellText(1)).isEqualTo("Đã gửi đúng hạn");
            assertThat(rows.stream().filter(r -> r.getCellText(0).equals(world.b().name())).findFirst().orElseThrow().getCellText(1)).isEqualTo("Chưa làm");
        }
    }

    @Test
    void aReporterAsksForSignOffAndTheCommitteeHeadSignsAndSends() {
        Obligation o = reporting.obligation(world, world.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", true);
        var reporterA = fixtures.member(world.a(), Role.REPORTER, "reporter-a", world.tag() + o.id());
        Browser reporter = as(reporterA.email());

        assertThat(reporter.get(fillUrl(world.a().id(), o, thisMonth())).doc().select("button").eachText()).contains("Trình trưởng ban ký")
                .doesNotContain("Ký và gửi báo cáo");
        assertThat(send(reporter, world.a().id(), o, thisMonth(), goodAnswers(), "submit").status()).isEqualTo(422);
        assertThat(send(reporter, world.a().id(), o, thisMonth(), goodAnswers(), "signoff").status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM report WHERE unit_id = ? AND obligation_id = ? AND status = 'AWAITING_SIGNOFF'", world.a().id(), o.id())).isEqualTo(1);

        assertThat(send(as(world.headA().email()), world.a().id(), o, thisMonth(), goodAnswers(), "submit").status()).isEqualTo(303);
        assertThat(count("SELECT signed_by FROM report WHERE unit_id = ? AND obligation_id = ?", world.a().id(), o.id())).isEqualTo(world.headA().id());
    }

    @Test
    void aSchoolMovedToAnotherDistrictAfterSendingShowsAsSentThereAndItsReportStaysWithTheDistrictThatReceivedIt() {
        Fixtures.World w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        var d2 = fixtures.unit(platform, w.p().id(), "Phòng GDĐT Huyện Mới " + w.tag(), vn.lantoa.tenancy.UnitType.DISTRICT_OFFICE, null);
        var adminD2 = fixtures.member(d2, Role.UNIT_ADMIN, "admin-d2", w.tag());
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        send(as(w.adminA().email()), w.a().id(), o, thisMonth(), goodAnswers(), "submit");
        long reportId = count("SELECT id FROM report WHERE unit_id = ? AND obligation_id = ?", w.a().id(), o.id());

        fixtures.moveUnit(platform, w.a().id(), d2.id());

        Page newBoard = as(adminD2.email()).get("/admin/u/" + d2.id() + "/deadlines?obligation=" + o.id() + "&period=" + thisMonth());
        assertThat(newBoard.doc().select("tbody tr:contains(" + w.a().name() + ")").text()).contains("Đã gửi đúng hạn");
        Browser adminD = as(w.adminD().email());
        assertThat(adminD.get("/admin/u/" + w.d().id() + "/deadlines?obligation=" + o.id() + "&period=" + thisMonth()).text()).doesNotContain(w.a().name());
        assertThat(adminD.get("/admin/u/" + w.d().id() + "/received-reports/" + reportId).status()).isEqualTo(200);
        assertThat(adminD.post("/admin/u/" + w.d().id() + "/received-reports/" + reportId + "/accept", Map.of()).status()).isEqualTo(303);
    }

    @Test
    void remindersGoOnceBeforeTheDueDateAndTheRecipientGetsADigestOfLateUnitsTheDayAfter() {
        Fixtures.World w = fixtures.world();
        LocalDate today = clock.today();
        LocalDate due = YearMonth.from(today).plusMonths(1).atDay(5);
        Obligation soon = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:5", null,
                String.valueOf(ChronoUnit.DAYS.between(today, due)), false);
        LocalDate yesterday = today.minusDays(1);
        Obligation past = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:" + yesterday.getDayOfMonth(), null, "",
                false);
        assertThat(send(as(w.adminA().email()), w.a().id(), soon, thisMonth(), goodAnswers(), "submit").status()).isEqualTo(303);

        reminderJob.run();
        reminderJob.run();

        assertThat(count("SELECT COUNT(*) FROM report_reminder WHERE obligation_id = ? AND kind LIKE 'BEFORE:%'", soon.id())).isEqualTo(1);
        mail(w.adminB().email(), "Nhắc hạn nộp");
        assertThat(Mailbox.of(w.adminA().email()).stream().filter(m -> m.subject().contains("Nhắc hạn nộp")).count()).isZero();
        assertThat(count("SELECT COUNT(*) FROM report_reminder WHERE obligation_id = ? AND kind = 'DIGEST' AND unit_id = ?", past.id(), w.d().id()))
                .isEqualTo(1);
        Mailbox.Mail digest = mail(w.adminD().email(), "Đơn vị chưa nộp");
        assertThat(digest.text()).contains(w.a().name()).contains(w.b().name());
    }

    @Test
    void rollUpTotalsEqualAnIndependentSumOverTheRawValuesAndNothingIsCountedTwice() {
        Fixtures.World w = fixtures.world();
        Actor platform = fixtures.actor(w.platformAdmin());
        Obligation o = reporting.obligation(w, w.p().id(), "ALL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        java.util.Random random = new java.util.Random(42);
        List<UnitRef> senders = new java.util.ArrayList<>();
        for (int d = 0; d < 3; d++) {
            var district = fixtures.unit(platform, w.p().id(), "Phòng GDĐT Tổng Hợp " + d + " " + w.tag(), vn.lantoa.tenancy.UnitType.DISTRICT_OFFICE, null);
            senders.add(refs.findById(district.id()).orElseThrow());
            for (int i = 0; i < 4; i++) {
                var school = fixtures.unit(platform, district.id(), "Trường Tổng Hợp " + d + "-" + i + " " + w.tag(), vn.lantoa.tenancy.UnitType.SCHOOL,
                        vn.lantoa.tenancy.SchoolLevel.TH);
                senders.add(refs.findById(school.id()).orElseThrow());
            }
        }
        senders.add(refs.findById(w.a().id()).orElseThrow());
        for (UnitRef unit : senders) {
            Map<String, String> answers = new HashMap<>(goodAnswers());
            int received = random.nextInt(50);
            answers.put("y_kien_nhan", String.valueOf(received));
            answers.put("y_kien_xu_ly", String.valueOf(random.nextInt(received + 1)));
            answers.put("ty_le_hai_long", String.valueOf(50 + random.nextInt(51)));
            reportService.submit(platform, reportService.slot(unit, o.id(), thisMonth()), answers, java.util.UUID.randomUUID().toString());
        }
        UnitRef province = refs.findById(w.p().id()).orElseThrow();

        RollUpTable table = rollUps.table(o, ReportingFixture.monthlyForm("x"), province, Period.parse(PeriodType.MONTHLY, thisMonth()));

        String independent = "SELECT %s FROM report_value v JOIN unit u ON u.id = v.unit_id WHERE v.obligation_id = ? AND v.period_code = ? "
                + "AND v.field_key = ? AND u.path LIKE ? AND u.id <> ?";
        for (String field : List.of("y_kien_nhan", "y_kien_xu_ly")) {
            assertThat(table.total(ReportingFixture.monthlyForm("x").field(field)).longValue()).isEqualTo(
                    count(independent.formatted("CAST(SUM(v.value) AS SIGNED)"), o.id(), thisMonth(), field, province.path() + "%", province.id()));
        }
        java.math.BigDecimal avg = jdbcDecimal(independent.formatted("AVG(v.value)"), o.id(), thisMonth(), "ty_le_hai_long", province.path() + "%",
                province.id());
        // An average is the exact sum over the count, shown to four decimals.
        assertThat(table.total(ReportingFixture.monthlyForm("x").field("ty_le_hai_long"))).isEqualByComparingTo(
                avg.setScale(ReportNumber.DECIMALS, java.math.RoundingMode.HALF_UP));
        assertThat(table.reports()).isEqualTo(senders.size());
        UnitRef first = senders.get(0);
        assertThat(table.lines().stream().filter(l -> l.unitId() == first.id()).map(RollUpTable.Line::kind)).containsExactlyInAnyOrder(
                RollUpTable.Kind.OWN, RollUpTable.Kind.BELOW);
        assertThat(table.lines().stream().filter(l -> l.unitId() == first.id() && l.kind() == RollUpTable.Kind.BELOW).findFirst().orElseThrow().reports())
                .isEqualTo(4);

        Page page = as(w.adminP().email()).get("/admin/u/" + w.p().id() + "/rollup?obligation=" + o.id() + "&period=" + thisMonth());
        assertThat(page.doc().select("tbody tr").eachText()).anySatisfy(t -> assertThat(t).startsWith(first.name() + " – báo cáo của đơn vị"))
                .anySatisfy(t -> assertThat(t).startsWith(first.name() + " – các đơn vị trực thuộc"));
        assertThat(page.doc().select("tr.total").text()).contains("Tổng cộng " + senders.size());
    }

    java.math.BigDecimal jdbcDecimal(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSchoolCannotSeeASiblingsReportADistrictReadsItsSchoolsReportsWithoutEditingAndAProvinceCannotDecideOrEditBelow() {
        Obligation schools = reporting.obligation(world, world.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Obligation districts = reporting.obligation(world, world.p().id(), "TYPE:DISTRICT_OFFICE", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        send(as(world.adminA().email()), world.a().id(), schools, thisMonth(), goodAnswers(), "submit");
        send(as(world.adminD().email()), world.d().id(), districts, thisMonth(), goodAnswers(), "submit");
        long aReport = count("SELECT id FROM report WHERE unit_id = ? AND obligation_id = ?", world.a().id(), schools.id());
        long dReport = count("SELECT id FROM report WHERE unit_id = ? AND obligation_id = ?", world.d().id(), districts.id());
        String aUrl = fillUrl(world.a().id(), schools, thisMonth());

        Browser adminB = as(world.adminB().email());
        assertThat(adminB.get(aUrl).status()).isEqualTo(404);
        assertThat(adminB.get("/admin/u/" + world.b().id() + "/received-reports/" + aReport).status()).isEqualTo(404);
        assertThat(adminB.get("/admin/u/" + world.d().id() + "/deadlines").status()).isEqualTo(404);
        Api apiB = new Api(server.getURI(), json).signIn(world.adminB().email(), Fixtures.PASSWORD);
        assertThat(apiB.get("/api/v1/units/" + world.a().id() + "/reports/" + schools.id() + "/" + thisMonth()).status()).isEqualTo(404);
        assertThat(apiB.put("/api/v1/units/" + world.a().id() + "/reports/" + schools.id() + "/" + thisMonth(), Map.of("answers", Map.of())).status())
                .isEqualTo(404);

        Browser adminD = as(world.adminD().email());
        Page readOnly = adminD.get(aUrl);
        assertThat(readOnly.status()).isEqualTo(200);
        assertThat(readOnly.doc().select("form.report-form input[name=y_kien_nhan], form.report-form button")).isEmpty();
        assertThat(adminD.post(aUrl + "?action=submit", goodAnswers()).status()).isEqualTo(403);
        assertThat(adminD.post(aUrl + "/autosave", Map.of("y_kien_nhan", "99")).status()).isEqualTo(403);

        Browser adminP = as(world.adminP().email());
        assertThat(adminP.get("/admin/u/" + world.p().id() + "/received-reports/" + aReport).status()).isEqualTo(200);
        assertThat(adminP.post("/admin/u/" + world.p().id() + "/received-reports/" + aReport + "/return", Map.of("reason", "Sai")).status()).isEqualTo(404);
        assertThat(adminP.post("/admin/u/" + world.d().id() + "/received-reports/" + aReport + "/accept", Map.of()).status()).isEqualTo(403);
        assertThat(adminP.post(fillUrl(world.d().id(), districts, thisMonth()) + "?action=submit", goodAnswers()).status()).isEqualTo(403);
        Api apiP = new Api(server.getURI(), json).signIn(world.adminP().email(), Fixtures.PASSWORD);
        assertThat(apiP.postWith("/api/v1/units/" + world.d().id() + "/reports/" + districts.id() + "/" + thisMonth(), Map.of("answers", goodAnswers()),
                "Idempotency-Key", "province-key-0001").status()).isEqualTo(403);

        Browser adminQ = as(world.adminQ().email());
        assertThat(adminQ.get("/admin/u/" + world.p().id() + "/rollup").status()).isEqualTo(404);
        assertThat(adminQ.get("/admin/u/" + world.q().id() + "/received-reports/" + dReport).status()).isEqualTo(404);
        assertThat(adminQ.get("/admin/u/" + world.d().id() + "/deadlines/export.xlsx", "*/*").status()).isEqualTo(404);

        assertThat(count("SELECT COUNT(*) FROM report WHERE id IN (?, ?) AND status = 'SUBMITTED' AND revision = 1", aReport, dReport)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM report_version WHERE report_id IN (?, ?)", aReport, dReport)).isEqualTo(2);
    }

    @Test
    void theProvinceDashboardShowsCompletenessAndTimelinessPerDistrictAndExportsThem() throws Exception {
        Fixtures.World w = fixtures.world();
        Obligation o = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_PERIOD_MONTH:1", null, "", false);
        send(as(w.adminA().email()), w.a().id(), o, lastMonth(), goodAnswers(), "submit");
        Browser adminP = as(w.adminP().email());

        Page dashboard = adminP.get("/admin/u/" + w.p().id() + "/report-dashboard?obligation=" + o.id());

        assertThat(dashboard.status()).isEqualTo(200);
        String row = dashboard.doc().select("tbody tr:contains(" + w.d().name() + ")").text();
        assertThat(row).contains("1/2").contains("đúng hạn 0%");
        assertThat(dashboard.doc().select("figure.chart svg rect")).isNotEmpty();
        Page xlsx = adminP.get("/admin/u/" + w.p().id() + "/report-dashboard/export.xlsx?obligation=" + o.id(), "*/*");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<Row> rows = book.getFirstSheet().read();
            Row district = rows.stream().filter(r -> r.getCellText(0).equals(w.d().name())).findFirst().orElseThrow();
            assertThat(district.getCellText(1)).isEqualTo("2");
            // Below it, every number of the form per period, as the page's trend shows one of them.
            Row heads = rows.stream().filter(r -> r.getCellText(0).equals("Chỉ tiêu")).findFirst().orElseThrow();
            int lastMonthColumn = -1;
            for (int c = 0; c < heads.getCellCount(); c++) {
                if (heads.getCellText(c).equals(Period.parse(PeriodType.MONTHLY, lastMonth()).label())) {
                    lastMonthColumn = c;
                }
            }
            Row received = rows.stream().filter(r -> r.getCellText(0).equals("Số ý kiến phản ánh nhận được")).findFirst().orElseThrow();
            assertThat(received.getCellText(1)).isEqualTo("cộng; số liệu của riêng đơn vị");
            assertThat(Double.parseDouble(received.getCellText(lastMonthColumn))).isEqualTo(5.0);
        }
        assertThat(as(w.adminQ().email()).get("/admin/u/" + w.p().id() + "/report-dashboard").status()).isEqualTo(404);
        assertThat(as(w.adminB().email()).get("/admin/u/" + w.d().id() + "/report-dashboard?obligation=" + o.id()).status()).isEqualTo(404);
    }

    @Test
    void aDistrictStartsItsReportFromItsSchoolsTotalsAndTheProvinceSeesASchoolsLaterCorrection() {
        Fixtures.World w = fixtures.world();
        Obligation schools = reporting.obligation(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Obligation districts = reporting.obligation(w, w.p().id(), "TYPE:DISTRICT_OFFICE", Recipient.PARENT, "DAY_OF_NEXT_MONTH:25", null, "", false);
        Map<String, String> a = new HashMap<>(goodAnswers());
        a.put("y_kien_nhan", "7");
        a.put("y_kien_xu_ly", "6");
        send(as(w.adminA().email()), w.a().id(), schools, thisMonth(), a, "submit");
        send(as(w.adminB().email()), w.b().id(), schools, thisMonth(), goodAnswers(), "submit");
        Browser adminD = as(w.adminD().email());

        Page own = adminD.get(fillUrl(w.d().id(), districts, thisMonth()));
        assertThat(own.doc().select("aside.below").text()).contains("Số ý kiến phản ánh nhận được 12");
        Map<String, String> body = new HashMap<>();
        body.put("token", own.doc().select("input[name=token]").attr("value"));
        assertThat(adminD.post(fillUrl(w.d().id(), districts, thisMonth()) + "?action=fromBelow", body).status()).isEqualTo(303);
        Page filled = adminD.get(fillUrl(w.d().id(), districts, thisMonth()));
        assertThat(filled.doc().select("#f-y_kien_nhan").attr("value")).isEqualTo("12");
        assertThat(filled.doc().select("#f-y_kien_xu_ly").attr("value")).isEqualTo("11");
        Map<String, String> answers = new HashMap<>(goodAnswers());
        answers.put("y_kien_nhan", "12");
        answers.put("y_kien_xu_ly", "11");
        assertThat(send(adminD, w.d().id(), districts, thisMonth(), answers, "submit").status()).isEqualTo(303);
        long districtReport = count("SELECT id FROM report WHERE unit_id = ? AND obligation_id = ?", w.d().id(), districts.id());
        Browser adminP = as(w.adminP().email());
        assertThat(adminP.get("/admin/u/" + w.p().id() + "/received-reports/" + districtReport).text())
                .contains("Số liệu của cấp dưới không thay đổi kể từ khi gửi.");

        long schoolReport = count("SELECT id FROM report WHERE unit_id = ? AND obligation_id = ?", w.a().id(), schools.id());
        adminD.post("/admin/u/" + w.d().id() + "/received-reports/" + schoolReport + "/return", Map.of("reason", "Kiểm tra lại số ý kiến"));
        a.put("y_kien_nhan", "9");
        send(as(w.adminA().email()), w.a().id(), schools, thisMonth(), a, "submit");

        Page seen = adminP.get("/admin/u/" + w.p().id() + "/received-reports/" + districtReport);
        assertThat(seen.text()).contains("Có đơn vị cấp dưới đã sửa báo cáo sau khi báo cáo này được gửi");
        assertThat(seen.doc().select("tr.changed").text()).contains("Số ý kiến phản ánh nhận được").contains("12").contains("14");
    }

    @Test
    void aSentReportPrintsAsAnOfficialDocumentWithTheNationalTitleSignerAndRecipients() throws Exception {
        Obligation o = reporting.obligation(world, world.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Browser head = as(world.headA().email());
        send(head, world.a().id(), o, thisMonth(), goodAnswers(), "submit");

        Page pdf = head.get(fillUrl(world.a().id(), o, thisMonth()) + "/pdf", "*/*");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc").contains("BÁO CÁO")
                    .contains(world.a().name().toUpperCase(java.util.Locale.ROOT)).containsPattern("Số: \\d+/BC-")
                    .contains("ngày " + String.format("%02d", clock.today().getDayOfMonth()))
                    .contains("Clip học sinh xô xát lan truyền trên mạng").contains("Nơi nhận:").contains("- " + world.d().name() + ";")
                    .contains("HIỆU TRƯỞNG").contains(world.headA().fullName());
            List<String> fonts = new java.util.ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name).getName());
            }
            assertThat(fonts).anySatisfy(f -> assertThat(f).contains("LiberationSerif"));
        }
        assertThat(as(world.adminB().email()).get(fillUrl(world.a().id(), o, thisMonth()) + "/pdf", "*/*").status()).isEqualTo(404);
        long reportId = count("SELECT id FROM report WHERE unit_id = ? AND obligation_id = ?", world.a().id(), o.id());
        Page xlsx = as(world.adminD().email()).get("/admin/u/" + world.d().id() + "/received-reports/" + reportId + "/xlsx", "*/*");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertThat(book.getFirstSheet().read().stream().filter(r -> r.getCellText(1).equals("Số ý kiến phản ánh nhận được")).findFirst().orElseThrow()
                    .getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(5);
        }
    }

    @Test
    void anExamSiteReportsASessionOnceItStartsAndTheProvinceSeesItInTheLiveTable() {
        Fixtures.World w = fixtures.world();
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock.withZone(DueRule.VIETNAM)).withSecond(0).withNano(0);
        String sessions = "S1|Ngữ văn|" + now.minusHours(3) + "|" + now.minusHours(1) + "\n" + "S2|Toán|" + now.plusHours(2) + "|" + now.plusHours(4);
        Obligation exam = reporting.quick(w, w.p().id(), "LEVEL:THCS", Recipient.ISSUER, PeriodType.LISTED, sessions);
        Browser adminA = as(w.adminA().email());

        assertThat(adminA.get(fillUrl(w.a().id(), exam, "S2")).status()).isEqualTo(404);
        assertThat(send(adminA, w.a().id(), exam, "S1", goodAnswers(), "submit").status()).isEqualTo(303);

        Page board = as(w.adminP().email()).get("/admin/u/" + w.p().id() + "/exam-board?obligation=" + exam.id());
        assertThat(board.doc().select("tbody tr:contains(" + w.a().name() + ")").text()).contains("Đã gửi đúng hạn").contains("4 · 5 · 5");
        assertThat(board.doc().select("tr.total").text()).contains("Đã báo cáo 1/1");
        assertThat(board.doc().select("[data-refresh]")).isNotEmpty();
        assertThat(as(w.adminQ().email()).get("/admin/u/" + w.p().id() + "/exam-board").status()).isEqualTo(404);
    }

    @Test
    void anIncidentIsReportedAtOnceAndTheRecipientAndTheLevelAboveAreMailed() {
        Fixtures.World w = fixtures.world();
        Obligation rapid = reporting.quick(w, w.p().id(), "TYPE:SCHOOL", Recipient.PARENT, PeriodType.EVENT, null);
        Browser adminA = as(w.adminA().email());
        String events = "/admin/u/" + w.a().id() + "/reports/" + rapid.id() + "/events";
        adminA.get("/admin/u/" + w.a().id() + "/reports");

        Page future = adminA.post(events, Map.of("happenedAt", java.time.LocalDateTime.now(clock.withZone(DueRule.VIETNAM)).plusHours(3).withNano(0).toString()));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.doc().select("#e-happenedAt").text()).isEqualTo("Thời điểm xảy ra không thể ở tương lai.");
        Page opened = adminA.post(events, Map.of("happenedAt", java.time.LocalDateTime.now(clock.withZone(DueRule.VIETNAM)).minusMinutes(30).withSecond(0).withNano(0).toString()));
        assertThat(opened.status()).isEqualTo(303);
        String code = opened.location().substring(opened.location().lastIndexOf('/') + 1);
        Map<String, String> answers = new HashMap<>(goodAnswers());
        answers.put("danh_gia", "Học sinh bị ngã cầu thang, đã đưa đi sơ cứu và báo phụ huynh ngay trong buổi sáng.");
        assertThat(send(adminA, w.a().id(), rapid, code, answers, "submit").status()).isEqualTo(303);

        assertThat(mail(w.adminD().email(), "Báo cáo nhanh").text()).contains("Học sinh bị ngã cầu thang");
        assertThat(mail(w.adminP().email(), "Báo cáo nhanh").subject()).contains(w.a().name());
        Page above = as(w.adminP().email()).get("/admin/u/" + w.p().id() + "/incidents");
        assertThat(above.doc().select("tbody tr").text()).contains(w.a().name()).contains("gửi cho đơn vị cấp dưới").contains("Học sinh bị ngã");
        assertThat(as(w.adminD().email()).get("/admin/u/" + w.d().id() + "/incidents").text()).contains(w.a().name());
        assertThat(as(w.adminB().email()).get("/admin/u/" + w.b().id() + "/incidents").text()).doesNotContain("Học sinh bị ngã");
        assertThat(as(w.adminQ().email()).get("/admin/u/" + w.p().id() + "/incidents").status()).isEqualTo(404);
    }

    @Test
    void aSchoolAttachesMinutesToItsReportAndOnlyItsRecipientAndThoseAboveCanOpenThem() {
        Obligation o = reporting.obligation(world, world.p().id(), "TYPE:SCHOOL", Recipient.PARENT, "DAY_OF_NEXT_MONTH:20", null, "", false);
        Browser adminA = as(world.adminA().email());
        adminA.get(fillUrl(world.a().id(), o, thisMonth()));
        byte[] minutes = "%PDF-1.4\n% biên bản họp Ban truyền thông\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Page attached = adminA.upload(fillUrl(world.a().id(), o, thisMonth()) + "/attachments", "file", "bien-ban-hop.pdf", minutes, "application/pdf");
        assertThat(attached.status()).isEqualTo(303);
        Page form = adminA.get(fillUrl(world.a().id(), o, thisMonth()));
        String link = form.doc().select("ul.files a").attr("href");
        assertThat(form.doc().select("ul.files a").text()).isEqualTo("bien-ban-hop.pdf");
        send(adminA, world.a().id(), o, thisMonth(), goodAnswers(), "submit");
        long reportId = count("SELECT id FROM report WHERE unit_id = ? AND obligation_id = ?", world.a().id(), o.id());
        String fileId = link.substring(link.lastIndexOf('/') + 1);

        Page seen = as(world.adminD().email()).get("/admin/u/" + world.d().id() + "/received-reports/" + reportId + "/files/" + fileId, "*/*");
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.bytes()).isEqualTo(minutes);
        Browser adminB = as(world.adminB().email());
        assertThat(adminB.get("/admin/u/" + world.b().id() + "/received-reports/" + reportId + "/files/" + fileId, "*/*").status()).isEqualTo(404);
        assertThat(adminB.get(link, "*/*").status()).isEqualTo(404);
        assertThat(adminA.upload(fillUrl(world.a().id(), o, thisMonth()) + "/attachments", "file", "them.pdf", minutes, "application/pdf").status())
                .isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM report_attachment WHERE report_id = ?", reportId)).isEqualTo(1);
    }
}
