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
        long end = System.currentTimeMillis() + 20_000;
        Page page;
        do {
            page = admin.get(confirmed.location());
            if (!page.text().contains("Đang nhập")) {
                return page;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } while (System.currentTimeMillis() < end);
        throw new AssertionError("Import " + jobId + " did not finish: " + page.text());
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
