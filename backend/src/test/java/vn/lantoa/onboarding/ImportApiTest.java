package vn.lantoa.onboarding;

import io.micronaut.json.JsonMapper;
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
import vn.lantoa.testing.Api;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Mailbox;
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
class ImportApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;
    @Inject
    UnitRepository units;
    @Inject
    UserRepository users;
    @Inject
    MembershipRepository memberships;

    Fixtures.World world;

    @BeforeAll
    void world() {
        world = fixtures.world();
    }

    private Api as(String email) {
        return new Api(server.getURI(), json).signIn(email, Fixtures.PASSWORD);
    }

    private static String imports(long unitId) {
        return "/api/v1/units/" + unitId + "/imports";
    }

    private static Api.Reply upload(Api api, long unitId, String name, String csv) {
        return api.postFile(imports(unitId), "file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8), null, null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Api.Reply reply) {
        return (List<Map<String, Object>>) reply.json().get("items");
    }

    private static long id(Api.Reply reply) {
        return ((Number) reply.json().get("id")).longValue();
    }

    /** Follows the import as an integration would, until it says it is finished (it runs on a background thread, not on the clock). */
    private static Api.Reply awaitFinished(Api api, String location) {
        Api.Reply job = org.awaitility.Awaitility.await("import " + location + " finishes").atMost(java.time.Duration.ofSeconds(20))
                .until(() -> api.get(location), reply -> reply.status() != 200 || Boolean.TRUE.equals(reply.json().get("finished")));
        assertThat(job.status()).isEqualTo(200);
        return job;
    }

    @Test
    void anAdminUploadsAFileReadsThePreviewConfirmsFollowsTheProgressAndTheUnitsAndPeopleExist() {
        String t = world.tag();
        String csv = "Mã,Tên đơn vị,Loại,Cấp học,Đơn vị cấp trên,Email quản trị,Họ tên quản trị\n"
                + "phong-api-" + t + ",Phòng GDĐT Huyện API " + t + ",Phòng GDĐT,,,qt-api-" + t + "@example.edu.vn,Nguyễn Văn Nối\n"
                + ",Trường Tiểu học API " + t + ",Trường,Tiểu học,phong-api-" + t + ",,\n";
        Api admin = as(world.adminP().email());

        Api.Reply created = upload(admin, world.p().id(), "don-vi.csv", csv);

        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).isEqualTo(imports(world.p().id()) + "/" + id(created));
        assertThat(created.json()).containsEntry("status", "PREVIEW").containsEntry("rowsTotal", 2).containsEntry("rowsInvalid", 0)
                .containsEntry("confirmable", true).containsEntry("fileName", "don-vi.csv");
        Api.Reply lines = admin.get(location + "/lines");
        assertThat(items(lines)).extracting(l -> l.get("line")).containsExactly(2, 3);
        assertThat(items(lines).get(1)).containsEntry("valid", true).containsEntry("parentLine", 2).containsEntry("type", "SCHOOL")
                .containsEntry("schoolLevel", "TH");
        assertThat(units.findByParentIdOrderByName(world.p().id())).noneMatch(u -> u.name().contains("API " + t));

        Api.Reply confirmed = admin.postWith(location + "/confirm", Map.of(), "Idempotency-Key", "nhap-" + t);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat((String) confirmed.json().get("status")).isIn("RUNNING", "DONE");
        Api.Reply done = awaitFinished(admin, location);

        assertThat(done.json()).containsEntry("status", "DONE").containsEntry("rowsDone", 2);
        Unit district = units.findByParentIdOrderByName(world.p().id()).stream().filter(u -> u.slug().equals("phong-api-" + t)).findFirst()
                .orElseThrow();
        assertThat(district.type()).isEqualTo(UnitType.DISTRICT_OFFICE);
        assertThat(units.findByParentIdOrderByName(district.id())).extracting(Unit::name).containsExactly("Trường Tiểu học API " + t);
        var invited = users.findByEmail("qt-api-" + t + "@example.edu.vn").orElseThrow();
        assertThat(invited.status()).isEqualTo(UserStatus.INVITED);
        assertThat(memberships.existsByUnitIdAndUserIdAndRole(district.id(), invited.id(), Role.UNIT_ADMIN)).isTrue();
        assertThat(Mailbox.await("qt-api-" + t + "@example.edu.vn", 1).text()).contains("/invitation?token=");
        assertThat(((Map<?, ?>) admin.get(location).json().get("invitations")).get("queued")).isNotNull();

        Api.Reply replayed = admin.postWith(location + "/confirm", Map.of(), "Idempotency-Key", "nhap-" + t);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        Api.Reply again = admin.post(location + "/confirm", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("CONFLICT");
        assertThat(units.findByParentIdOrderByName(district.id())).as("imported once").hasSize(1);
    }

    @Test
    void anXlsxFileIsReadTheSameWay() throws IOException {
        String t = world.tag();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet1");
        List<List<String>> rows = List.of(List.of("Tên đơn vị", "Loại", "Cấp học"), List.of("Trường Mầm non Bảng Tính " + t, "Trường", "Mầm non"));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                ws.value(r, c, rows.get(r).get(c));
            }
        }
        wb.finish();
        Api admin = as(world.adminD().email());

        Api.Reply created = admin.postFile(imports(world.d().id()), "file", "don-vi.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray(), null, null);
        assertThat(created.status()).isEqualTo(201);
        assertThat(admin.post(created.header("Location") + "/confirm", Map.of()).status()).isEqualTo(200);

        assertThat(awaitFinished(admin, created.header("Location")).json()).containsEntry("status", "DONE");
        assertThat(units.findByParentIdOrderByName(world.d().id())).anyMatch(u -> u.name().equals("Trường Mầm non Bảng Tính " + t));
    }

    @Test
    void thePreviewShowsEachBadLineWithItsColumnAndMessageAndCannotBeConfirmed() {
        String t = world.tag();
        String csv = "Tên đơn vị,Loại,Cấp học,Email quản trị,Họ tên quản trị\n"
                + "Trường Tốt API " + t + ",Trường,THCS,,\n"
                + "Trường Sai Email API " + t + ",Trường,TH,khong-phai-email,Ai Đó\n"
                + ",Trường,THCS,,\n";
        Api admin = as(world.adminD().email());
        long before = units.countByParentId(world.d().id());

        Api.Reply created = upload(admin, world.d().id(), "loi.csv", csv);
        String location = created.header("Location");

        assertThat(created.json()).containsEntry("rowsTotal", 3).containsEntry("rowsInvalid", 2).containsEntry("confirmable", false);
        Api.Reply bad = admin.get(location + "/lines?errorsOnly=true");
        assertThat(bad.json()).containsEntry("total", 2);
        assertThat(items(bad)).extracting(l -> l.get("line")).containsExactly(3, 4);
        @SuppressWarnings("unchecked")
        Map<String, Object> emailError = ((List<Map<String, Object>>) items(bad).get(0).get("errors")).get(0);
        assertThat(emailError).containsEntry("field", "adminEmail").containsEntry("column", "Email quản trị").containsEntry("code", "field.email.invalid");
        assertThat((String) emailError.get("message")).isNotBlank().doesNotContain("field.email");
        Api.Reply page2 = admin.get(location + "/lines?perPage=2&page=2&sort=-line");
        assertThat(items(page2)).extracting(l -> l.get("line")).containsExactly(2);

        Api.Reply refused = admin.post(location + "/confirm", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat((String) refused.json().get("message")).contains("dòng lỗi");
        assertThat(admin.get(location).json()).containsEntry("status", "PREVIEW");
        assertThat(units.countByParentId(world.d().id())).isEqualTo(before);
    }

    @Test
    void aBrokenFileIsRefusedWithAClearVietnameseMessageAndNothingIsKept() {
        Api admin = as(world.adminD().email());

        Api.Reply unclosed = upload(admin, world.d().id(), "hong.csv", "Tên đơn vị,Loại\nTrường Tốt,Trường\n\"Trường Hỏng,Trường\n");
        assertThat(unclosed.status()).isEqualTo(400);
        assertThat(unclosed.code()).isEqualTo("VALIDATION_FAILED");
        assertThat((String) unclosed.json().get("message")).contains("Tệp CSV sai định dạng ở dòng 3");
        assertThat(unclosed.body()).contains("\"field\":\"file\"").contains("\"code\":\"import.file.badCsv\"");

        Api.Reply oldExcel = admin.postFile(imports(world.d().id()), "file", "cu.xls", "application/vnd.ms-excel",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, null, null);
        assertThat(oldExcel.status()).isEqualTo(400);
        assertThat((String) oldExcel.json().get("message")).contains(".xls");

        Api.Reply noColumns = upload(admin, world.d().id(), "thieu.csv", "Tên,Địa chỉ\nTrường X,Số 1\n");
        assertThat((String) noColumns.json().get("message")).contains("Thiếu cột bắt buộc").contains("Loại");

        Api.Reply noFile = admin.postRaw(imports(world.d().id()), "multipart/form-data; boundary=xyz", "--xyz--\r\n");
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.body()).contains("\"field\":\"file\"");
    }

    @Test
    void aPreviewCanBeCancelledOnceAndThenNeitherConfirmedNorCancelledAgain() {
        Api admin = as(world.adminD().email());
        Api.Reply created = upload(admin, world.d().id(), "huy.csv", "Tên đơn vị,Loại,Cấp học\nTrường Hủy API " + world.tag() + ",Trường,THCS\n");
        String location = created.header("Location");

        Api.Reply cancelled = admin.post(location + "/cancel", Map.of());

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json()).containsEntry("status", "CANCELLED").containsEntry("finished", true);
        assertThat(admin.post(location + "/cancel", Map.of()).status()).isEqualTo(409);
        assertThat(admin.post(location + "/confirm", Map.of()).status()).isEqualTo(409);
        assertThat(units.findByParentIdOrderByName(world.d().id())).noneMatch(u -> u.name().startsWith("Trường Hủy API"));
    }

    @Test
    void theTemplateComesAsCsvOrXlsx() {
        Api admin = as(world.adminD().email());

        Api.Reply csv = admin.get(imports(world.d().id()) + "/template");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains("Tên đơn vị").contains("Email quản trị");
        Api.Reply xlsx = admin.get(imports(world.d().id()) + "/template?format=xlsx");
        assertThat(xlsx.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.body()).startsWith("PK");
        assertThat(admin.get(imports(world.d().id()) + "/template?format=pdf").status()).isEqualTo(400);
    }

    @Test
    void aSchoolAdminCannotImportUnderItsDistrictNorReadItsImports() {
        Api district = as(world.adminD().email());
        Api.Reply created = upload(district, world.d().id(), "phong.csv", "Tên đơn vị,Loại,Cấp học\nTrường Riêng " + world.tag() + ",Trường,THCS\n");
        Api school = as(world.adminA().email());

        assertThat(upload(school, world.d().id(), "x.csv", "Tên đơn vị,Loại\nTrường Lạ,Trường\n").status()).isEqualTo(404);
        assertThat(school.get(created.header("Location")).status()).isEqualTo(404);
        assertThat(school.get(imports(world.a().id()) + "/" + id(created)).status()).as("another unit's import in one's own unit").isEqualTo(404);
        assertThat(school.post(imports(world.a().id()) + "/" + id(created) + "/confirm", Map.of()).status()).isEqualTo(404);
        assertThat(district.get(created.header("Location")).json()).containsEntry("status", "PREVIEW");
    }
}
