package vn.lantoa.newsroom;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.testing.Api;
import vn.lantoa.testing.ApiContract;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Images;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsroom through the API, as a school's own tools or a province's portal use it: the same workflow, checks and
 * isolation as the pages.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class NewsroomApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;

    Fixtures.World w;
    Api editor;
    Api head;
    Api districtReporter;
    Api sibling;
    String articles;
    String documents;

    @BeforeAll
    void world() {
        w = fixtures.world();
        editor = new Api(server.getURI(), json).signIn(w.editorA().email(), Fixtures.PASSWORD);
        head = new Api(server.getURI(), json).signIn(w.headA().email(), Fixtures.PASSWORD);
        districtReporter = new Api(server.getURI(), json).signIn(w.reporterD().email(), Fixtures.PASSWORD);
        sibling = new Api(server.getURI(), json).signIn(w.adminB().email(), Fixtures.PASSWORD);
        articles = "/api/v1/units/" + w.a().id() + "/articles";
        documents = "/api/v1/units/" + w.a().id() + "/documents";
    }

    static Map<String, Object> article(String title, String body) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "NEWS");
        m.put("title", title);
        m.put("summary", "Tóm tắt: " + title);
        m.put("bodyHtml", body);
        m.put("tags", List.of("Khai giảng", "An toàn giao thông"));
        return m;
    }

    long create(String title) {
        Api.Reply created = editor.post(articles, article(title, "<p>Toàn trường tham gia.</p>"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ((Number) created.json().get("id")).longValue();
    }

    long published(String title) {
        long id = create(title);
        assertThat(editor.post(articles + "/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        assertThat(head.post(articles + "/" + id + "/approve", Map.of()).status()).isEqualTo(200);
        assertThat(head.post(articles + "/" + id + "/publish", Map.of()).status()).isEqualTo(200);
        return id;
    }

    @Test
    void anEditorWritesADraftAndSendsItAndTheHeadApprovesAndPublishesItOnTheSite() {
        Api.Reply created = editor.post(articles, article("Lễ ra quân an toàn giao thông", "<p>Toàn trường tham gia.</p>"));
        assertThat(created.status()).isEqualTo(201);
        long id = ((Number) created.json().get("id")).longValue();
        assertThat(created.header("Location")).isEqualTo(articles + "/" + id);
        assertThat(created.json()).containsEntry("status", "DRAFT").containsEntry("slug", "le-ra-quan-an-toan-giao-thong");
        assertThat(created.json().get("tags")).isEqualTo(List.of("An toàn giao thông", "Khai giảng"));
        assertThat((List<Object>) created.json().get("actions")).contains("submit", "edit", "delete").doesNotContain("approve");

        assertThat(editor.post(articles + "/" + id + "/submit", Map.of()).json()).containsEntry("status", "IN_REVIEW");
        Api.Reply editorApproves = editor.post(articles + "/" + id + "/approve", Map.of());
        assertThat(editorApproves.status()).isEqualTo(403);
        assertThat(head.post(articles + "/" + id + "/approve", Map.of()).json()).containsEntry("status", "APPROVED");
        Api.Reply published = head.post(articles + "/" + id + "/publish", Map.of());

        assertThat(published.json()).containsEntry("status", "PUBLISHED");
        String url = (String) published.json().get("publicUrl");
        assertThat(url).isEqualTo("/" + w.a().slug() + "/tin/le-ra-quan-an-toan-giao-thong");
        var page = new Browser(server.getURI()).get(url);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Lễ ra quân an toàn giao thông", "Toàn trường tham gia.");
    }

    @Test
    void aStepTheStateDoesNotAllowIsAConflictWithAStableCode() {
        long id = create("Bản nháp chưa gửi duyệt");

        Api.Reply approve = head.post(articles + "/" + id + "/approve", Map.of());
        Api.Reply archive = head.post(articles + "/" + id + "/archive", Map.of());

        assertThat(approve.status()).isEqualTo(409);
        assertThat(approve.code()).isEqualTo("ARTICLE_STATE_CONFLICT");
        assertThat((String) approve.json().get("message")).contains("Trạng thái hiện tại của bài");
        assertThat(archive.status()).isEqualTo(409);
        long live = published("Tin đã đăng không xoá được");
        Api.Reply delete = editor.delete(articles + "/" + live);
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.code()).isEqualTo("ARTICLE_STATE_CONFLICT");
        assertThat(editor.post(articles + "/" + live + "/archive", Map.of()).status()).isEqualTo(403);
        assertThat(head.get(articles + "/" + live).json()).containsEntry("status", "PUBLISHED");
    }

    @Test
    void anUpdateNamesItsVersionAStaleOneIsRefusedAndAMissingOneIsAskedFor() {
        long id = create("Hội thi giáo viên dạy giỏi");
        Api.Reply read = editor.get(articles + "/" + id);
        String etag = read.header("ETag");
        assertThat(etag).isEqualTo("\"v" + read.json().get("version") + "\"");

        Api.Reply saved = editor.putWith(articles + "/" + id, article("Hội thi giáo viên dạy giỏi cấp trường", "<p>Mười giáo viên dự thi.</p>"),
                "If-Match", etag);
        Api.Reply stale = head.putWith(articles + "/" + id, article("Ghi đè", "<p>Ghi đè.</p>"), "If-Match", etag);
        Api.Reply missing = head.put(articles + "/" + id, article("Ghi đè", "<p>Ghi đè.</p>"));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.header("ETag")).isNull();
        assertThat(saved.json()).containsEntry("title", "Hội thi giáo viên dạy giỏi cấp trường");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("STALE_VERSION");
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.code()).isEqualTo("VERSION_REQUIRED");
        assertThat(editor.get(articles + "/" + id).json()).containsEntry("title", "Hội thi giáo viên dạy giỏi cấp trường");

        Api.Reply revisions = editor.get(articles + "/" + id + "/revisions");
        assertThat(revisions.status()).isEqualTo(200);
        List<?> items = (List<?>) revisions.json().get("items");
        assertThat(items).hasSize(2);
        assertThat(((Map<?, ?>) items.get(0)).get("number")).isEqualTo(2);
        Api.Reply first = editor.get(articles + "/" + id + "/revisions/1");
        assertThat(first.json()).containsEntry("title", "Hội thi giáo viên dạy giỏi").containsEntry("bodyHtml", "<p>Toàn trường tham gia.</p>");
    }

    @Test
    void theLevelAboveReadsOnlyPublishedArticlesAndDocumentsNeverDrafts() {
        long draft = create("Bản nháp riêng của trường An Bình");
        long live = published("Tin đăng cho cả huyện đọc");

        Api.Reply list = districtReporter.get(articles + "?perPage=200");
        Api.Reply askedForDrafts = districtReporter.get(articles + "?status=DRAFT");

        assertThat(list.status()).isEqualTo(200);
        List<?> items = (List<?>) list.json().get("items");
        assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(((Map<?, ?>) i).get("status")).isEqualTo("PUBLISHED"));
        assertThat(items).anySatisfy(i -> assertThat(((Map<?, ?>) i).get("id")).isEqualTo((int) live));
        assertThat(askedForDrafts.json()).containsEntry("total", 0);
        assertThat(districtReporter.get(articles + "/" + draft).status()).isEqualTo(404);
        Api.Reply read = districtReporter.get(articles + "/" + live);
        assertThat(read.status()).isEqualTo(200);
        assertThat((List<Object>) read.json().get("actions")).isEmpty();
        assertThat(districtReporter.get(articles + "/" + live + "/revisions").status()).isEqualTo(403);
        assertThat(districtReporter.post(articles + "/" + live + "/archive", Map.of()).status()).isEqualTo(403);
        assertThat(sibling.get(articles + "/" + live).status()).isEqualTo(404);

        Api.Reply doc = editor.post(documents, Map.of("number", "7/KH-THCS", "docDate", "2026-09-05", "issuer", "Trường THCS An Bình",
                "docType", "KE_HOACH", "summary", "Kế hoạch truyền thông năm học"));
        assertThat(doc.status()).isEqualTo(201);
        assertThat(districtReporter.get(documents + "/" + doc.json().get("id")).status()).isEqualTo(404);
        assertThat((List<?>) districtReporter.get(documents).json().get("items"))
                .noneSatisfy(i -> assertThat(((Map<?, ?>) i).get("id")).isEqualTo(doc.json().get("id")));
    }

    @Test
    void hostileHtmlIsCleanedAndAMissingTitleIsRefusedInVietnameseNextToTheField() {
        Api.Reply created = editor.post(articles, article("Tin có mã độc",
                "<p onclick=\"steal()\">Nội dung<script>alert(1)</script></p><iframe src=\"https://evil.example/x\"></iframe>"));
        Map<String, Object> untitled = article(null, "<p>Không tiêu đề.</p>");
        untitled.remove("title");
        Api.Reply refused = editor.post(articles, untitled);
        Api.Reply badSort = editor.get(articles + "?sort=ngay");

        assertThat(created.status()).isEqualTo(201);
        String body = (String) created.json().get("bodyHtml");
        assertThat(body).contains("Nội dung").doesNotContain("script", "onclick", "evil.example", "alert");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat((List<?>) refused.json().get("errors")).anySatisfy(e -> {
            assertThat(((Map<?, ?>) e).get("field")).isEqualTo("title");
            assertThat(((Map<?, ?>) e).get("message")).isEqualTo("Nhập tiêu đề bài viết.");
        });
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.body()).contains("\"field\":\"sort\"");
    }

    @Test
    void theHeadReturnsWithAReasonAndSchedulesPublishingForLater() {
        long id = create("Thông báo tuyển sinh lớp 6");
        editor.post(articles + "/" + id + "/submit", Map.of());

        Api.Reply noReason = head.post(articles + "/" + id + "/return", Map.of());
        Api.Reply returned = head.post(articles + "/" + id + "/return", Map.of("reason", "Bổ sung thời gian nộp hồ sơ."));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(returned.json()).containsEntry("status", "DRAFT").containsEntry("reviewNote", "Bổ sung thời gian nộp hồ sơ.");
        editor.post(articles + "/" + id + "/submit", Map.of());
        head.post(articles + "/" + id + "/approve", Map.of());
        Api.Reply badTime = head.post(articles + "/" + id + "/publish", Map.of("at", "ngày mai"));
        Api.Reply tooFar = head.post(articles + "/" + id + "/publish", Map.of("at", "2099-01-01T07:00:00+07:00"));
        Api.Reply scheduled = head.post(articles + "/" + id + "/publish", Map.of("at", "2030-01-01T07:00:00+07:00"));
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(tooFar.status()).isEqualTo(400);

        assertThat(scheduled.json()).as(scheduled.body()).containsEntry("status", "SCHEDULED").containsEntry("publishAt", "2030-01-01T00:00:00Z");
        assertThat(scheduled.json().get("publicUrl")).isNull();
        assertThat(head.post(articles + "/" + id + "/unschedule", Map.of()).json()).containsEntry("status", "APPROVED");
    }

    @Test
    void aCreateSentTwiceWithTheSameIdempotencyKeyMakesOneArticle() {
        Map<String, Object> body = article("Tin gửi hai lần", "<p>Mạng chập chờn.</p>");

        Api.Reply first = editor.postWith(articles, body, "Idempotency-Key", "tin-" + w.tag());
        Api.Reply again = editor.postWith(articles, body, "Idempotency-Key", "tin-" + w.tag());

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(editor.get(articles + "?q=tin%20gui%20hai%20lan").json()).containsEntry("total", 1);
    }

    @Test
    void documentsAreEnteredSentAndPublishedByTheHeadAndAPublishedOneIsWithdrawnNotDeleted() {
        long fileId = ((Number) upload("/api/v1/units/" + w.a().id() + "/files", "ke-hoach.pdf",
                "%PDF-1.4\n% kế hoạch\n".getBytes(StandardCharsets.UTF_8)).get("id")).longValue();
        Api.Reply created = editor.post(documents, Map.of("number", "85/KH-THCS", "docDate", "15/04/2026", "issuer", "Trường THCS An Bình",
                "docType", "KE_HOACH", "summary", "Kế hoạch truyền thông kỳ thi", "fileId", fileId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String doc = documents + "/" + created.json().get("id");
        assertThat(created.json()).containsEntry("docDate", "2026-04-15").containsEntry("status", "DRAFT");

        assertThat(editor.post(doc + "/submit", Map.of()).json()).containsEntry("status", "IN_REVIEW");
        assertThat(editor.post(doc + "/submit", Map.of()).code()).isEqualTo("DOCUMENT_STATE_CONFLICT");
        assertThat(editor.post(doc + "/publish", Map.of()).status()).isEqualTo(403);
        Api.Reply published = head.post(doc + "/publish", Map.of());
        assertThat(published.json()).containsEntry("status", "PUBLISHED");
        assertThat(new Browser(server.getURI()).get((String) published.json().get("publicUrl")).text()).contains("85/KH-THCS");
        Api.Reply delete = head.delete(doc);
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.code()).isEqualTo("DOCUMENT_STATE_CONFLICT");
        Api.Reply stale = head.putWith(doc, Map.of("number", "85/KH-THCS", "docDate", "2026-04-15", "issuer", "Trường THCS An Bình",
                "docType", "KE_HOACH", "summary", "Đổi", "fileId", fileId), "If-Match", "\"v0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(head.get(documents + "?docType=KE_HOACH&q=85%2FKH&sort=-number").json()).containsEntry("total", 1);
        assertThat(head.post(doc + "/withdraw", Map.of()).json()).containsEntry("status", "DRAFT").containsEntry("publicUrl", null);
    }

    @Test
    void categoriesAreAddedRenamedWithTheirVersionAndOnlyAnEmptyOneIsRemoved() {
        String categories = "/api/v1/units/" + w.a().id() + "/categories";
        Api.Reply created = head.post(categories, Map.of("name", "Kỳ thi tốt nghiệp THPT năm 2026", "sortOrder", 2));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).containsEntry("slug", "ky-thi-tot-nghiep-thpt-nam-2026");
        String one = categories + "/" + created.json().get("id");
        assertThat(editor.post(categories, Map.of("name", "Chuyên mục của biên tập viên")).status()).isEqualTo(403);

        String etag = head.get(one).header("ETag");
        Api.Reply renamed = head.putWith(one, Map.of("name", "Kỳ thi 2026", "slug", "ky-thi-2026"), "If-Match", etag);
        assertThat(renamed.json()).containsEntry("name", "Kỳ thi 2026").containsEntry("publicUrl", "/" + w.a().slug() + "/chuyen-muc/ky-thi-2026");
        assertThat(head.putWith(one, Map.of("name", "Cũ"), "If-Match", etag).status()).isEqualTo(412);
        assertThat(districtReporter.get(categories).json()).containsEntry("total", 1);

        Map<String, Object> inCategory = article("Tin trong chuyên mục", "<p>Nội dung.</p>");
        inCategory.put("categoryId", created.json().get("id"));
        assertThat(editor.post(articles, inCategory).status()).isEqualTo(201);
        Api.Reply notEmpty = head.delete(one);
        assertThat(notEmpty.status()).isEqualTo(409);
        assertThat(notEmpty.code()).isEqualTo("CATEGORY_NOT_EMPTY");
        Api.Reply empty = head.post(categories, Map.of("name", "Chuyên mục trống"));
        assertThat(head.delete(categories + "/" + empty.json().get("id")).status()).isEqualTo(204);
        assertThat(head.get(articles + "?categoryId=" + created.json().get("id")).json()).containsEntry("total", 1);
    }

    @Test
    void imagesAreUploadedCheckedByContentUsedAsCoverAndNotDeletedWhileInUse() {
        String media = "/api/v1/units/" + w.a().id() + "/media";
        Map<String, Object> image = upload(media, "san-truong.png", Images.PNG);
        Map<String, Object> spare = upload(media, "du-phong.png", Images.PNG);
        HttpResponse<String> notImage = rawUpload(media, "ghi-chu.png", "chỉ là chữ".getBytes(StandardCharsets.UTF_8));

        assertThat(notImage.statusCode()).isEqualTo(400);
        assertThat(notImage.body()).contains("\"field\":\"file\"");
        assertThat((String) image.get("url")).startsWith("/anh/" + w.a().id() + "/");
        Map<String, Object> withCover = article("Tin có ảnh", "<p>Sân trường.</p><p><img src=\"" + image.get("url") + "\" alt=\"Sân trường\"></p>");
        withCover.put("coverFileId", spare.get("id"));
        withCover.put("coverAlt", "Ảnh dự phòng");
        Api.Reply created = editor.post(articles, withCover);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat((String) created.json().get("bodyHtml")).contains("<img src=\"" + image.get("url") + "\"");
        assertThat((String) created.json().get("coverUrl")).startsWith("/anh/");

        Api.Reply inBody = editor.delete(media + "/" + image.get("id"));
        Api.Reply asCover = editor.delete(media + "/" + spare.get("id"));
        assertThat(inBody.status()).isEqualTo(409);
        assertThat(inBody.code()).isEqualTo("MEDIA_IN_USE");
        assertThat(asCover.status()).isEqualTo(409);
        assertThat(editor.get(media + "?sort=name").json()).containsEntry("total", 2);
        assertThat(districtReporter.get(media).status()).isEqualTo(403);
        Map<String, Object> unused = upload(media, "khong-dung.png", Images.PNG);
        assertThat(editor.delete(media + "/" + unused.get("id")).status()).isEqualTo(204);
        assertThat(editor.get(media + "/" + unused.get("id")).status()).isEqualTo(404);
    }

    Map<String, Object> upload(String path, String name, byte[] content) {
        HttpResponse<String> r = rawUpload(path, name, content);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        try {
            return json.readValue(r.body(), io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> rawUpload(String path, String name, byte[] content) {
        String boundary = "b" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        try {
            HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve(path))
                    .header("Authorization", "Bearer " + editor.token()).header("Accept", "application/json")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            ApiContract.check(server.getURI(), "POST", request.uri(), response);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
