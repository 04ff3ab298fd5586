package vn.lantoa.files;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.platform.storage.ObjectStorage;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilesTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = vn.lantoa.testing.Images.PNG;
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0,
            0x40, 0, 0, 0, 0, 0, 0, 0, 'T', 'h', 'i', 's', ' ', 'p', 'r', 'o', 'g', 'r', 'a', 'm', ' ', 'c', 'a', 'n', 'n', 'o', 't'};

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    StoredFileRepository files;
    @Inject
    ObjectStorage storage;
    @Inject
    OrphanSweeper sweeper;

    Fixtures.World world;

    @BeforeAll
    void world() {
        world = fixtures.world();
    }

    @Test
    void aPdfIsStoredUnderTheUnitsPrefixAndComesBackByDownloadAndPresignedLink() throws Exception {
        Browser editor = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD);
        Page uploaded = editor.upload("/admin/u/" + world.a().id() + "/files", "file", "Kế hoạch truyền thông 2024.pdf", PDF, "application/pdf");

        assertThat(uploaded.status()).isEqualTo(303);
        StoredFile file = files.findByUnit(world.a().id(), 10, 0).get(0);
        assertThat(file.originalName()).isEqualTo("Kế hoạch truyền thông 2024.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.objectKey()).startsWith("units/" + world.a().id() + "/files/").endsWith(".pdf");
        assertThat(storage.exists(file.objectKey())).isTrue();

        Page list = editor.get("/admin/u/" + world.a().id() + "/files");
        assertThat(list.text()).contains("Kế hoạch truyền thông 2024.pdf");

        Page download = editor.get("/admin/u/" + world.a().id() + "/files/" + file.id() + "/download");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(PDF);
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''K%E1%BA%BF");

        Page link = editor.get("/admin/u/" + world.a().id() + "/files/" + file.id() + "/link");
        assertThat(link.status()).isEqualTo(303);
        HttpResponse<byte[]> direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.location())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.body()).isEqualTo(PDF);
    }

    @Test
    void aWebpPhotoIsAcceptedLikeTheOtherImageTypesTheFormLists() {
        Browser editor = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD);
        Page uploaded = editor.upload("/admin/u/" + world.a().id() + "/files", "file", "anh-le-khai-giang.webp", vn.lantoa.testing.Images.WEBP, "image/webp");

        assertThat(uploaded.status()).isEqualTo(303);
        StoredFile file = files.findByUnit(world.a().id(), 10, 0).stream().filter(f -> f.originalName().equals("anh-le-khai-giang.webp"))
                .findFirst().orElseThrow();
        assertThat(file.contentType()).isEqualTo("image/webp");
        assertThat(editor.get("/admin/u/" + world.a().id() + "/files/" + file.id() + "/download").bytes()).isEqualTo(vn.lantoa.testing.Images.WEBP);
    }

    @Test
    void anExecutableNamedPdfIsRefusedAndNothingIsStored() {
        Browser editor = new Browser(server.getURI()).signIn(world.editorB().email(), Fixtures.PASSWORD);
        long before = files.countByUnitId(world.b().id());
        List<String> objectsBefore = objects(world.b().id());

        Page page = editor.upload("/admin/u/" + world.b().id() + "/files", "file", "bao-cao.pdf", EXE, "application/pdf");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.doc().select("#e-file").text()).startsWith("Loại tệp không được phép");
        assertThat(files.countByUnitId(world.b().id())).isEqualTo(before);
        assertThat(objects(world.b().id())).isEqualTo(objectsBefore);
    }

    @Test
    void htmlDisguisedAsAnImageIsRefused() {
        Browser editor = new Browser(server.getURI()).signIn(world.editorB().email(), Fixtures.PASSWORD);
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);

        Page page = editor.upload("/admin/u/" + world.b().id() + "/files", "file", "anh.png", html, "image/png");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.doc().select("#e-file").text()).startsWith("Loại tệp không được phép");
    }

    @Test
    void damagedGifPngAndJpegFilesAreRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        Browser editor = new Browser(server.getURI()).signIn(world.editorB().email(), Fixtures.PASSWORD);
        long before = files.countByUnitId(world.b().id());
        List<String> objectsBefore = objects(world.b().id());
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(300, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (String format : new String[]{"gif", "png", "jpg"}) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(picture, format, out);
            byte[] damaged = out.toByteArray();
            // The file keeps its signature and header (so it is taken for an image) but what follows is noise.
            for (int i = 20; i < damaged.length; i++) {
                damaged[i] = (byte) (i * 31);
            }

            Page page = editor.upload("/admin/u/" + world.b().id() + "/files", "file", "anh-hong." + format, damaged, "image/" + format);

            assertThat(page.status()).as(format).isEqualTo(422);
            assertThat(page.doc().select("#e-file").text()).as(format).startsWith("Không đọc được ảnh: tệp bị hỏng");
        }
        assertThat(files.countByUnitId(world.b().id())).isEqualTo(before);
        assertThat(objects(world.b().id())).isEqualTo(objectsBefore);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitInTheMessage() {
        Browser editor = new Browser(server.getURI()).signIn(world.editorB().email(), Fixtures.PASSWORD);
        byte[] big = Arrays.copyOf(PDF, 3 * 1024 * 1024);
        long before = files.countByUnitId(world.b().id());

        Page page = editor.upload("/admin/u/" + world.b().id() + "/files", "file", "lon.pdf", big, "application/pdf");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.doc().select("#e-file").text()).isEqualTo("Tệp vượt quá 2 MB.");
        assertThat(files.countByUnitId(world.b().id())).isEqualTo(before);
    }

    @Test
    void anEmptyUploadAndAMissingFileAreExplained() {
        Browser editor = new Browser(server.getURI()).signIn(world.editorB().email(), Fixtures.PASSWORD);
        assertThat(editor.upload("/admin/u/" + world.b().id() + "/files", "file", "rong.pdf", new byte[0], "application/pdf")
                .doc().select("#e-file").text()).isNotBlank();
        assertThat(editor.upload("/admin/u/" + world.b().id() + "/files", "other", "x.pdf", PDF, "application/pdf")
                .doc().select("#e-file").text()).isEqualTo("Vui lòng chọn một tệp.");
    }

    @Test
    void whenTheDatabaseRefusesTheRowTheUploadedObjectIsRemovedAgain() {
        // A real database failure after the object is in the bucket: a trigger refuses this one row.
        TestServers.sql("CREATE TRIGGER refuse_named_upload BEFORE INSERT ON stored_file FOR EACH ROW "
                + "BEGIN IF NEW.original_name = 'db-refuses.png' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused for test'; END IF; END");
        try {
            Browser editor = new Browser(server.getURI()).signIn(world.headA().email(), Fixtures.PASSWORD);
            List<String> objectsBefore = objects(world.a().id());

            Page page = editor.upload("/admin/u/" + world.a().id() + "/files", "file", "db-refuses.png", PNG, "image/png");

            assertThat(page.status()).isEqualTo(500);
            assertThat(page.text()).contains("Dữ liệu của bạn chưa bị thay đổi");
            assertThat(objects(world.a().id())).isEqualTo(objectsBefore);
        } finally {
            TestServers.sql("DROP TRIGGER refuse_named_upload");
        }
    }

    @Test
    void theSweeperDeletesObjectsNoRowPointsToAndKeepsTheRest() {
        Browser editor = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD);
        editor.upload("/admin/u/" + world.a().id() + "/files", "file", "giu-lai.png", PNG, "image/png");
        String kept = files.findByUnit(world.a().id(), 1, 0).get(0).objectKey();
        String orphan = "units/" + world.a().id() + "/files/2026/orphan-" + world.tag() + ".pdf";
        storage.put(orphan, PDF, "application/pdf");

        // Objects carry the storage server's own time (the system clock), not the application's.
        int deleted = sweeper.sweep(Instant.now().plusSeconds(60));

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(storage.exists(orphan)).isFalse();
        assertThat(storage.exists(kept)).isTrue();
    }

    @Test
    void theApiUploadsAndExplainsARefusalWithAStableCode() {
        var api = new vn.lantoa.testing.Api(server.getURI(), json).signIn(world.editorA().email(), Fixtures.PASSWORD);
        var reply = new ApiUpload(server.getURI(), api).upload("/api/v1/units/" + world.a().id() + "/files", "evil.docx", EXE);

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("\"code\":\"VALIDATION_FAILED\"").contains("file.typeNotAllowed");

        var ok = new ApiUpload(server.getURI(), api).upload("/api/v1/units/" + world.a().id() + "/files", "so-do.png", PNG);
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(ok.body()).contains("\"contentType\":\"image/png\"");
    }

    @Test
    void deletingAFileRemovesTheRowAndTheObject() {
        Browser head = new Browser(server.getURI()).signIn(world.headA().email(), Fixtures.PASSWORD);
        head.upload("/admin/u/" + world.a().id() + "/files", "file", "xoa-di.png", PNG, "image/png");
        StoredFile file = files.findByUnit(world.a().id(), 1, 0).get(0);
        head.get("/admin/u/" + world.a().id() + "/files");

        Page page = head.post("/admin/u/" + world.a().id() + "/files/" + file.id() + "/delete", Map.of());

        assertThat(page.status()).isEqualTo(303);
        assertThat(files.findByUnitIdAndId(world.a().id(), file.id())).isEmpty();
        assertThat(storage.exists(file.objectKey())).isFalse();
    }

    private List<String> objects(long unitId) {
        List<String> keys = new ArrayList<>();
        storage.forEachObject("units/" + unitId + "/", o -> keys.add(o.key()));
        return keys;
    }

    /** A multipart upload with the API's bearer token. */
    record ApiUpload(URI base, vn.lantoa.testing.Api api) {
        HttpResponse<String> upload(String path, String name, byte[] content) {
            String boundary = "b" + System.nanoTime();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + content.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(content, 0, body, head.length, content.length);
            System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
            try {
                return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Authorization", "Bearer " + api.token()).header("Accept", "application/json")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
