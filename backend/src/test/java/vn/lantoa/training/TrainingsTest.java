package vn.lantoa.training;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.files.FileService;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.unit.Unit;

import vn.lantoa.testing.TestServers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A Sở's training for units below it: who is invited, who registers until the deadline, who came. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    FileService files;
    @Inject
    UnitRefRepository refs;
    @Inject
    TestClock clock;

    Fixtures.World w;

    @BeforeEach
    void world() {
        clock.runFrom(LocalDateTime.of(2026, 10, 1, 9, 0));
        w = fixtures.world();
    }

    Browser as(String email) {
        return new Browser(server.getURI()).signIn(email, Fixtures.PASSWORD);
    }

    Page organise(Browser who, long unitId, Map<String, String> form) {
        who.get("/admin/u/" + unitId + "/trainings/new");
        return who.post("/admin/u/" + unitId + "/trainings", form);
    }

    long organiseForThcs(Browser adminD) {
        Page created = organise(adminD, w.d().id(), Map.of("title", "Tập huấn kỹ năng truyền thông", "startsOn", "20/10/2026", "endsOn", "21/10/2026",
                "place", "Hội trường Phòng", "audience", "LEVEL:THCS", "expectedPerUnit", "2", "registrationDeadline", "15/10/2026"));
        assertThat(created.status()).isEqualTo(303);
        return Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
    }

    Page register(Browser who, long unitId, long trainingId, String people) {
        who.get("/admin/u/" + unitId + "/trainings/" + trainingId);
        return who.post("/admin/u/" + unitId + "/trainings/" + trainingId + "/register", Map.of("people", people));
    }

    @Test
    void onlyInvitedUnitsSeeTheTrainingAndItsMaterials() {
        Browser adminD = as(w.adminD().email());
        long fileId = files.upload(fixtures.actor(w.platformAdmin()), refs.findById(w.d().id()).orElseThrow(), "chuong-trinh.pdf",
                new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))).id();
        adminD.get("/admin/u/" + w.d().id() + "/trainings/new");
        Page created = adminD.post("/admin/u/" + w.d().id() + "/trainings", List.of(Map.entry("title", "Tập huấn viết tin"), Map.entry("startsOn", "20/10/2026"),
                Map.entry("onlineUrl", "https://meet.example.vn/tap-huan"), Map.entry("audience", "LEVEL:THCS"), Map.entry("expectedPerUnit", "1"),
                Map.entry("registrationDeadline", "15/10/2026"), Map.entry("materialIds", String.valueOf(fileId))));
        long id = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
        String path = "/trainings/" + id;

        Browser headA = as(w.headA().email());
        assertThat(headA.get("/admin/u/" + w.a().id()).doc().select("#home-trainings").text()).contains("Tập huấn viết tin");
        Page seen = headA.get("/admin/u/" + w.a().id() + path);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.doc().select("#materials a").attr("href")).isEqualTo("/admin/u/" + w.a().id() + path + "/materials/" + fileId);
        assertThat(headA.get("/admin/u/" + w.a().id() + path + "/materials/" + fileId, "*/*").status()).isEqualTo(200);

        Browser adminB = as(w.adminB().email());
        assertThat(adminB.get("/admin/u/" + w.b().id() + path).status()).isEqualTo(404);
        assertThat(adminB.get("/admin/u/" + w.b().id() + path + "/materials/" + fileId, "*/*").status()).isEqualTo(404);
        assertThat(adminB.get("/admin/u/" + w.b().id()).doc().select("#home-trainings")).isEmpty();
        assertThat(as(w.adminQ().email()).get("/admin/u/" + w.q().id() + path).status()).isEqualTo(404);
        assertThat(as(w.adminQ().email()).get("/admin/u/" + w.d().id() + path).status()).isEqualTo(404);
        assertThat(headA.get("/admin/u/" + w.a().id() + path + "/export", "*/*").status()).isEqualTo(404);
    }

    @Test
    void registrationAfterTheDeadlineIsRefusedAndTheListStays() {
        Browser adminD = as(w.adminD().email());
        long id = organiseForThcs(adminD);
        Browser headA = as(w.headA().email());
        assertThat(register(headA, w.a().id(), id, "Nguyễn Văn An; Phó hiệu trưởng\nLê Thị Bích; Giáo viên").status()).isEqualTo(303);

        clock.runFrom(LocalDateTime.of(2026, 10, 15, 23, 59, 58));
        assertThat(register(headA, w.a().id(), id, "Nguyễn Văn An; Phó hiệu trưởng").status()).isEqualTo(303);
        clock.advance(Duration.ofSeconds(3));
        Page late = register(headA, w.a().id(), id, "Trần Văn Muộn; Giáo viên");

        assertThat(late.status()).isEqualTo(422);
        assertThat(late.text()).contains("Đã hết hạn đăng ký (hạn đến hết ngày 15/10/2026).");
        assertThat(number("SELECT COUNT(*) FROM training_attendee WHERE training_id = " + id)).isEqualTo(1);
    }

    @Test
    void attendanceCountsPerUnitAndPerSubtreeEqualAnIndependentCount() {
        Unit c = fixtures.unit(fixtures.actor(w.platformAdmin()), w.d().id(), "Trường THCS Cầu Giấy " + w.tag(), UnitType.SCHOOL, SchoolLevel.THCS);
        var adminC = fixtures.member(c, Role.UNIT_ADMIN, "admin-c", w.tag());
        Browser adminP = as(w.adminP().email());
        Page created = organise(adminP, w.p().id(), Map.of("title", "Tập huấn kỹ năng truyền thông cho Ban truyền thông", "startsOn", "20/10/2026",
                "place", "Sở GDĐT", "audience", "TYPE:SCHOOL", "expectedPerUnit", "2", "registrationDeadline", "15/10/2026"));
        long id = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
        register(as(w.headA().email()), w.a().id(), id, "Nguyễn Văn An; Phó hiệu trưởng\nLê Thị Bích; Giáo viên");
        register(as(adminC.email()), c.id(), id, "Phạm Văn Cường; Tổng phụ trách");
        Page attendance = null;
        clock.runFrom(LocalDateTime.of(2026, 10, 20, 17, 0));
        Page page = adminP.get("/admin/u/" + w.p().id() + "/trainings/" + id);
        List<String> present = page.doc().select("#invite-" + w.a().id() + " input[name=present]").eachAttr("value");
        attendance = adminP.post("/admin/u/" + w.p().id() + "/trainings/" + id + "/attendance", List.of(Map.entry("present", present.get(0)),
                Map.entry("present", present.get(1)), Map.entry("note-" + c.id(), "Báo ốm")));
        assertThat(attendance.status()).isEqualTo(303);

        Page shown = adminP.get("/admin/u/" + w.p().id() + "/trainings/" + id);
        long units = number("SELECT COUNT(DISTINCT unit_id) FROM training_attendee WHERE training_id = " + id + " AND present");
        long people = number("SELECT COUNT(*) FROM training_attendee WHERE training_id = " + id + " AND present");
        long invited = number("SELECT COUNT(*) FROM training_invite WHERE training_id = " + id);
        assertThat(invited).isEqualTo(3);
        assertThat(shown.doc().select("#attendance-summary").text()).startsWith(units + "/" + invited + " đơn vị có người dự; " + people + " người có mặt.");
        assertThat(shown.doc().select("#subtrees tbody tr").eachText()).containsExactly(w.d().name() + " 3 1 3 2");
        assertThat(shown.doc().select("#invite-" + c.id()).text()).contains("Không có người dự (0/1)");
        assertThat(adminP.get("/admin/u/" + w.p().id() + "/trainings/" + id + "/export", "*/*").header("Content-Type")).contains("spreadsheetml");
    }

    @Test
    void badInputIsNamedInVietnameseAndNothingIsStored() {
        Browser adminD = as(w.adminD().email());
        long before = number("SELECT COUNT(*) FROM training WHERE unit_id = " + w.d().id());

        Page endBeforeStart = organise(adminD, w.d().id(), Map.of("title", "Tập huấn", "startsOn", "20/10/2026", "endsOn", "19/10/2026",
                "place", "Phòng", "audience", "", "expectedPerUnit", "0", "registrationDeadline", "25/10/2026"));
        Page nobody = organise(adminD, w.d().id(), Map.of("title", "Tập huấn", "startsOn", "20/10/2026", "place", "Phòng", "audience", "LEVEL:THPT",
                "expectedPerUnit", "2", "registrationDeadline", "15/10/2026"));

        assertThat(endBeforeStart.status()).isEqualTo(422);
        assertThat(endBeforeStart.doc().select("#e-endsOn").text()).isEqualTo("Ngày kết thúc phải cùng ngày hoặc sau ngày bắt đầu.");
        assertThat(endBeforeStart.doc().select("#e-audience").text()).isEqualTo("Chọn các đơn vị được mời.");
        assertThat(endBeforeStart.doc().select("#e-expectedPerUnit").text()).isEqualTo("Số người mỗi đơn vị là một số từ 1 đến 200.");
        assertThat(endBeforeStart.doc().select("#e-registrationDeadline").text()).isEqualTo("Hạn đăng ký không được sau ngày bắt đầu.");
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.doc().select("#e-audience").text()).isEqualTo("Không có đơn vị nào bên dưới phù hợp với lựa chọn này; chưa có gì được lưu.");
        assertThat(number("SELECT COUNT(*) FROM training WHERE unit_id = " + w.d().id())).isEqualTo(before);
    }

    @Test
    void anotherUnitCannotRecordAttendanceOrRegisterAndOversightOnlyReads() {
        Browser adminD = as(w.adminD().email());
        long id = organiseForThcs(adminD);
        register(as(w.headA().email()), w.a().id(), id, "Nguyễn Văn An; Phó hiệu trưởng");
        clock.runFrom(LocalDateTime.of(2026, 10, 20, 17, 0));
        String attendee = String.valueOf(number("SELECT id FROM training_attendee WHERE training_id = " + id));

        Browser adminB = as(w.adminB().email());
        adminB.get("/admin/u/" + w.b().id() + "/trainings");
        assertThat(adminB.post("/admin/u/" + w.b().id() + "/trainings/" + id + "/register", Map.of("people", "Kẻ lạ")).status()).isEqualTo(404);
        assertThat(adminB.post("/admin/u/" + w.b().id() + "/trainings/" + id + "/attendance", Map.of("present", attendee)).status()).isEqualTo(404);
        Browser adminP = as(w.adminP().email());
        assertThat(adminP.get("/admin/u/" + w.d().id() + "/trainings/" + id).status()).isEqualTo(200);
        assertThat(adminP.post("/admin/u/" + w.d().id() + "/trainings/" + id + "/attendance", Map.of("present", attendee)).status()).isEqualTo(403);
        Browser headA = as(w.headA().email());
        headA.get("/admin/u/" + w.a().id() + "/trainings/" + id);
        assertThat(headA.post("/admin/u/" + w.a().id() + "/trainings/" + id + "/attendance", Map.of("present", attendee)).status()).isEqualTo(404);
        assertThat(number("SELECT COUNT(*) FROM training_attendee WHERE training_id = " + id + " AND present IS NOT NULL")).isZero();
    }

    long number(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
              Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
