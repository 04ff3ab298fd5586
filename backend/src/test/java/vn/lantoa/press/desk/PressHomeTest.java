package vn.lantoa.press.desk;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where each role of a school lands: the spokesperson and the hotline officer find their own press work, a viewer none. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PressHomeTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    Fixtures.World w;
    User spokesperson;
    User hotline;
    LocalDate today = LocalDate.of(2026, 6, 10);
    Instant now;

    @BeforeAll
    void world() {
        now = clock.freezeAt(LocalDateTime.of(2026, 6, 10, 9, 0)).instant();
        w = fixtures.world();
        spokesperson = fixtures.member(w.a(), Role.SPOKESPERSON, "phat-ngon", w.tag());
        hotline = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "duong-day-nong", w.tag());
        long a = w.a().id();
        PressRows.question(a, "BC-A-4", "Báo Tuổi Trẻ", today.plusDays(5), "RECEIVED");
        PressRows.question(a, "BC-A-1", "Báo Đắk Lắk", today.minusDays(1), "RECEIVED");
        PressRows.question(a, "BC-A-3", "Báo Giáo dục và Thời đại", today.plusDays(2), "DRAFTED");
        PressRows.question(a, "BC-A-2", "Đài PT-TH Đắk Lắk", today, "APPROVED");
        PressRows.question(a, "BC-A-0", "Báo Lao Động", today.minusDays(3), "SENT");
        PressRows.incident(a, "SC-A-1", "Học sinh bị ngộ độc sau bữa trưa", now.minus(Duration.ofHours(2)), now.plus(Duration.ofHours(22)), null, null);
        PressRows.incident(a, "SC-A-0", "Sự cố cũ đã đóng", now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(8)),
                now.minus(Duration.ofDays(2)));
        PressRows.clipping(a, "Trường An Bình đạt chuẩn quốc gia", today, "POSITIVE");
        PressRows.clipping(a, "Học sinh An Bình đoạt giải", today, "POSITIVE");
        PressRows.clipping(a, "Phụ huynh phản ánh khoản thu", today, "NEGATIVE");
        PressRows.clipping(a, "Tin hôm qua", today.minusDays(1), "NEUTRAL");
        TestServers.sql("INSERT INTO press_event (unit_id, kind, title, starts_at, place, created_at, updated_at) VALUES (" + a
                + ", 'CONFERENCE', 'Họp báo đầu năm học', '2026-06-11 01:00:00', 'Hội trường nhà trường', NOW(), NOW())");
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    private Page home(User user) {
        return new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD).get("/admin/u/" + w.a().id());
    }

    @Test
    void theSpokespersonFindsQuestionsDueIncidentsWithTheirClockTodaysClippingsAndTheNextEvent() {
        Page page = home(spokesperson);
        assertThat(page.doc().select("#home-press-questions").text())
                .isEqualTo("4 câu hỏi của báo chí đang chờ trả lời: 1 đến hạn hôm nay, 1 quá hạn.");
        assertThat(page.doc().select("#home-press li[data-question]").eachAttr("data-question")).containsExactly("BC-A-1", "BC-A-2", "BC-A-3");
        assertThat(page.doc().select("#home-press li[data-question=BC-A-1]").text()).contains("Quá hạn từ 09/06/2026");
        assertThat(page.doc().select("#home-press-incidents").text()).isEqualTo("1 sự cố đang xử lý.");
        assertThat(page.doc().select("#home-press li[data-incident=SC-A-1]").text()).contains("Còn 22 giờ 0 phút");
        assertThat(page.doc().select("#home-press-clippings").text()).isEqualTo("Điểm tin hôm nay: 3 tin (2 tích cực, 0 trung lập, 1 tiêu cực).");
        assertThat(page.doc().select("#home-press-event").text()).contains("Họp báo đầu năm học", "11/06/2026 08:00");
        // Not a hotline officer: the listening desk's cases are not theirs.
        assertThat(page.doc().select("#home-desk")).isEmpty();
    }

    @Test
    void theHotlineOfficerFindsTheirCasesAndTheIncidentsAndClippingsButNoJournalistsQuestions() {
        Page page = home(hotline);
        assertThat(page.doc().select("#home-desk")).hasSize(1);
        assertThat(page.doc().select("#home-press-incidents").text()).isEqualTo("1 sự cố đang xử lý.");
        assertThat(page.doc().select("#home-press-clippings").text()).startsWith("Điểm tin hôm nay: 3 tin");
        assertThat(page.doc().select("#home-press-questions")).isEmpty();
        assertThat(page.doc().select("#home-press-event")).isEmpty();
    }

    @Test
    void theHeadFindsThePressWorkBesideTheApprovalsAndTheCases() {
        Page page = home(w.headA());
        assertThat(page.doc().select("#home-press-questions").text()).startsWith("4 câu hỏi");
        assertThat(page.doc().select("#home-desk")).hasSize(1);
        assertThat(page.doc().select("#h-approvals")).hasSize(1);
    }

    @Test
    void aViewerHasNoPressCardNorDeskCard() {
        Page page = home(w.viewerA());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.doc().select("#home-press")).isEmpty();
        assertThat(page.doc().select("#home-desk")).isEmpty();
    }

    @Test
    void everyLinkInTheSpokespersonsAndHotlineOfficersMenuOpensForThemAtASchoolAndAtADistrict() {
        List<User> people = List.of(spokesperson, hotline, fixtures.member(w.d(), Role.SPOKESPERSON, "phat-ngon-phong", w.tag()),
                fixtures.member(w.d(), Role.HOTLINE_OFFICER, "duong-day-nong-phong", w.tag()));
        List<String> broken = new ArrayList<>();
        for (User user : people) {
            long unitId = user == spokesperson || user == hotline ? w.a().id() : w.d().id();
            Browser browser = new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
            Page page = browser.get("/admin/u/" + unitId);
            for (String href : page.doc().select(".sidenav a[href^=/admin]").eachAttr("href")) {
                int status = browser.get(href).status();
                if (status != 200) {
                    broken.add(user.email() + " " + href + " " + status);
                }
            }
            assertThat(page.doc().select(".sidenav a").eachText()).as(user.email())
                    .doesNotContain("Nhật ký thay đổi", "Khóa API", "Webhook", "Cài đặt trang thông tin", "Nhập đơn vị từ tệp");
        }
        assertThat(broken).isEmpty();
    }
}
