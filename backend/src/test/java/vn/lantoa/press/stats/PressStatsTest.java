package vn.lantoa.press.stats;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The press statistics against figures worked out by hand (issue 13, item 9): in the first quarter of 2026, seen on 10 April,
 * district D with schools A and B (and province Q's school Z, whose work never counts). Answers are on time by the Vietnam date
 * they went out, so 23:59:59 on the due date is on time and midnight after it is late; an incident alerted at 23:30 on 31 March
 * is the first quarter's, one at 00:10 on 1 April the second's.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PressStatsTest {

    static final LocalDateTime TODAY = LocalDateTime.of(2026, 4, 10, 10, 0);

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    Fixtures.World w;

    @BeforeAll
    void world() {
        w = fixtures.world();
        long a = w.a().id();
        // School A: on time at the last second of the due date (Vietnam), late one second later, refused in time, open past due, open and due today.
        PressRows.question(a, d("2026-03-02"), d("2026-03-06"), "SENT", vn("2026-03-06T23:59:59"));
        PressRows.question(a, d("2026-03-02"), d("2026-03-06"), "SENT", vn("2026-03-07T00:00:00"));
        PressRows.question(a, d("2026-03-10"), d("2026-03-20"), "DECLINED", vn("2026-03-19T15:00:00"));
        PressRows.question(a, d("2026-03-25"), d("2026-03-31"), "DRAFTED", null);
        PressRows.question(a, d("2026-03-30"), d("2026-04-10"), "RECEIVED", null);
        PressRows.question(a, d("2025-12-31"), d("2026-01-05"), "RECEIVED", null);
        PressRows.question(w.b().id(), d("2026-01-05"), d("2026-01-10"), "SENT", vn("2026-01-09T09:00:00"));
        PressRows.question(w.d().id(), d("2026-02-01"), d("2026-02-05"), "APPROVED", null);
        PressRows.question(w.z().id(), d("2026-02-01"), d("2026-02-05"), "RECEIVED", null);

        long found = PressRows.clipping(a, d("2026-01-15"), "POSITIVE", null);
        PressRows.clipping(a, d("2026-03-31"), "NEGATIVE", null);
        PressRows.clipping(a, d("2026-04-01"), "NEGATIVE", null);
        PressRows.clipping(w.b().id(), d("2026-02-10"), "NEUTRAL", null);
        PressRows.clipping(w.d().id(), d("2026-01-15"), "POSITIVE", found);
        PressRows.clipping(w.z().id(), d("2026-02-10"), "NEGATIVE", null);

        PressRows.incident(a, "EXAM_LEAK", vn("2026-02-01T08:00:00"), Duration.ofHours(2));
        PressRows.incident(a, "EXAM_LEAK", vn("2026-02-10T08:00:00"), Duration.ofHours(30));
        PressRows.incident(a, "FOOD_POISONING", vn("2026-03-31T23:30:00"), null);
        PressRows.incident(a, "FOOD_POISONING", vn("2026-04-01T00:10:00"), Duration.ofHours(1));
        PressRows.incident(w.b().id(), "FOOD_POISONING", vn("2026-01-20T09:00:00"), Duration.ofHours(4));
        PressRows.incident(w.z().id(), "EXAM_LEAK", vn("2026-02-01T08:00:00"), Duration.ofHours(1));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void questionsAreOnTimeByTheVietnamDateTheyWentOutAndOpenOnesPastTheirDateAreOverdue() {
        clock.freezeAt(TODAY);
        Document d = signIn(w.adminD()).get(stats(w.d().id()) + "?period=2026-Q1").doc();

        assertThat(cells(d, "#questions tr[data-row=all]")).containsExactly("7", "3", "1", "2", "1", "75%");
        assertThat(cells(d, "#questions tr[data-unit=" + w.a().id() + "]")).containsExactly("5", "2", "1", "1", "1", "67%");
        assertThat(cells(d, "#questions tr[data-unit=" + w.b().id() + "]")).containsExactly("1", "1", "0", "0", "0", "100%");
        assertThat(cells(d, "#questions tr[data-unit=" + w.d().id() + "]")).containsExactly("1", "0", "0", "1", "0", "—");
        assertThat(d.select("#questions tr[data-unit=" + w.z().id() + "]")).isEmpty();
    }

    @Test
    void coverageCountsEachClippingOnceByMonthAndToneAndAMemberWithoutOversightSeesTheUnitsOwn() {
        clock.freezeAt(TODAY);
        Document d = signIn(w.adminD()).get(stats(w.d().id()) + "?period=2026-Q1").doc();
        Document editor = signIn(w.editorD()).get(stats(w.d().id()) + "?period=2026-Q1").doc();

        assertThat(cells(d, "#coverage tr[data-month=2026-01]")).containsExactly("1", "0", "0", "1");
        assertThat(cells(d, "#coverage tr[data-month=2026-02]")).containsExactly("0", "1", "0", "1");
        assertThat(cells(d, "#coverage tr[data-month=2026-03]")).containsExactly("0", "0", "1", "1");
        assertThat(cells(d, "#coverage tr[data-row=all]")).containsExactly("1", "1", "1", "3");
        assertThat(cells(d, "#coverage-by-unit tr[data-unit=" + w.a().id() + "]")).containsExactly("1", "0", "1", "2");
        assertThat(cells(editor, "#coverage tr[data-row=all]")).as("the Phòng's own copy only").containsExactly("1", "0", "0", "1");
        assertThat(cells(editor, "#questions tr[data-row=all]")).containsExactly("1", "0", "0", "1", "0", "—");
        assertThat(editor.select("#questions tr[data-unit]")).isEmpty();
    }

    @Test
    void incidentsCountByTypeWithTheMedianAndMeanTimeToFirstStatementAndTheShareWithinTheClock() {
        clock.freezeAt(TODAY);
        Document d = signIn(w.adminD()).get(stats(w.d().id()) + "?period=2026-Q1").doc();

        // Statements after 2 h, 30 h and 4 h: median 4 h, mean 12 h; within the clock 2 of the 4 whose clock is decided.
        assertThat(cells(d, "#incidents tr[data-row=all]")).containsExactly("4", "3", "4,0", "12,0", "2", "50%");
        assertThat(cells(d, "#incidents tr[data-type=EXAM_LEAK]")).containsExactly("2", "2", "16,0", "16,0", "1", "50%");
        assertThat(cells(d, "#incidents tr[data-type=FOOD_POISONING]")).containsExactly("2", "1", "4,0", "4,0", "1", "50%");
        assertThat(cells(d, "#incidents-by-unit tr[data-unit=" + w.a().id() + "]")).containsExactly("3", "2", "16,0", "16,0", "1", "33%");
        Document april = signIn(w.adminA()).get(stats(w.a().id()) + "?period=2026-04").doc();
        assertThat(cells(april, "#incidents tr[data-row=all]")).containsExactly("1", "1", "1,0", "1,0", "1", "100%");
    }

    @Test
    void everyTableDownloadsAsXlsxWithTheFiguresOfThePage() throws Exception {
        clock.freezeAt(TODAY);
        Browser district = signIn(w.adminD());
        Page questions = district.get(stats(w.d().id()) + "/export.xlsx?period=2026-Q1&table=questions", "*/*");
        Page incidents = district.get(stats(w.d().id()) + "/export.xlsx?period=2026-Q1&table=incidents", "*/*");
        Page all = district.get(stats(w.d().id()) + "/export.xlsx?period=2026-Q1", "*/*");

        assertThat(questions.status()).isEqualTo(200);
        assertThat(questions.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<Row> rows = rows(questions);
        Row total = rows.stream().filter(r -> r.getCellCount() > 1 && "Tổng cộng".equals(r.getCellText(0))).findFirst().orElseThrow();
        assertThat(total.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("7");
        assertThat(total.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("3");
        assertThat(total.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("2");
        assertThat(rows.stream().filter(r -> r.getCellCount() > 1 && w.a().name().equals(r.getCellText(0))).findFirst().orElseThrow()
                .getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("5");
        Row exam = rows(incidents).stream().filter(r -> r.getCellCount() > 1 && "Lộ đề thi".equals(r.getCellText(0))).findFirst().orElseThrow();
        assertThat(exam.getCellAsNumber(3).orElseThrow()).as("median minutes").isEqualByComparingTo("960");
        List<String> firstCells = rows(all).stream().filter(r -> r.getCellCount() > 0).map(r -> r.getCellText(0)).toList();
        assertThat(firstCells.get(0)).startsWith("Thống kê công tác báo chí – " + w.d().name()).endsWith("Trả lời, cung cấp thông tin cho báo chí");
        assertThat(firstCells).contains("Tin, bài trên báo chí theo sắc thái và tháng", "Sự cố theo loại và thời gian đến tuyên bố đầu tiên");
        assertThat(district.get(stats(w.d().id()) + "/export.xlsx?period=2026-Q1&table=secrets", "*/*").status()).isIn(400, 422);
    }

    @Test
    void theQuarterlyReportIsAnOfficialDocumentWithTheQuartersFigures() throws Exception {
        clock.freezeAt(TODAY);
        Page pdf = signIn(w.adminD()).get(stats(w.d().id()) + "/report.pdf?quarter=2026-Q1", "*/*");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                    .containsIgnoringCase(w.p().name()).containsIgnoringCase(w.d().name()).contains("BÁO CÁO")
                    .contains("Công tác truyền thông, phát ngôn và cung cấp thông tin cho báo chí quý I năm 2026")
                    .contains("ngày 10 tháng 04 năm 2026").contains("/BC-").contains("Nơi nhận:").contains("TRƯỞNG PHÒNG")
                    .contains("tiếp nhận 7 yêu cầu").contains("trả lời đúng hạn 3").contains("ghi nhận 3 tin, bài").contains("phát sinh 4 sự cố")
                    .contains("Lộ đề thi");
        }
        assertThat(signIn(w.adminD()).get(stats(w.d().id()) + "/report.pdf?quarter=2026-05", "*/*").status()).isIn(400, 422);
    }

    @Test
    void aBadPeriodIsExplainedNextToTheFieldAndOtherUnitsCannotReadTheStatistics() {
        Page bad = signIn(w.adminD()).get(stats(w.d().id()) + "?period=quy-5");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.doc().select("#e-period").text()).contains("Kỳ không hợp lệ");

        assertThat(signIn(w.adminB()).get(stats(w.a().id()) + "?period=2026-Q1").status()).as("a sibling school").isEqualTo(404);
        assertThat(signIn(w.adminQ()).get(stats(w.d().id()) + "?period=2026-Q1").status()).as("another province").isEqualTo(404);
        assertThat(signIn(w.adminA()).get(stats(w.d().id()) + "/export.xlsx?period=2026-Q1", "*/*").status()).as("a school, its Phòng's").isEqualTo(404);
        assertThat(signIn(w.adminQ()).get(stats(w.d().id()) + "/report.pdf?quarter=2026-Q1", "*/*").status()).isEqualTo(404);
        Document reporter = signIn(w.reporterD()).get(stats(w.d().id()) + "?period=2026-Q1").doc();
        assertThat(cells(reporter, "#questions tr[data-row=all]")).as("the reporter oversees the schools").startsWith("7");
    }

    private static List<String> cells(Document d, String row) {
        return d.select(row + " td").eachText();
    }

    private static List<Row> rows(Page xlsx) throws Exception {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            return book.getFirstSheet().read();
        }
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TestClock.VIETNAM).toInstant();
    }

    private static String stats(long unitId) {
        return "/admin/u/" + unitId + "/press/stats";
    }

    private Browser signIn(User user) {
        return new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
    }
}
