package vn.lantoa.newsroom;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.testing.Images;
import vn.lantoa.testing.Mailbox;
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
    @Inject
    OfficialDocumentRepository documents;
    @Inject
    StoredFileRepository files;

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
    void thePreviewOfAPublishedArticleSaysItIsPublishedNotThatItIsUnpublished() {
        long id = create(editor, "Xem trước bài đã đăng", "<p>Đã lên trang.</p>", "submit");
        step(head, id, "approve", Map.of());
        step(head, id, "publish", Map.of());

        Page preview = head.get(base + "/" + id + "/preview");

        String banner = preview.doc().select(".preview-banner").text();
        assertThat(banner).contains("đã được đăng").doesNotContain("chưa được đăng");
        assertThat(preview.doc().select(".preview-banner a").attr("href")).isEqualTo("/" + world.a().slug() + "/tin/"
                + articles.findByUnitIdAndId(world.a().id(), id).orElseThrow().slug());
        assertThat(editor.get(base + "/" + create(editor, "Xem trước bản nháp", "<p>Chưa đăng.</p>", "save") + "/preview")
                .doc().select(".preview-banner").text()).contains("chưa được đăng", "Bản nháp");
    }

    @Test
    void sendingAnArticleForReviewMailsTheHeadWithLinksToTheArticleAndTheQueue() {
        String title = "Hội thi văn nghệ chào mừng 20/11 " + world.tag();
        long id = create(editor, title, "<p>Các lớp đăng ký tiết mục.</p>", "submit");

        Mailbox.Mail mail = mailTo(world.headA().email(), title);

        assertThat(mail.subject()).isEqualTo("Tin bài chờ duyệt: " + title);
        assertThat(mail.link("/articles/" + id)).endsWith("/admin/u/" + world.a().id() + "/articles/" + id);
        assertThat(mail.link("status=IN_REVIEW")).endsWith("/admin/u/" + world.a().id() + "/articles?status=IN_REVIEW");
        assertThat(mail.text()).contains(world.editorA().fullName());
        assertThat(Mailbox.of(world.adminA().email())).as("the unit has a head: its admin is not mailed")
                .noneMatch(m -> m.subject().contains(title));
        assertThat(Mailbox.of(world.editorA().email())).noneMatch(m -> m.subject().contains(title));
    }

    @Test
    void aUnitWithoutAHeadHasItsAdministratorToldInstead() {
        Browser editorB = new Browser(server.getURI()).signIn(world.editorB().email(), Fixtures.PASSWORD);
        String unitB = "/admin/u/" + world.b().id() + "/articles";
        String title = "Tin của trường chưa có trưởng ban " + world.tag();
        editorB.get(unitB + "/new");
        assertThat(editorB.post(unitB + "?action=submit", form(title, "<p>Nội dung.</p>", Map.of())).status()).isEqualTo(303);

        assertThat(mailTo(world.adminB().email(), title).subject()).isEqualTo("Tin bài chờ duyệt: " + title);
    }

    @Test
    void theHeadsHomePageListsWhatWaitsForApprovalWithCountsAndLinks() {
        String title = "Kế hoạch trải nghiệm Bát Tràng " + world.tag();
        long id = create(editor, title, "<p>Học sinh khối 6 đi trải nghiệm.</p>", "submit");
        long waiting = articles.countForNewsroom(world.a().id(), "IN_REVIEW", null, "%");

        Page home = head.get("/admin/u/" + world.a().id());

        var section = home.doc().select("section[aria-labelledby=h-approvals]");
        assertThat(section.select("h2").text()).isEqualTo("Chờ Trưởng ban duyệt");
        assertThat(section.select("a[href$=/articles?status=IN_REVIEW]").text()).isEqualTo(waiting + " tin bài chờ duyệt");
        assertThat(section.select("a[href$=/articles/" + id + "]").text()).isEqualTo(title);
        assertThat(editor.get("/admin/u/" + world.a().id()).doc().select("section[aria-labelledby=h-approvals]"))
                .as("an editor approves nothing").isEmpty();
    }

    @Test
    void anEditorSendsADocumentForApprovalTheHeadIsToldAndPublishesIt() {
        String docs = "/admin/u/" + world.a().id() + "/documents";
        editor.get(docs + "/new");
        Page uploaded = editor.upload("/admin/u/" + world.a().id() + "/files", "file", "ke-hoach.pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(), "application/pdf");
        assertThat(uploaded.status()).isIn(200, 303);
        long fileId = files.findByUnit(world.a().id(), 1, 0).get(0).id();
        String number = "17/KH-" + world.tag();
        Page created = editor.post(docs, Map.of("number", number, "docDate", "2026-11-20", "docType", "KE_HOACH", "issuer", "Trường THCS An Bình",
                "summary", "Kế hoạch truyền thông học kỳ II", "fileId", String.valueOf(fileId), "version", ""));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        long id = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));

        assertThat(editor.post(docs + "/" + id + "/submit", Map.of()).status()).isEqualTo(303);

        assertThat(documents.findByUnitIdAndId(world.a().id(), id).orElseThrow().status()).isEqualTo("IN_REVIEW");
        Mailbox.Mail mail = mailTo(world.headA().email(), number);
        assertThat(mail.subject()).isEqualTo("Văn bản chờ duyệt đăng: " + number);
        assertThat(mail.link("/documents/" + id)).endsWith(docs + "/" + id);
        assertThat(head.get(docs + "?status=IN_REVIEW").doc().select("td a").eachText()).contains(number);
        assertThat(head.get("/admin/u/" + world.a().id()).doc().select("a[href$=/documents?status=IN_REVIEW]").text()).endsWith("văn bản chờ duyệt đăng");
        assertThat(head.post(docs + "/" + id + "/publish", Map.of()).status()).isEqualTo(303);
        assertThat(documents.findByUnitIdAndId(world.a().id(), id).orElseThrow().published()).isTrue();
        assertThat(head.get(docs + "/" + id).doc().select(".flash").text()).isEqualTo("Đã đăng văn bản lên trang thông tin.");
    }

    @Test
    void aCoverUploadedWithoutJavaScriptKeepsTheTypedArticleAndIsChosen() {
        String title = "Bài đang gõ dở " + world.tag();
        long before = articles.countForNewsroom(world.a().id(), null, null, "%");
        editor.get(base + "/new");

        Page page = editor.postMultipart(base + "/cover", form(title, "<p>Đoạn văn <strong>đang viết</strong>.</p>",
                Map.of("coverAlt", "Học sinh trồng cây")), "coverUpload", "trong-cay.jpg", Images.jpeg(900, 600), "image/jpeg");

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        long coverId = files.findByUnit(world.a().id(), 1, 0).get(0).id();
        assertThat(page.doc().select("#f-title").attr("value")).isEqualTo(title);
        assertThat(page.doc().select("#f-bodyHtml").text()).contains("<strong>đang viết</strong>");
        assertThat(page.doc().select("#f-coverAlt").attr("value")).isEqualTo("Học sinh trồng cây");
        assertThat(page.doc().select("input[name=coverFileId][checked]").attr("value")).isEqualTo(String.valueOf(coverId));
        assertThat(page.doc().select(".cover-current img").attr("src")).contains("/anh/" + world.a().id() + "/");
        assertThat(page.doc().select("form[data-editor-form]").hasAttr("data-unsaved")).isTrue();
        assertThat(articles.countForNewsroom(world.a().id(), null, null, "%")).as("nothing is saved before Save is pressed").isEqualTo(before);

        Page saved = editor.post(base + "?action=save", form(title, "<p>Đoạn văn.</p>", Map.of("coverFileId", String.valueOf(coverId),
                "coverAlt", "Học sinh trồng cây")));
        long id = Long.parseLong(saved.location().substring(saved.location().lastIndexOf('/') + 1));
        assertThat(articles.findByUnitIdAndId(world.a().id(), id).orElseThrow().coverFileId()).isEqualTo(coverId);
    }

    @Test
    void aFileThatIsNoImageIsRefusedAsACoverAndNotKept() {
        editor.get(base + "/new");
        long filesBefore = files.countByUnitId(world.a().id());

        Page page = editor.postMultipart(base + "/cover", form("Bài có tệp sai", "<p>Nội dung giữ nguyên.</p>", Map.of()),
                "coverUpload", "ke-hoach.pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(), "application/pdf");
        Page json = editor.upload("/admin/u/" + world.a().id() + "/media/upload", "file", "ke-hoach.pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(), "application/pdf", "application/json");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.doc().select("#e-coverUpload").text()).isNotBlank();
        assertThat(page.doc().select("#f-bodyHtml").text()).contains("Nội dung giữ nguyên.");
        assertThat(json.status()).isEqualTo(422);
        assertThat(json.body()).contains("\"error\"");
        assertThat(files.countByUnitId(world.a().id())).isEqualTo(filesBefore);
    }

    @Test
    void anotherSchoolsEditorCannotUploadACoverIntoThisSchool() {
        Browser editorB = new Browser(server.getURI()).signIn(world.editorB().email(), Fixtures.PASSWORD);
        long filesBefore = files.countByUnitId(world.a().id());

        Page refused = editorB.postMultipart(base + "/cover", form("Bài lạ", "<p>x</p>", Map.of()), "coverUpload", "anh.jpg",
                Images.jpeg(300, 200), "image/jpeg");
        Page refusedJson = editorB.upload("/admin/u/" + world.a().id() + "/media/upload", "file", "anh.jpg", Images.jpeg(300, 200), "image/jpeg",
                "application/json");

        assertThat(refused.status()).isIn(403, 404);
        assertThat(refusedJson.status()).isIn(403, 404);
        assertThat(files.countByUnitId(world.a().id())).isEqualTo(filesBefore);
    }

    private static Mailbox.Mail mailTo(String address, String subjectPart) {
        return Mailbox.await(address, subjectPart);
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

    @Test
    void aWebpPhotoGoesIntoAnArticleLikeAJpeg() {
        editor.get(base + "/new");
        Page uploaded = editor.upload("/admin/u/" + world.a().id() + "/media/upload", "file", "le-khai-giang.webp",
                vn.lantoa.testing.Images.WEBP, "image/webp", "*/*");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String plain = uploaded.body().replaceAll(".*\"location\":\"([^\"]+)\".*", "$1").replaceAll("\\?.*", "");

        Page original = new Browser(server.getURI()).get(plain);
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.bytes()).isEqualTo(vn.lantoa.testing.Images.WEBP);
    }
}
