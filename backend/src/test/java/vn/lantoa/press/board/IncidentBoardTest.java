package vn.lantoa.press.board;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parent's board of open incidents below (issue 13, item 6) and the home card of those that reach a unit: the order, the
 * filters, paging and counts against counts made independently, and who may read it. Province P has district D with schools A
 * and B; province Q has school Z.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentBoardTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 12, 9, 0);

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    JsonMapper json;

    Fixtures.World w;
    User spokespersonD;
    long minorA;
    long graveA;
    long closedA;
    long graveB;
    long seriousB;
    long criticalD;
    long criticalZ;
    long seriousP;

    @BeforeAll
    void world() {
        w = fixtures.world();
        spokespersonD = fixtures.member(w.d(), Role.SPOKESPERSON, "phat-ngon-d", w.tag());
        Instant now = NOW.atZone(TestClock.VIETNAM).toInstant();
        minorA = IncidentRows.insert(w.a().id(), "Học sinh xô xát ở cổng trường " + w.tag(), "SCHOOL_VIOLENCE", "MINOR", "OPEN", now.minus(Duration.ofHours(10)), null);
        graveA = IncidentRows.insert(w.a().id(), "Nghi ngộ độc sau bữa trưa", "FOOD_POISONING", "GRAVE", "OPEN", now.minus(Duration.ofHours(2)), null);
        closedA = IncidentRows.insert(w.a().id(), "Sự cố đã đóng", "ACCIDENT", "CRITICAL", "CLOSED", now.minus(Duration.ofHours(5)), null);
        graveB = IncidentRows.insert(w.b().id(), "Clip bạo lực lan truyền", "SCHOOL_VIOLENCE", "GRAVE", "OPEN", now.minus(Duration.ofHours(20)),
                now.minus(Duration.ofHours(19)));
        seriousB = IncidentRows.insert(w.b().id(), "Tin giả về học phí", "FAKE_NEWS", "SERIOUS", "OPEN", now.minus(Duration.ofHours(30)), null);
        criticalD = IncidentRows.insert(w.d().id(), "Lộ đề kiểm tra học kỳ của huyện", "EXAM_LEAK", "CRITICAL", "OPEN", now.minus(Duration.ofHours(1)), null);
        criticalZ = IncidentRows.insert(w.z().id(), "Sự cố ở tỉnh khác", "ACCIDENT", "CRITICAL", "OPEN", now.minus(Duration.ofHours(3)), null);
        seriousP = IncidentRows.insert(w.p().id(), "Sự cố của chính Sở", "FAKE_NEWS", "SERIOUS", "OPEN", now.minus(Duration.ofHours(4)), null);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void thePhongSeesEveryOpenIncidentOfItsSchoolsMostSevereThenOldestWithTheirStatementClocks() {
        clock.freezeAt(NOW);
        Page board = signIn(w.reporterD()).get(board(w.d().id()));

        assertThat(board.status()).isEqualTo(200);
        assertThat(ids(board)).containsExactly(graveB, graveA, seriousB, minorA);
        assertThat(total(board)).isEqualTo(IncidentRows.openBelow(w.d().id())).isEqualTo(4);
        Element late = board.doc().selectFirst("tr[data-incident=" + seriousB + "]");
        assertThat(late.text()).contains(w.b().name()).contains("Quá hạn từ").contains("1 ngày 6 giờ");
        assertThat(late.selectFirst("a").attr("href")).isEqualTo("/admin/u/" + w.b().id() + "/press/incidents/" + seriousB);
        assertThat(board.doc().selectFirst("tr[data-incident=" + graveB + "]").text()).contains("Đã có lúc");
        assertThat(board.doc().selectFirst("tr[data-incident=" + graveA + "]").text()).contains("Hạn").contains("Cấp 3");
        // The type reads as the incident page names it (press.IncidentType), not as its code.
        assertThat(board.doc().selectFirst("tr[data-incident=" + graveA + "]").text()).contains("Ngộ độc thực phẩm").doesNotContain("FOOD_POISONING");
        assertThat(board.doc().select("#by-severity td[data-severity=GRAVE]").text()).isEqualTo("2");
        assertThat(board.doc().select("#by-unit tr[data-unit=" + w.b().id() + "] td").first().text()).isEqualTo("2");
    }

    @Test
    void theSosBoardCountsThePhongsOwnIncidentsUnderThePhongAndLeavesOutItsOwnAndOtherProvinces() {
        clock.freezeAt(NOW);
        Page board = signIn(w.adminP()).get(board(w.p().id()));

        assertThat(ids(board)).containsExactly(criticalD, graveB, graveA, seriousB, minorA).doesNotContain(seriousP, criticalZ, closedA);
        assertThat(total(board)).isEqualTo(IncidentRows.openBelow(w.p().id())).isEqualTo(5);
        assertThat(board.doc().select("#by-unit tr[data-unit=" + w.d().id() + "] td").first().text()).isEqualTo("5");
        assertThat(board.doc().select("#by-unit tr[data-unit=" + w.d().id() + "] a").attr("href")).endsWith("?unit=" + w.d().id());
    }

    @Test
    void theFiltersNarrowBySeverityTypeAndUnitBelowAndAUnitOfAnotherTreeRevealsNothing() {
        clock.freezeAt(NOW);
        Browser province = signIn(w.adminP());

        assertThat(ids(province.get(board(w.p().id()) + "?severity=GRAVE"))).containsExactly(graveB, graveA);
        assertThat(ids(province.get(board(w.p().id()) + "?type=SCHOOL_VIOLENCE"))).containsExactly(graveB, minorA);
        Page schoolA = province.get(board(w.p().id()) + "?unit=" + w.a().id());
        assertThat(ids(schoolA)).containsExactly(graveA, minorA);
        assertThat(total(schoolA)).isEqualTo(2);
        Page elsewhere = province.get(board(w.p().id()) + "?unit=" + w.z().id());
        assertThat(elsewhere.doc().select("#board-errors").text()).contains("không thuộc cấp dưới");
        assertThat(ids(elsewhere)).doesNotContain(criticalZ).hasSize(5);
        assertThat(elsewhere.text()).doesNotContain("Sự cố ở tỉnh khác");
    }

    @Test
    void theBoardPagesFiftyAtATimeAndItsTotalCountsEveryPage() {
        Fixtures.World big = fixtures.world();
        Instant start = NOW.atZone(TestClock.VIETNAM).toInstant().minus(Duration.ofDays(3));
        for (int i = 0; i < 57; i++) {
            IncidentRows.insert(i % 2 == 0 ? big.a().id() : big.b().id(), "Sự cố số " + i, "OTHER", "MINOR", "OPEN", start.plus(Duration.ofMinutes(i)), null);
        }
        clock.freezeAt(NOW);
        Browser reporter = signIn(big.reporterD());
        Page first = reporter.get(board(big.d().id()));
        Page second = reporter.get(board(big.d().id()) + "?page=2");

        assertThat(total(first)).isEqualTo(IncidentRows.openBelow(big.d().id())).isEqualTo(57);
        assertThat(ids(first)).hasSize(50);
        assertThat(ids(second)).hasSize(7).doesNotContainAnyElementsOf(ids(first));
        assertThat(second.doc().select("#board-page").text()).isEqualTo("Trang 2/2");
        assertThat(second.doc().select(".pager a[rel=prev]").attr("href")).endsWith("page=1");
    }

    @Test
    void siblingsSchoolsBelowAndOtherProvincesCannotReadTheBoardAndAMemberWithoutOversightSeesNoIncident() {
        assertThat(signIn(w.adminA()).get(board(w.d().id())).status()).as("a school reading its Phòng's board").isEqualTo(404);
        assertThat(signIn(w.adminQ()).get(board(w.p().id())).status()).as("another Sở").isEqualTo(404);
        assertThat(signIn(w.adminB()).get(board(w.a().id())).status()).as("a sibling school").isEqualTo(404);
        assertThat(api(w.adminQ()).get("/api/v1/units/" + w.p().id() + "/incidents-below").status()).isEqualTo(404);
        assertThat(api(w.adminA()).get("/api/v1/units/" + w.d().id() + "/incidents-below").status()).isEqualTo(404);

        Page editor = signIn(w.editorD()).get(board(w.d().id()));
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.doc().select("#board-no-oversight")).hasSize(1);
        assertThat(ids(editor)).isEmpty();
        assertThat(editor.text()).doesNotContain("Clip bạo lực");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiListsTheSameBoardWithCountsAndRefusesAUnitThatIsNotBelow() {
        clock.freezeAt(NOW);
        Api reporter = api(w.reporterD());
        Api.Reply all = reporter.get("/api/v1/units/" + w.d().id() + "/incidents-below");
        Api.Reply grave = reporter.get("/api/v1/units/" + w.d().id() + "/incidents-below?severity=GRAVE&perPage=1&page=2");
        Api.Reply elsewhere = reporter.get("/api/v1/units/" + w.d().id() + "/incidents-below?scopeUnitId=" + w.z().id());
        Api.Reply badSeverity = reporter.get("/api/v1/units/" + w.d().id() + "/incidents-below?severity=HUGE");

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(((Number) all.json().get("total")).longValue()).isEqualTo(IncidentRows.openBelow(w.d().id()));
        List<Map<String, Object>> items = items(all);
        assertThat(items).extracting(m -> ((Number) m.get("id")).longValue()).containsExactly(graveB, graveA, seriousB, minorA);
        assertThat(items.get(2)).containsEntry("statementClock", "LATE").containsEntry("severity", "SERIOUS").containsEntry("ageMinutes", 1800);
        assertThat(items.get(0)).containsEntry("statementClock", "MADE");
        Api.Reply counts = reporter.get("/api/v1/units/" + w.d().id() + "/incidents-below/counts?severity=GRAVE");
        assertThat(counts.json()).containsEntry("total", 2);
        assertThat((Map<String, Object>) counts.json().get("bySeverity")).containsEntry("grave", 2).containsEntry("minor", 1).containsEntry("critical", 0);
        assertThat(((Number) grave.json().get("total")).longValue()).isEqualTo(2);
        assertThat(items(grave)).extracting(m -> ((Number) m.get("id")).longValue()).containsExactly(graveA);
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("press.board.unit.invalid").doesNotContain("Sự cố ở tỉnh khác");
        assertThat(badSeverity.status()).isEqualTo(400);
    }

    @Test
    void theHomeCardShowsOnlyTheIncidentsBelowThatTheirSeverityTellsToTheUnit() {
        clock.freezeAt(NOW);
        Page phong = signIn(w.adminD()).get("/admin/u/" + w.d().id());
        Page so = signIn(w.adminP()).get("/admin/u/" + w.p().id());
        Page spokesperson = signIn(spokespersonD).get("/admin/u/" + w.d().id());
        Page editor = signIn(w.editorD()).get("/admin/u/" + w.d().id());

        // From a school, a grave incident reaches two levels up and a serious one one level; a minor one stays in the school.
        assertThat(cardIds(phong)).containsExactly(graveB, graveA, seriousB);
        assertThat(phong.doc().select("#home-press-below-count").text()).isEqualTo("3");
        assertThat(cardIds(so)).containsExactly(criticalD, graveB, graveA);
        assertThat(so.doc().select("#home-press-below-severity [data-severity=CRITICAL]").text()).endsWith(": 1");
        assertThat(so.doc().select("#home-press-below a.btn").attr("href")).isEqualTo("/admin/u/" + w.p().id() + "/press/incidents/below");
        assertThat(cardIds(spokesperson)).containsExactly(graveB, graveA, seriousB);
        assertThat(ids(signIn(spokespersonD).get(board(w.d().id())))).as("the card links to a board its reader reads").hasSize(4);
        assertThat(editor.doc().select("#home-press-below")).isEmpty();
        assertThat(signIn(w.adminA()).get("/admin/u/" + w.a().id()).doc().select("#home-press-below")).as("a school has no units below").isEmpty();
    }

    private static String board(long unitId) {
        return "/admin/u/" + unitId + "/press/incidents/below";
    }

    private static List<Long> ids(Page page) {
        return page.doc().select("#incidents-below tr[data-incident]").stream().map(e -> Long.parseLong(e.attr("data-incident"))).toList();
    }

    private static List<Long> cardIds(Page page) {
        return page.doc().select("#home-press-below li[data-incident]").stream().map(e -> Long.parseLong(e.attr("data-incident"))).toList();
    }

    private static long total(Page page) {
        return Long.parseLong(page.doc().select("#board-total strong").text().replaceAll("\\D", ""));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Api.Reply reply) {
        return (List<Map<String, Object>>) reply.json().get("items");
    }

    private Browser signIn(User user) {
        return new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
    }

    private Api api(User user) {
        return new Api(server.getURI(), json).signIn(user.email(), Fixtures.PASSWORD);
    }
}
