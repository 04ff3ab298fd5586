package vn.lantoa.audit;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPageTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    Fixtures.World world;

    @BeforeAll
    void world() {
        world = fixtures.world();
        Browser admin = new Browser(server.getURI()).signIn(world.adminA().email(), Fixtures.PASSWORD);
        admin.get("/admin/u/" + world.a().id() + "/profile/edit");
        admin.post("/admin/u/" + world.a().id() + "/profile", Map.of("name", world.a().name(), "type", "SCHOOL", "schoolLevel", "THCS",
                "slug", world.a().slug(), "phone", "0243 555 6666"));
    }

    @Test
    void aUnitAdminSeesWhoChangedWhatWithTheFieldsBeforeAndAfter() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminA().email(), Fixtures.PASSWORD);
        Page page = admin.get("/admin/u/" + world.a().id() + "/audit");

        assertThat(page.status()).isEqualTo(200);
        var row = page.doc().select("tbody > tr").stream().filter(r -> r.text().contains("Sửa thông tin đơn vị")).findFirst().orElseThrow();
        assertThat(row.text()).contains(world.adminA().email()).contains("phone").contains("0243 555 6666");
    }

    @Test
    void theLogFiltersByPersonAndAction() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminA().email(), Fixtures.PASSWORD);
        Page byPerson = admin.get("/admin/u/" + world.a().id() + "/audit?actor=" + world.platformAdmin().email() + "&action=unit.");
        assertThat(byPerson.text()).contains("Tạo đơn vị").doesNotContain("Sửa thông tin đơn vị");
        Page none = admin.get("/admin/u/" + world.a().id() + "/audit?action=file.");
        assertThat(none.text()).contains("Không có thay đổi nào");
    }

    @Test
    void aProvinceAdminReadsTheLogOfTheWholeTreeBelow() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminP().email(), Fixtures.PASSWORD);
        Page page = admin.get("/admin/u/" + world.p().id() + "/audit?scope=subtree");
        assertThat(page.text()).contains(world.a().name()).contains("Sửa thông tin đơn vị");
    }

    @Test
    void aBadDateIsExplainedAndTheLastThirtyDaysShown() {
        Browser admin = new Browser(server.getURI()).signIn(world.adminA().email(), Fixtures.PASSWORD);
        Page page = admin.get("/admin/u/" + world.a().id() + "/audit?from=31/02/2026");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.doc().select(".flash.error").text()).contains("Ngày không hợp lệ");
    }
}
