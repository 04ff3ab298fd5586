package vn.lantoa.sharing;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.newsroom.ArticleStatus;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Directives and news going down the tree, and stories coming up. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharingTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ArticleService articles;
    @Inject
    ArticleRepository articleRows;
    @Inject
    UnitRefRepository refs;
    @Inject
    ShareRepository shares;

    Fixtures.World world;
    Actor platform;

    @BeforeAll
    void world() {
        world = fixtures.world();
        platform = fixtures.actor(world.platformAdmin());
    }

    Article published(long unitId, String title) {
        return fixtures.published(world, unitId, ArticleKind.NEWS, title, "<p>" + title + "</p>");
    }

    @Test
    void aDirectiveSharedWithLowerSecondarySchoolsReachesThemOnlyAndTheSenderSeesWhoAcknowledged() {
        Article directive = published(world.d().id(), "Hướng dẫn tuyên truyền phòng chống bạo lực học đường");
        Browser adminD = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        String d = "/admin/u/" + world.d().id();
        adminD.get(d + "/shares/new?type=ARTICLE&id=" + directive.id());
        Page shared = adminD.post(d + "/shares", Map.of("itemType", "ARTICLE", "itemId", String.valueOf(directive.id()), "audience", "LEVEL:THCS",
                "requiresAck", "true"));
        assertThat(shared.status()).isEqualTo(303);

        Browser visitor = new Browser(server.getURI());
        assertThat(visitor.get("/" + world.a().slug() + "/").doc().select("#h-above").parents().first().select("a").attr("href"))
                .isEqualTo("/" + world.d().slug() + "/tin/" + directive.slug());
        assertThat(visitor.get("/" + world.b().slug() + "/").body()).doesNotContain("phòng chống bạo lực học đường");

        Browser adminA = new Browser(server.getURI()).signIn(world.adminA().email(), Fixtures.PASSWORD);
        Page received = adminA.get("/admin/u/" + world.a().id() + "/received");
        String ack = received.doc().select("form[action*=/ack]").attr("action");
        assertThat(adminA.post(ack.substring(0, ack.indexOf('?')), Map.of()).status()).isEqualTo(303);

        Page detail = adminD.get(shared.location());
        assertThat(detail.doc().select("tbody tr").eachText()).singleElement().asString()
                .contains(world.a().name()).contains(world.adminA().fullName());
        assertThat(detail.text()).contains("1 / 1");
    }

    @Test
    void aSchoolThatDidNotReceiveAShareCannotAcknowledgeIt() {
        Article directive = published(world.d().id(), "Công văn về an toàn giao thông");
        Browser adminD = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        String d = "/admin/u/" + world.d().id();
        adminD.get(d + "/shares/new?type=ARTICLE&id=" + directive.id());
        Page shared = adminD.post(d + "/shares", Map.of("itemType", "ARTICLE", "itemId", String.valueOf(directive.id()), "audience", "LEVEL:THCS",
                "requiresAck", "true"));
        String shareId = shared.location().substring(shared.location().lastIndexOf('/') + 1);

        Browser adminB = new Browser(server.getURI()).signIn(world.adminB().email(), Fixtures.PASSWORD);
        adminB.get("/admin/u/" + world.b().id() + "/received");

        assertThat(adminB.post("/admin/u/" + world.b().id() + "/received/" + shareId + "/ack", Map.of()).status()).isEqualTo(404);
        assertThat(shares.acknowledgements(Long.parseLong(shareId))).extracting(Acknowledgement::unitId).containsExactly(world.a().id());
    }

    @Test
    void anAudienceThatMatchesNoUnitIsRefusedAndNothingIsKept() {
        Article news = published(world.d().id(), "Tin chỉ dành cho trường THPT");
        Browser adminD = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        String d = "/admin/u/" + world.d().id();
        adminD.get(d + "/shares/new?type=ARTICLE&id=" + news.id());

        Page refused = adminD.post(d + "/shares", Map.of("itemType", "ARTICLE", "itemId", String.valueOf(news.id()), "audience", "LEVEL:THPT"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-audience").text()).isEqualTo("Không có đơn vị nào phù hợp để nhận. Chọn nhóm đơn vị khác.");
        assertThat(shares.findForItem(world.d().id(), "ARTICLE", news.id())).isEmpty();
    }

    @Test
    void aStorySentUpIsRepublishedByTheDistrictCreditingTheSchoolAndTheSchoolIsTold() {
        Article story = published(world.a().id(), "Học sinh Trường An Bình đạt giải Nhất Olympic tiếng Anh");
        Browser editorA = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD);
        String a = "/admin/u/" + world.a().id();
        editorA.get(a + "/stories/new?article=" + story.id());
        assertThat(editorA.post(a + "/stories", Map.of("articleId", String.valueOf(story.id()), "note", "Ảnh do nhà trường chụp.")).status())
                .isEqualTo(303);

        Browser adminD = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        String d = "/admin/u/" + world.d().id();
        Page inbox = adminD.get(d + "/stories");
        String storyUrl = inbox.doc().select("a:contains(Olympic tiếng Anh)").attr("href");
        assertThat(adminD.get(storyUrl).text()).contains("Ảnh do nhà trường chụp.");
        assertThat(adminD.post(storyUrl + "/accept", Map.of()).status()).isEqualTo(303);

        Article republished = articleRows.findPublished(world.d().id(), null, 50, 0).stream()
                .filter(x -> x.title().contains("Olympic tiếng Anh")).findFirst().orElseThrow();
        assertThat(republished.status()).isEqualTo(ArticleStatus.PUBLISHED);
        Page publicPage = new Browser(server.getURI()).get("/" + world.d().slug() + "/tin/" + republished.slug());
        assertThat(publicPage.doc().select(".meta a").attr("href")).isEqualTo("/" + world.a().slug() + "/");
        assertThat(mailArrives(world.editorA().email(), "đã đăng lại tin bài")).isTrue();
    }

    private static boolean mailArrives(String to, String subjectPart) {
        return Mailbox.await(to, subjectPart) != null;
    }

    @Test
    void decliningAStoryNeedsAReasonWhichTheSchoolThenSees() {
        Article story = published(world.a().id(), "Hội diễn văn nghệ chào mừng 20/11");
        Browser editorA = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD);
        String a = "/admin/u/" + world.a().id();
        editorA.get(a + "/stories/new?article=" + story.id());
        editorA.post(a + "/stories", Map.of("articleId", String.valueOf(story.id())));
        Browser adminD = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        String storyUrl = adminD.get("/admin/u/" + world.d().id() + "/stories").doc().select("a:contains(Hội diễn văn nghệ)").attr("href");
        adminD.get(storyUrl);

        Page noReason = adminD.post(storyUrl + "/decline", Map.of("reason", "  "));
        Page declined = adminD.post(storyUrl + "/decline", Map.of("reason", "Ảnh chưa có mô tả."));

        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.doc().select("#e-reason").text()).isEqualTo("Nhập lý do để đơn vị gửi biết cần sửa gì.");
        assertThat(declined.status()).isEqualTo(303);
        assertThat(editorA.get(a + "/stories").text()).contains("Ảnh chưa có mô tả.");
    }

    @Test
    void aSiblingSchoolSeesNeitherTheDistrictsInboxNorItsStories() {
        Browser adminB = new Browser(server.getURI()).signIn(world.adminB().email(), Fixtures.PASSWORD);

        assertThat(adminB.get("/admin/u/" + world.d().id() + "/stories").status()).isEqualTo(404);
        assertThat(adminB.get("/admin/u/" + world.a().id() + "/stories").status()).isEqualTo(404);
        assertThat(adminB.get("/admin/u/" + world.a().id() + "/received").status()).isEqualTo(404);
    }
}
