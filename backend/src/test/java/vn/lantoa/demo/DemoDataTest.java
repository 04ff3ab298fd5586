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
import vn.lantoa.testing.HtmlCheck;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.util.ArrayList;
import java.util.List;
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
    vn.lantoa.reporting.rollup.TotalsCheck totalsCheck;

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
    void soDongNaiAndThptLakHaveTheNewsDocumentsAndBanOfTheirSeeds() {
        Browser visitor = new Browser(server.getURI());

        Page dongNai = visitor.get("/so-gddt-dong-nai/");
        assertThat(dongNai.doc().select(".teaser-title a").eachText()).contains("Đẩy mạnh truyền thông về công tác giáo dục và đào tạo trong các đơn vị");
        assertThat(visitor.get("/so-gddt-dong-nai/van-ban").doc().select("td a").eachText()).contains("1564/SGDĐT-VP", "150/QĐ-TTg");
        Page dongNaiContacts = visitor.get("/so-gddt-dong-nai/lien-he");
        assertThat(dongNaiContacts.text()).contains("Trương Thị Kim Huệ", "Đỗ Thanh Tâm", "0938 192 279", "thanhtam.cthssv@dongnai.edu.vn");

        Page lak = visitor.get("/thpt-lak/");
        assertThat(lak.doc().select(".teaser-title a").eachText()).contains("Trường THPT Lắk triển khai Kế hoạch truyền thông năm 2024");
        assertThat(visitor.get("/thpt-lak/van-ban").doc().select("td a").eachText()).contains("141/KH-BGDĐT", "19/KH-SGDĐT");
        Page lakContacts = visitor.get("/thpt-lak/lien-he");
        assertThat(lakContacts.doc().select("table .stack-title").eachText()).anyMatch(name -> name.startsWith("Lê Văn Trị") && name.contains("Người phát ngôn"));
    }

    @Test
    void theBanOfSoDakLakWasFoundedByADecisionNotByItsPlan() {
        Page contacts = new Browser(server.getURI()).get("/so-gddt-dak-lak/lien-he");

        assertThat(contacts.doc().select("#h-committee ~ p.meta").text()).startsWith("Thành lập theo Quyết định số 25/QĐ-SGDĐT ngày 22/01/2024");
        assertThat(contacts.text()).doesNotContain("Quyết định số 19/KH");
        assertThat(contacts.doc().select("table .stack-title").eachText()).anyMatch(name -> name.startsWith("Phạm Đăng Khoa"));
    }

    @Test
    void theExamArticlesOf2024AreDatedInTheExamPeriodOf2024() {
        Page category = new Browser(server.getURI()).get("/so-gddt-dak-lak/chuyen-muc/ky-thi-tot-nghiep-thpt-nam-2024");

        List<String> dates = category.doc().select(".teaser time").eachAttr("datetime");
        assertThat(dates).hasSize(5).allMatch(d -> d.startsWith("2024-05") || d.startsWith("2024-06"));
        assertThat(category.doc().select(".teaser").text()).contains("27/06/2024", "28/06/2024");
    }

    @Test
    void hoangMaiBaRiaVungTauAndItsPhongHaveABanHotlineAndSpokesperson() {
        Browser visitor = new Browser(server.getURI());
        Unit vungTau = units.findByParentIdOrderByName(units.findBySlug("so-gddt-ba-ria-vung-tau").orElseThrow().id()).stream()
                .filter(u -> u.name().equals("Phòng Giáo dục và Đào tạo thành phố Vũng Tàu")).findFirst().orElseThrow();
        for (String slug : List.of("phong-gddt-quan-hoang-mai", "so-gddt-ba-ria-vung-tau", vungTau.slug())) {
            Page contacts = visitor.get("/" + slug + "/lien-he");
            assertThat(contacts.doc().select("#h-hotline").text()).as(slug).isEqualTo("Đường dây nóng");
            assertThat(contacts.doc().select("table .stack-title .tag").eachText()).as(slug).containsExactly("Người phát ngôn");
            assertThat(visitor.get("/" + slug + "/").doc().select("#h-contact ~ p").text()).as(slug).contains("Người phát ngôn");
        }
        assertThat(visitor.get("/so-gddt-ba-ria-vung-tau/lien-he").text()).contains("Lê Văn Tuyên", "0918 019 574");
        assertThat(visitor.get("/phong-gddt-quan-hoang-mai/lien-he").text()).contains("Phạm Đàm Thục Hạnh");
    }

    @Test
    void everyUnitsPublicPagesPassTheHtmlCheckAndTheEnglishPageLeadsToItsParents() {
        Browser visitor = new Browser(server.getURI());
        List<Unit> all = new ArrayList<>(units.findRoots());
        for (int i = 0; i < all.size(); i++) {
            all.addAll(units.findByParentIdOrderByName(all.get(i).id()));
        }
        for (Unit unit : all) {
            for (String page : List.of("/", "/lien-he", "/en", "/van-ban")) {
                Page shown = visitor.get("/" + unit.slug() + page);
                assertThat(shown.status()).as(unit.slug() + page).isEqualTo(200);
                assertThat(HtmlCheck.problems(shown.body())).as(unit.slug() + page).isEmpty();
            }
            if (unit.parentId() != null) {
                String reportsTo = visitor.get("/" + unit.slug() + "/en").doc().select("a:has(span[lang=vi])").attr("href");
                assertThat(visitor.get(reportsTo).status()).as("Reports to of " + unit.slug() + ": " + reportsTo).isEqualTo(200);
            }
        }
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
