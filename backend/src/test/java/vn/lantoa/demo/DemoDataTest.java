package vn.lantoa.demo;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo content of the default run, written into a database of its own. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    UnitRepository units;
    @Inject
    DemoData demo;
    @Inject
    io.micronaut.context.ApplicationContext context;
    @Inject
    vn.lantoa.reporting.TotalsCheck totalsCheck;

    @Override
    public Map<String, String> getProperties() {
        TestServers.startOnce();
        TestServers.recreateDatabase("lantoa_demo_test");
        return Map.of("datasources.default.url", TestServers.jdbcUrl("lantoa_demo_test"), "lantoa.demo.enabled", "true");
    }

    @Test
    void theTreeOfTheSeedDocumentsIsThere() {
        Unit ministry = units.findRoots().get(0);
        assertThat(ministry.type()).isEqualTo(UnitType.MINISTRY);
        assertThat(units.findByParentIdOrderByName(ministry.id())).extracting(Unit::name).containsExactlyInAnyOrder(
                "Sở Giáo dục và Đào tạo Bà Rịa - Vũng Tàu", "Sở Giáo dục và Đào tạo Đắk Lắk", "Sở Giáo dục và Đào tạo Đồng Nai",
                "Sở Giáo dục và Đào tạo Hà Nội");
        assertThat(units.existsBySlug("thpt-lak")).isTrue();
        assertThat(units.existsBySlug("phong-gddt-quan-hoang-mai")).isTrue();
    }

    @Test
    void everyDemoLoginSignsIn() {
        DemoLogins logins = demo.logins();
        assertThat(logins.rows()).hasSizeGreaterThan(15);
        for (DemoLogins.Row row : logins.rows()) {
            Browser browser = new Browser(server.getURI()).signIn(row.email(), logins.password());
            assertThat(browser.get("/admin").status()).as(row.email()).isEqualTo(303);
        }
    }

    @Test
    void aPrincipalLandsOnTheirSchoolWithItsCommitteeAndSpokesperson() {
        Browser browser = new Browser(server.getURI()).signIn("hieutruong.thcstanmai@hanoi.edu.vn", DemoData.PASSWORD);
        Page home = browser.get(browser.get("/admin").location());
        assertThat(home.doc().select("h1").text()).isEqualTo("Trường THCS Tân Mai");
        assertThat(home.text()).contains("Hoàng Văn Nam, Phó Hiệu trưởng");
    }

    @Test
    void everyGroupsTotalsInTheDemoEqualItsReportsValues() {
        assertThat(totalsCheck.run()).isEmpty();
    }

    @Test
    void aSecondStartDoesNotWriteTheDemoAgain() {
        long before = units.count();
        demo.onStartup(new StartupEvent(context));
        assertThat(units.count()).isEqualTo(before);
        assertThat(demo.logins().rows()).isNotEmpty();
    }
}
