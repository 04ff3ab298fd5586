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

import static org.assertj.core.api.Assertions.assertThat;

/** The spokesperson's desk page: what is due and what is burning, in Vietnam time; a read-only version for those who only read. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PressOverviewTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    Fixtures.World w;
    User spokesperson;
    String path;

    @BeforeAll
    void world() {
        // 23:30 in Hanoi is 16:30 UTC: "today" is the Vietnam date, 2026-06-10.
        Instant now = clock.freezeAt(LocalDateTime.of(2026, 6, 10, 23, 30)).instant();
        LocalDate today = LocalDate.of(2026, 6, 10);
        w = fixtures.world();
        spokesperson = fixtures.member(w.a(), Role.SPOKESPERSON, "phat-ngon-ban", w.tag());
        long a = w.a().id();
        path = "/admin/u/" + a + "/press";
        PressRows.question(a, "BC-O-1", "Báo Đắk Lắk", today.minusDays(2), "RECEIVED");
        PressRows.question(a, "BC-O-2", "Báo Tuổi Trẻ", today, "DRAFTED");
        PressRows.question(a, "BC-O-3", "Báo Lao Động", today.plusDays(1), "DECLINED");
        PressRows.incident(a, "SC-O-1", "Tin đồn lộ đề thi trên mạng xã hội", now.minus(Duration.ofHours(27)), now.minus(Duration.ofHours(3)), null, null);
        PressRows.incident(a, "SC-O-2", "Tai nạn trên đường đến điểm thi", now.minus(Duration.ofHours(5)), now.plus(Duration.ofMinutes(90)), null, null);
        PressRows.incident(a, "SC-O-3", "Mất điện tại điểm thi", now.minus(Duration.ofHours(30)), now.minus(Duration.ofHours(6)),
                now.minus(Duration.ofHours(8)), null);
        PressRows.clipping(a, "Kỳ thi diễn ra an toàn", today, "POSITIVE");
        PressRows.clipping(a, "Thí sinh đến muộn vì tắc đường", today, "NEGATIVE");
        PressRows.clipping(w.b().id(), "Tin của trường bên cạnh", today, "NEGATIVE");
        TestServers.sql("INSERT INTO article (unit_id, kind, title, slug, body_html, search_text, status, publish_at, created_at, updated_at) VALUES ("
                + a + ", 'PRESS_RELEASE', 'Thông cáo kết quả kỳ thi', 'thong-cao-ket-qua-" + w.tag() + "', '<p>x</p>', 'x', 'SCHEDULED', "
                + "'2026-06-11 01:00:00', NOW(), NOW())");
        // One mailing waiting for its embargo (shown with its lists), one already gone out (not shown).
        TestServers.sql("INSERT INTO press_mailing (unit_id, article_id, subject, body_text, body_html, list_names, send_at, embargoed, created_at, created_by) "
                + "VALUES (" + a + ", 0, 'Thông cáo điểm chuẩn lớp 10', 'x', '<p>x</p>', 'Báo chí tỉnh, Phát thanh', '2026-06-11 02:00:00', TRUE, NOW(), "
                + spokesperson.id() + "), (" + a + ", 0, 'Thông cáo lịch tiêm chủng', 'x', '<p>x</p>', 'Báo chí tỉnh', '2026-06-10 10:00:00', FALSE, NOW(), "
                + spokesperson.id() + ")");
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSpokespersonSeesQuestionsDueIncidentsWithTheirClocksTodaysClippingsAndScheduledReleases() {
        Page page = new Browser(server.getURI()).signIn(spokesperson.email(), Fixtures.PASSWORD).get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.doc().select("#desk-questions li[data-question]").eachAttr("data-question")).containsExactly("BC-O-1", "BC-O-2");
        assertThat(page.doc().select("#questions-overdue").text()).isEqualTo("1 quá hạn");
        assertThat(page.doc().select("li[data-question=BC-O-1] .status-overdue").text()).isEqualTo("Quá hạn từ 08/06/2026");
        assertThat(page.doc().select("li[data-question=BC-O-2]").text()).contains("Đến hạn hôm nay (10/06/2026)");
        // Late first, then the one about to run out, then the one whose statement was made.
        assertThat(page.doc().select("#desk-incidents li[data-incident]").eachAttr("data-incident")).containsExactly("SC-O-1", "SC-O-2", "SC-O-3");
        assertThat(page.doc().select("li[data-incident=SC-O-1] .clock").text())
                .isEqualTo("Quá hạn 3 giờ 0 phút, chưa có thông tin · hạn thông tin đầu tiên 10/06/2026 20:30");
        assertThat(page.doc().select("li[data-incident=SC-O-2] .clock.status-overdue").text()).startsWith("Còn 1 giờ 30 phút");
        assertThat(page.doc().select("li[data-incident=SC-O-3] .clock").text()).startsWith("Đã thông tin đúng hạn");
        assertThat(page.doc().select("#desk-clippings .counts").text()).isEqualTo("Tích cực: 1 Trung lập: 0 Tiêu cực: 1");
        assertThat(page.doc().select("#desk-clippings").text()).doesNotContain("Tin của trường bên cạnh");
        assertThat(page.doc().select("#desk-releases").text()).contains("Thông cáo kết quả kỳ thi", "đăng lúc 11/06/2026 08:00");
        assertThat(page.doc().select("#desk-releases li[data-mailing]").text())
                .contains("Thông cáo điểm chuẩn lớp 10", "gửi lúc 11/06/2026 09:00", "Báo chí tỉnh, Phát thanh");
        assertThat(page.doc().select("#desk-releases").text()).doesNotContain("Thông cáo lịch tiêm chủng");
        assertThat(page.doc().select("#read-only")).isEmpty();
    }

    @Test
    void theOverviewsLinksLeadToTheQuestionsIncidentsAndEventsPagesThatExist() {
        Browser browser = new Browser(server.getURI()).signIn(spokesperson.email(), Fixtures.PASSWORD);
        Page page = browser.get(path);
        String question = page.doc().select("li[data-question=BC-O-1] a").attr("href");
        String incident = page.doc().select("li[data-incident=SC-O-1] a").attr("href");
        assertThat(question).matches("/admin/u/" + w.a().id() + "/press/questions/\\d+");
        assertThat(incident).matches("/admin/u/" + w.a().id() + "/press/incidents/\\d+");
        assertThat(browser.get(question).status()).isEqualTo(200);
        assertThat(browser.get(incident).status()).isEqualTo(200);
        assertThat(browser.get(page.doc().select("#desk-releases li[data-mailing] a").attr("href")).status()).isEqualTo(200);
    }

    @Test
    void aViewerAndTheLevelAboveSeeAReadOnlyDeskWithoutTheJournalistsQuestionsAndASiblingFindsNothing() {
        Page viewer = new Browser(server.getURI()).signIn(w.viewerA().email(), Fixtures.PASSWORD).get(path);
        assertThat(viewer.status()).isEqualTo(200);
        assertThat(viewer.doc().select("#read-only")).hasSize(1);
        assertThat(viewer.doc().select("#desk-questions, #desk-incidents, #desk-releases")).isEmpty();
        assertThat(viewer.doc().select("#desk-ways a").eachAttr("href")).containsExactly(path + "/stats");
        assertThat(viewer.doc().select("#press-tabs a").eachAttr("href")).contains(path + "/events").doesNotContain(path + "/questions");

        Page above = new Browser(server.getURI()).signIn(w.reporterD().email(), Fixtures.PASSWORD).get("/admin/u/" + w.d().id() + "/press");
        assertThat(above.status()).isEqualTo(200);
        assertThat(above.doc().select("#desk-ways a").eachAttr("href")).contains("/admin/u/" + w.d().id() + "/press/incidents/below");
        assertThat(new Browser(server.getURI()).signIn(w.reporterD().email(), Fixtures.PASSWORD).get(path).doc().select("#desk-questions")).isEmpty();

        User sibling = fixtures.member(w.b(), Role.SPOKESPERSON, "phat-ngon-b-ban", w.tag());
        assertThat(new Browser(server.getURI()).signIn(sibling.email(), Fixtures.PASSWORD).get(path).status()).isEqualTo(404);
    }
}
