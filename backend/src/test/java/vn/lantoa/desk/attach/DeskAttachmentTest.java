package vn.lantoa.desk.attach;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.platform.storage.ObjectStorage;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Browser.FilePart;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Images;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.RawHttp;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Files a parent attaches on the public feedback form: checked by their bytes, kept with the case, downloaded by the desk only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskAttachmentTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0,
            0x40, 0, 0, 0, 0, 0, 0, 0, 'T', 'h', 'i', 's', ' ', 'p', 'r', 'o', 'g', 'r', 'a', 'm', ' ', 'c', 'a', 'n', 'n', 'o', 't'};

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ObjectStorage storage;
    @Inject
    vn.lantoa.desk.privacy.PersonalDataRetention retention;
    @Inject
    AttachmentOrphanSweeper sweeper;
    @Inject
    TestClock clock;

    Fixtures.World w;
    User officerA;
    User officerB;
    Browser officer;

    @BeforeAll
    void world() {
        w = fixtures.world();
        officerA = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "tep-a", w.tag());
        officerB = fixtures.member(w.b(), Role.HOTLINE_OFFICER, "tep-b", w.tag());
        officer = new Browser(server.getURI()).signIn(officerA.email(), Fixtures.PASSWORD);
    }

    @Test
    void aParentsPhotoAndPdfArriveWithTheCaseAndTheOfficerDownloadsTheSameBytes() {
        byte[] photo = Images.jpeg(64, 48);
        long libraryBefore = count("SELECT COUNT(*) FROM stored_file WHERE unit_id = " + w.a().id());
        Browser citizen = new Browser(server.getURI());
        Page form = citizen.get("/" + w.a().slug() + "/gui-phan-anh");
        assertThat(form.doc().select("form[enctype=multipart/form-data] input[type=file][name=attachments][multiple]")).hasSize(1);

        Page sent = citizen.postFiles("/" + w.a().slug() + "/gui-phan-anh", fields("Mái tôn lớp 6A bị dột, con tôi ngồi ướt cả buổi " + w.tag()),
                "attachments", List.of(new FilePart("mái tôn lớp 6A.jpg", photo, "image/jpeg"), new FilePart("đơn phụ huynh.pdf", PDF, "application/pdf")));

        assertThat(sent.status()).isEqualTo(200);
        String code = sent.doc().select("#case-code").text();
        long caseId = count("SELECT id FROM desk_case WHERE unit_id = " + w.a().id() + " AND code = '" + code + "'");
        assertThat(count("SELECT COUNT(*) FROM desk_case_attachment WHERE case_id = " + caseId + " AND unit_id = " + w.a().id())).isEqualTo(2);
        assertThat(objects(w.a().id())).isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM desk_case_attachment WHERE case_id = " + caseId + " AND object_key LIKE 'desk/" + w.a().id() + "/%'"))
                .isEqualTo(2);
        // Not the unit's media library: no stored_file row, so the files page never lists them.
        assertThat(count("SELECT COUNT(*) FROM stored_file WHERE unit_id = " + w.a().id())).isEqualTo(libraryBefore);

        Page casePage = officer.get("/admin/u/" + w.a().id() + "/desk/cases/" + caseId);
        var links = casePage.doc().select("#case-attachments a");
        assertThat(links).extracting(e -> e.text()).containsExactly("mái tôn lớp 6A.jpg", "đơn phụ huynh.pdf");

        Page image = officer.get(links.get(0).attr("href"), "*/*");
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.bytes()).isEqualTo(photo);
        assertThat(image.header("Content-Type")).startsWith("image/jpeg");
        assertThat(image.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''m%C3%A1i%20t%C3%B4n");
        assertThat(image.header("X-Content-Type-Options")).isEqualTo("nosniff");
        Page pdf = officer.get(links.get(1).attr("href"), "*/*");
        assertThat(pdf.bytes()).isEqualTo(PDF);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(query("SELECT sha256 FROM desk_case_attachment WHERE case_id = " + caseId + " AND content_type = 'application/pdf'"))
                .isEqualTo(sha256(PDF));

        Page follow = citizen.get(URI.create(sent.doc().select("#follow-link").attr("href")).getPath());
        assertThat(follow.doc().select("#case-attachments li")).extracting(e -> e.text()).containsExactly("mái tôn lớp 6A.jpg", "đơn phụ huynh.pdf");
        assertThat(follow.doc().select("#case-attachments a")).isEmpty();
    }

    @Test
    void aProgramRenamedJpgIsRefusedNextToTheFieldWithTheTextKeptAndNothingStored() {
        refusedWithNothingStored("Ảnh chụp sổ liên lạc bị sửa điểm " + w.tag(), List.of(new FilePart("so-lien-lac.jpg", EXE, "image/jpeg")),
                "Tệp \"so-lien-lac.jpg\" không phải ảnh JPG, PNG, WebP hoặc PDF");
    }

    @Test
    void aPngNamedPdfIsRefusedSinceItsNameMustMatchItsContent() {
        refusedWithNothingStored("Ảnh chụp thông báo thu tiền học thêm " + w.tag(), List.of(new FilePart("thong-bao.pdf", Images.PNG, "application/pdf")),
                "Tệp \"thong-bao.pdf\" không phải ảnh JPG, PNG, WebP hoặc PDF");
    }

    @Test
    void aFourthFileIsRefusedNextToTheFieldWithNothingStored() {
        refusedWithNothingStored("Bốn ảnh chụp nhà vệ sinh của trường " + w.tag(), List.of(new FilePart("1.png", Images.PNG, "image/png"),
                new FilePart("2.png", Images.PNG, "image/png"), new FilePart("3.webp", Images.WEBP, "image/webp"), new FilePart("4.pdf", PDF, "application/pdf")),
                "Chỉ được đính kèm tối đa 3 tệp (bạn đã chọn 4 tệp).");
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedNextToTheFieldWithNothingStored() {
        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        refusedWithNothingStored("Bản scan hồ sơ quá lớn gửi kèm " + w.tag(), List.of(new FilePart("ho-so.pdf", big, "application/pdf"),
                new FilePart("anh.png", Images.PNG, "image/png")), "Tệp \"ho-so.pdf\" lớn hơn 5 MB.");
    }

    @Test
    void theFormWithNoFileChosenStillPostsAsMultipartAndTheHoneypotStillRefuses() {
        Browser citizen = new Browser(server.getURI());
        Page sent = citizen.postFiles("/" + w.a().slug() + "/gui-phan-anh", fields("Không có tệp, chỉ hỏi lịch họp phụ huynh " + w.tag()),
                "attachments", List.of());
        assertThat(sent.status()).isEqualTo(200);
        String code = sent.doc().select("#case-code").text();
        assertThat(count("SELECT COUNT(*) FROM desk_case_attachment a JOIN desk_case c ON c.id = a.case_id WHERE c.code = '" + code + "'")).isZero();

        Map<String, String> robot = fields("Quảng cáo vay tiền nhanh không cần thế chấp " + w.tag());
        robot.put("website", "http://spam.example");
        long cases = count("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id());
        Page refused = citizen.postFiles("/" + w.a().slug() + "/gui-phan-anh", robot, "attachments", List.of(new FilePart("a.png", Images.PNG, "image/png")));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id())).isEqualTo(cases);

        // A forged token (the first one in the address is the one read): the CSRF filter turns the post away before the form sees it.
        Page forged = citizen.postFiles("/" + w.a().slug() + "/gui-phan-anh?csrfToken=sai", fields("Không có mã chống giả mạo " + w.tag()),
                "attachments", List.of(new FilePart("a.png", Images.PNG, "image/png")));
        assertThat(forged.status()).isNotEqualTo(200);
        assertThat(forged.body()).doesNotContain("case-code");
        assertThat(count("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id())).isEqualTo(cases);
    }

    @Test
    void theSameTextSentAgainWithFilesKeepsTheFirstCaseAndStoresNoSecondCopy() {
        String text = "Gửi lại lần hai kèm ảnh sân trường ngập nước " + w.tag();
        List<FilePart> photo = List.of(new FilePart("san-truong.png", Images.PNG, "image/png"));
        Page first = new Browser(server.getURI()).postFiles("/" + w.a().slug() + "/gui-phan-anh", fields(text), "attachments", photo);
        assertThat(first.status()).isEqualTo(200);
        long rows = count("SELECT COUNT(*) FROM desk_case_attachment WHERE unit_id = " + w.a().id());
        int objects = objects(w.a().id());

        Page again = new Browser(server.getURI()).postFiles("/" + w.a().slug() + "/gui-phan-anh", fields(text), "attachments", photo);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.doc().select("#case-code").text()).isEqualTo(first.doc().select("#case-code").text());
        assertThat(count("SELECT COUNT(*) FROM desk_case_attachment WHERE unit_id = " + w.a().id())).isEqualTo(rows);
        assertThat(objects(w.a().id())).isEqualTo(objects);
    }

    @Test
    void aBrokenOrCutMultipartBodyIsAnsweredWithoutAServerErrorAndStoresNothing() {
        String csrf = new Browser(server.getURI()).csrfToken();
        long cases = count("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id());
        int objects = objects(w.a().id());
        String part = "--x\r\nContent-Disposition: form-data; name=\"";
        for (String body : List.of("garbage without a boundary", part + "message\"\r\n\r\nCắt ngang giữa chừng",
                part + "topic\"\r\n\r\nKHAC\r\n" + part + "attachments\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG",
                part + "attachments\"; filename=\"../../x.pdf\"\r\n\r\n%PDF-1.4\r\n--x--\r\n")) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST /" + w.a().slug() + "/gui-phan-anh?csrfToken=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                    + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nContent-Type: multipart/form-data; boundary=x\r\nCookie: lantoa_csrf=" + csrf
                    + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
            java.io.ByteArrayOutputStream request = new java.io.ByteArrayOutputStream();
            request.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            request.writeBytes(bytes);
            RawHttp.Response response = RawHttp.exchange("127.0.0.1", server.getPort(), request.toByteArray(), java.time.Duration.ofSeconds(15));
            assertThat(response.status()).as(body).isBetween(400, 499);
        }
        assertThat(count("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id())).isEqualTo(cases);
        assertThat(objects(w.a().id())).isEqualTo(objects);
    }

    @Test
    void whenWritingTheCaseFailsTheFilesAlreadyInTheBucketAreDeletedAndNoCaseIsLeft() {
        // A real failure of the database inside the intake transaction: a trigger refuses the attachment row of one file name.
        TestServers.sql("CREATE TRIGGER desk_attach_test_fail BEFORE INSERT ON desk_case_attachment FOR EACH ROW "
                + "BEGIN IF NEW.file_name = 'hong-" + w.tag() + ".png' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'test failure'; END IF; END");
        try {
            long cases = count("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id());
            long rows = count("SELECT COUNT(*) FROM desk_case_attachment WHERE unit_id = " + w.a().id());
            int objects = objects(w.a().id());

            Page page = new Browser(server.getURI()).postFiles("/" + w.a().slug() + "/gui-phan-anh", fields("Lần gửi gặp lỗi cơ sở dữ liệu " + w.tag()),
                    "attachments", List.of(new FilePart("tot.pdf", PDF, "application/pdf"), new FilePart("hong-" + w.tag() + ".png", Images.PNG, "image/png")));

            assertThat(page.status()).isEqualTo(500);
            assertThat(count("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id())).isEqualTo(cases);
            assertThat(count("SELECT COUNT(*) FROM desk_case_attachment WHERE unit_id = " + w.a().id())).isEqualTo(rows);
            assertThat(objects(w.a().id())).isEqualTo(objects);
        } finally {
            TestServers.sql("DROP TRIGGER IF EXISTS desk_attach_test_fail");
        }
    }

    @Test
    void anotherSchoolsOfficerGets404OnTheDownload() {
        Browser citizen = new Browser(server.getURI());
        Page sent = citizen.postFiles("/" + w.a().slug() + "/gui-phan-anh", fields("Ảnh bếp ăn bán trú không đảm bảo vệ sinh " + w.tag()),
                "attachments", List.of(new FilePart("bep-an.png", Images.PNG, "image/png")));
        long caseId = count("SELECT id FROM desk_case WHERE code = '" + sent.doc().select("#case-code").text() + "'");
        long attachmentId = count("SELECT id FROM desk_case_attachment WHERE case_id = " + caseId);
        String own = "/admin/u/" + w.a().id() + "/desk/cases/" + caseId + "/attachments/" + attachmentId;
        assertThat(officer.get(own, "*/*").bytes()).isEqualTo(Images.PNG);

        Browser other = new Browser(server.getURI()).signIn(officerB.email(), Fixtures.PASSWORD);
        assertThat(other.get(own, "*/*").status()).isEqualTo(404);
        assertThat(other.get("/admin/u/" + w.b().id() + "/desk/cases/" + caseId + "/attachments/" + attachmentId, "*/*").status()).isEqualTo(404);
        assertThat(officer.get("/admin/u/" + w.a().id() + "/desk/cases/" + caseId + "/attachments/" + (attachmentId + 100000), "*/*").status())
                .isEqualTo(404);
    }

    private void refusedWithNothingStored(String message, List<FilePart> files, String error) {
        long cases = count("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id());
        long rows = count("SELECT COUNT(*) FROM desk_case_attachment WHERE unit_id = " + w.a().id());
        int objects = objects(w.a().id());

        Page page = new Browser(server.getURI()).postFiles("/" + w.a().slug() + "/gui-phan-anh", fields(message), "attachments", files);

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.doc().select("#e-attachments").text()).contains(error);
        assertThat(page.doc().select("#f-attachments").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.doc().select("#f-message").text()).isEqualTo(message);
        assertThat(page.doc().select("#f-name").attr("value")).isEqualTo("Trần Văn Bình");
        assertThat(count("SELECT COUNT(*) FROM desk_case WHERE unit_id = " + w.a().id())).isEqualTo(cases);
        assertThat(count("SELECT COUNT(*) FROM desk_case_attachment WHERE unit_id = " + w.a().id())).isEqualTo(rows);
        assertThat(objects(w.a().id())).isEqualTo(objects);
    }

    @Test
    void theAttachmentsAreErasedWithTheCitizensPersonalDataWhenTheRetentionPeriodEnds() {
        Page sent = new Browser(server.getURI()).postFiles("/" + w.a().slug() + "/gui-phan-anh", fields("Ảnh chụp giấy báo học phí " + w.tag()),
                "attachments", List.of(new FilePart("giấy báo.jpg", Images.jpeg(32, 32), "image/jpeg")));
        assertThat(sent.status()).isEqualTo(200);
        long caseId = count("SELECT id FROM desk_case WHERE unit_id = " + w.a().id() + " AND code = '" + sent.doc().select("#case-code").text() + "'");
        String key = query("SELECT object_key FROM desk_case_attachment WHERE case_id = " + caseId);
        assertThat(storage.exists(key)).isTrue();
        // Closed long before any retention period, as if the years had passed.
        TestServers.sql("UPDATE desk_case SET status = 'DA_DONG', closed_at = '2000-01-03 02:00:00' WHERE id = " + caseId);

        assertThat(retention.run()).isPositive();

        assertThat(count("SELECT COUNT(*) FROM desk_case_attachment WHERE case_id = " + caseId)).isZero();
        assertThat(storage.exists(key)).isFalse();
        assertThat(count("SELECT COUNT(*) FROM desk_case WHERE id = " + caseId + " AND citizen_name IS NULL")).as("the anonymous case stays").isEqualTo(1);
    }

    @Test
    void theNightlySweepDeletesDeskObjectsNoCaseRecordedOnceTheyAreADayOldAndKeepsTheRecordedOnes() {
        Page sent = new Browser(server.getURI()).postFiles("/" + w.a().slug() + "/gui-phan-anh", fields("Ảnh chụp bảng tin nhà trường " + w.tag()),
                "attachments", List.of(new FilePart("bảng tin.jpg", Images.jpeg(16, 16), "image/jpeg")));
        assertThat(sent.status()).isEqualTo(200);
        long caseId = count("SELECT id FROM desk_case WHERE unit_id = " + w.a().id() + " AND code = '" + sent.doc().select("#case-code").text() + "'");
        String recorded = query("SELECT object_key FROM desk_case_attachment WHERE case_id = " + caseId);
        // What a crash between the upload and the case's transaction leaves: an object under desk/ and no row.
        String orphan = "desk/" + w.a().id() + "/" + java.util.UUID.randomUUID() + ".jpg";
        storage.put(orphan, Images.jpeg(8, 8), "image/jpeg");
        Instant uploaded = lastModified(orphan);
        try {
            clock.freezeAt(uploaded.plus(Duration.ofHours(23)));
            sweeper.sweep();
            assertThat(storage.exists(orphan)).as("younger than a day: its case may still be on the way").isTrue();

            clock.freezeAt(uploaded.plus(Duration.ofDays(1)).plusSeconds(1));
            sweeper.onSchedule();
            assertThat(storage.exists(orphan)).isFalse();
            assertThat(storage.exists(recorded)).isTrue();
            String download = officer.get("/admin/u/" + w.a().id() + "/desk/cases/" + caseId).doc().select("#case-attachments a").attr("href");
            assertThat(officer.get(download, "*/*").status()).isEqualTo(200);
        } finally {
            clock.reset();
        }
    }

    private Instant lastModified(String key) {
        java.util.concurrent.atomic.AtomicReference<Instant> at = new java.util.concurrent.atomic.AtomicReference<>();
        storage.forEachObject(key, o -> at.set(o.lastModified()));
        assertThat(at.get()).isNotNull();
        return at.get();
    }

    private static Map<String, String> fields(String message) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("topic", "CO_SO_VAT_CHAT");
        f.put("message", message);
        f.put("name", "Trần Văn Bình");
        f.put("consent", "yes");
        return f;
    }

    private int objects(long unitId) {
        AtomicInteger n = new AtomicInteger();
        storage.forEachObject("desk/" + unitId + "/", o -> n.incrementAndGet());
        return n.get();
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql) {
        return Long.parseLong(query(sql));
    }

    static String query(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
