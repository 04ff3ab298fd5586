package vn.lantoa.calendar;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform admin's page of days off: a year at a time, Vietnamese messages next to the fields, nothing half-written. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DaysOffPageTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    DaysOff daysOff;

    Fixtures.World world;
    Browser admin;

    @BeforeAll
    void world() {
        world = fixtures.world();
        admin = new Browser(server.getURI()).signIn(world.platformAdmin().email(), Fixtures.PASSWORD);
    }

    @Test
    void theYearsCarriedOverFromTheOldTableAreThereWithTheirNames() {
        Page page = admin.get("/admin/platform/days-off?year=2026");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.doc().select("tbody tr:contains(17/02/2026)").text()).contains("Thứ Ba").contains("Tết Nguyên đán (mùng 1)");
        assertThat(page.doc().select("tbody tr:contains(26/04/2026)").text()).contains("Giỗ Tổ Hùng Vương");
        assertThat(page.doc().select("tbody tr")).hasSize(11);
        assertThat(page.text()).contains("2030 (11)").doesNotContain("Chưa nhập ngày nghỉ nào");
        assertThat(admin.get("/admin/platform").doc().select("a[href=/admin/platform/days-off]")).isNotEmpty();
    }

    @Test
    void aDayWithoutDateOrNameOrWithAnImpossibleDateIsRefusedNextToItsFieldAndNothingIsSaved() {
        long before = count(2033);

        Page empty = admin.post("/admin/platform/days-off?year=2033", Map.of("date", "", "name", " "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.doc().select("#e-date").text()).isEqualTo("Vui lòng nhập ngày nghỉ.");
        assertThat(empty.doc().select("#e-name").text()).isEqualTo("Vui lòng nhập tên ngày nghỉ, ví dụ “Quốc khánh (2/9)”.");
        assertThat(empty.doc().select("h1").text()).contains("2033");

        Page impossible = admin.post("/admin/platform/days-off?year=2033", Map.of("date", "31/02/2033", "name", "Ngày lạ"));
        assertThat(impossible.status()).isEqualTo(422);
        assertThat(impossible.doc().select("#e-date").text()).isEqualTo("Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.");
        assertThat(impossible.doc().select("#f-name").attr("value")).isEqualTo("Ngày lạ");

        Page tooFar = admin.post("/admin/platform/days-off?year=2033", Map.of("date", "02/09/2133", "name", "Quốc khánh"));
        assertThat(tooFar.doc().select("#e-date").text()).isEqualTo("Chỉ nhập được năm từ 2000 đến 2100.");

        assertThat(admin.post("/admin/platform/days-off?year=2033", Map.of("date", "02/09/2033", "name", "Quốc khánh (2/9)")).status()).isEqualTo(303);
        Page twice = admin.post("/admin/platform/days-off?year=2033", Map.of("date", "2033-09-02", "name", "Quốc khánh lần hai"));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.doc().select("#e-date").text()).isEqualTo("Ngày 02/09/2033 đã có trong danh sách ngày nghỉ. Quốc khánh (2/9)");

        assertThat(count(2033)).isEqualTo(before + 1);
        assertThat(daysOff.calendar().nameOf(LocalDate.of(2033, 9, 2))).isEqualTo("Quốc khánh (2/9)");
    }

    @Test
    void aYearWithoutDaysSaysSoUntilAnotherYearIsCopiedIntoIt() {
        Page empty = admin.get("/admin/platform/days-off?year=2034");
        assertThat(empty.text()).contains("Chưa nhập ngày nghỉ nào của năm 2034.");

        Page refused = admin.post("/admin/platform/days-off/copy", Map.of("from", "2040", "to", "2034"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-from").text()).isEqualTo("Năm 2040 chưa có ngày nghỉ nào để chép.");
        assertThat(count(2034)).isZero();

        Page copied = admin.post("/admin/platform/days-off/copy", Map.of("from", "2030", "to", "2034"));
        assertThat(copied.status()).isEqualTo(303);
        Page page = admin.get(copied.location());
        assertThat(page.text()).contains("Đã chép 11 ngày nghỉ của năm 2030 sang năm 2034.").doesNotContain("Chưa nhập ngày nghỉ nào");
        assertThat(page.doc().select("tbody tr:contains(02/09/2034)").text()).contains("Quốc khánh (2/9)").contains("Thứ Bảy");
        assertThat(count(2034)).isEqualTo(11);
        assertThat(daysOff.calendar().isDayOff(LocalDate.of(2034, 4, 30))).isTrue();
    }

    @Test
    void removingADayTakesItOutOfEveryDeadlineAtOnceAndIsAudited() {
        admin.post("/admin/platform/days-off?year=2035", Map.of("date", "30/04/2035", "name", "Ngày Chiến thắng (30/4)"));
        assertThat(daysOff.calendar().isDayOff(LocalDate.of(2035, 4, 30))).isTrue();

        Page removed = admin.post("/admin/platform/days-off/2035-04-30/delete", Map.of());

        assertThat(removed.status()).isEqualTo(303);
        assertThat(admin.get(removed.location()).text()).contains("Đã bỏ ngày nghỉ 30/04/2035.");
        assertThat(DaysOff.known()).doesNotContain(LocalDate.of(2035, 4, 30));
        assertThat(count(2035)).isZero();
        assertThat(admin.post("/admin/platform/days-off/2035-04-30/delete", Map.of()).status()).isEqualTo(404);
        assertThat(query("SELECT COUNT(*) FROM audit_event WHERE action = 'dayOff.removed' AND entity_id = '2035-04-30'")).isEqualTo(1);
    }

    @Test
    void onlyThePlatformAdminOpensOrChangesTheDaysOff() {
        Browser unitAdmin = new Browser(server.getURI()).signIn(world.adminP().email(), Fixtures.PASSWORD);
        long before = count(2036);

        assertThat(unitAdmin.get("/admin/platform/days-off").status()).isEqualTo(403);
        assertThat(unitAdmin.post("/admin/platform/days-off?year=2036", Map.of("date", "01/01/2036", "name", "Tết Dương lịch")).status()).isEqualTo(403);
        assertThat(unitAdmin.post("/admin/platform/days-off/copy", Map.of("from", "2030", "to", "2036")).status()).isEqualTo(403);
        assertThat(unitAdmin.post("/admin/platform/days-off/2026-02-17/delete", Map.of()).status()).isEqualTo(403);

        assertThat(count(2036)).isEqualTo(before);
        assertThat(daysOff.calendar().isDayOff(LocalDate.of(2026, 2, 17))).isTrue();
    }

    private static long count(int year) {
        return query("SELECT COUNT(*) FROM day_off WHERE off_date BETWEEN '" + year + "-01-01' AND '" + year + "-12-31'");
    }

    private static long query(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
