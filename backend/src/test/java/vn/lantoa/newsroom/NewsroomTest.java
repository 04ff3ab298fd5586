package vn.lantoa.newsroom;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Images;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Ban truyền thông's newsroom: writing, review, publishing on time, revisions, images. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsroomTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ArticleRepository articles;
    @Inject
    ScheduledPublisher scheduler;

    Fixtures.World world;
    Browser editor;
    Browser head;
    String base;

    @BeforeAll
    void world() {
        world = fixtures.world();
        editor = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD);
        head = new Browser(server.getURI()).signIn(world.headA().email(), Fixtures.PASSWORD);
        base = "/admin/u/" + world.a().id() + "/articles";
    }

    static Map<String, String> form(String title, String body, Map<String, String> more) {
        Map<String, String> f = new HashMap<>(Map.of("kind", "NEWS", "title", title, "summary", "Tóm tắt " + title, "bodyHtml", body, "tags", "",
                "slug", "", "categoryId", "", "coverFileId", "", "coverAlt", "", "publishAt", ""));
        f.putAll(more);
        return f;
    }

    long create(Browser who, String title, String body, String action) {
        who.get(base + "/new");
        Page created = who.post(base + "?action=" + action, form(title, body, Map.of()));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
    }

    Page step(Browser who, long id, String action, Map<String, String> more) {
        Article a = articles.findByUnitIdAndId(world.a().id(), id).orElseThrow();
        who.get(base + "/" + id);
        return who.post(base + "/" + id + "?action=" + action, form(a.title(), a.bodyHtml(), more));
    }

    @Test
    void anEditorSendsForReviewAndOnlyTheHeadApprovesAndPublishes() {
        long id = create(editor, "Lễ ra quân an toàn giao thông", "<p>Toàn trường tham gia.</p>", "submit");
        assertThat(articles.findByUnitIdAndId(world.a().id(), id).orElseThrow().status()).isEqualTo(ArticleStatus.IN_REVIEW);

        assertThat(step(editor, id, "approve", Map.of()).status()).isEqualTo(403);
        assertThat(step(head, id, "approve", Map.of()).status()).isEqualTo(303);
        assertThat(step(editor, id, "publish", Map.of()).status()).isEqualTo(403);
        assertThat(step(head, id, "publish", Map.of()).status()).isEqualTo(303);

        Article published = articles.findByUnitIdAndId(world.a().id(), id).orElseThrow();
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(new Browser(server.getURI()).get("/" + world.a().slug() + "/tin/" + published.slug()).status()).isEqualTo(200);
    }

    @Test
    void theHeadReturnsAnArticleWithAReasonTheEditorSees() {
        long id = create(editor, "Bài cần sửa ảnh", "<p>Nội dung.</p>", "submit");
        head.get(base + "/" + id);

        Page returned = head.post(base + "/" + id + "/return", Map.of("reason", "Ảnh thiếu mô tả."));

        assertThat(returned.status()).isEqualTo(303);
        Article back = articles.findByUnitIdAndId(world.a().id(), id).orElseThrow();
        assertThat(back.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(editor.get(base + "/" + id).text()).contains("Ảnh thiếu mô tả.");
    }

    @Test
    void aScheduledArticleIsPublishedWhenItsTimeComesAndShowsAtOnce() throws Exception {
        long id = create(editor, "Thông báo tuyển sinh lớp 6 năm học 2027-2028", "<p>Nhà trường thông báo.</p>", "submit");
        step(head, id, "approve", Map.of());
        Page scheduled = step(head, id, "publish", Map.of("publishAt", "2099-01-01T07:00"));
        assertThat(scheduled.status()).isEqualTo(303);
        Article waiting = articles.findByUnitIdAndId(world.a().id(), id).orElseThrow();
        assertThat(waiting.status()).isEqualTo(ArticleStatus.SCHEDULED);
        String url = "/" + world.a().slug() + "/tin/" + waiting.slug();
        Browser visitor = new Browser(server.getURI());
        assertThat(visitor.get(url).status()).isEqualTo(404);
        visitor.get("/" + world.a().slug() + "/");

        try (var c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             var st = c.createStatement()) {
            st.executeUpdate("UPDATE article SET publish_at = NOW(6) - INTERVAL 1 MINUTE WHERE id = " + id);
        }
        scheduler.publishDue();

        assertThat(visitor.get(url).status()).isEqualTo(200);
        assertThat(visitor.get("/" + world.a().slug() + "/").text()).contains("Thông báo tuyển sinh lớp 6 năm học 2027-2028");
    }

    @Test
    void aRevisionShowsWhatChangedAndCanBeRestored() {
        long id = create(editor, "Kế hoạch hoạt động tháng 12", "<p>Thi đua chào mừng ngày 22/12.</p>", "save");
        Article first = articles.findByUnitIdAndId(world.a().id(), id).orElseThrow();
        editor.get(base + "/" + id);
        editor.post(base + "/" + id + "?action=save", form(first.title(), "<p>Thi đua chào mừng ngày Quân đội nhân dân Việt Nam 22/12.</p>",
                Map.of("version", String.valueOf(first.version()))));

        Page diff = editor.get(base + "/" + id + "/revisions/1");
        assertThat(diff.doc().select(".diff .removed").text()).contains("Thi đua chào mừng ngày 22/12.");
        assertThat(diff.doc().select(".diff .added").text()).contains("Quân đội nhân dân Việt Nam");

        assertThat(editor.post(base + "/" + id + "/revisions/1/restore", Map.of()).status()).isEqualTo(303);
        assertThat(articles.findByUnitIdAndId(world.a().id(), id).orElseThrow().bodyHtml()).isEqualTo("<p>Thi đua chào mừng ngày 22/12.</p>");
    }

    @Test
    void aMemberPreviewsADraftAsItWillLookOnTheSite() {
        long id = create(editor, "Bản xem trước hội thi", "<p>Sắp đăng.</p>", "save");

        Page preview = editor.get(base + "/" + id + "/preview");

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.doc().select("h1").text()).isEqualTo("Bản xem trước hội thi");
        assertThat(preview.doc().select(".preview-banner")).hasSize(1);
        assertThat(preview.header("X-Robots-Tag")).isEqualTo("noindex");
    }

    @Test
    void anImagePastedIntoTheEditorIsStoredWithSmallerCopies() throws IOException {
        editor.get(base + "/new");
        Page uploaded = editor.upload("/admin/u/" + world.a().id() + "/media/upload", "file", "hoi-thi.jpg", Images.jpeg(2000, 1200), "image/jpeg", "*/*");
        assertThat(uploaded.status()).isEqualTo(201);
        String location = uploaded.body().replaceAll(".*\"location\":\"([^\"]+)\".*", "$1");
        String plain = location.replaceAll("\\?.*", "");

        Page small = new Browser(server.getURI()).get(plain + "?w=400");
        Page original = new Browser(server.getURI()).get(plain);

        assertThat(ImageIO.read(new ByteArrayInputStream(small.bytes())).getWidth()).isEqualTo(400);
        assertThat(ImageIO.read(new ByteArrayInputStream(original.bytes())).getWidth()).isEqualTo(2000);
        assertThat(small.header("Cache-Control")).contains("immutable");
    }
}
