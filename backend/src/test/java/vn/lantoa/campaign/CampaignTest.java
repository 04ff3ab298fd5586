package vn.lantoa.campaign;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lantoa.files.FileService;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleDraft;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.CategoryRepository;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Images;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigns over HTTP against the real database: a Sở launches one for the schools below it, the category appears on
 * each target site (and no other), the banner and key messages show while it runs, the Sở counts what each school
 * published, and the category stays when the campaign ends.
 */
@MicronautTest(transactional = false)
class CampaignTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    CategoryRepository categories;
    @Inject
    ArticleService articles;
    @Inject
    UnitRefRepository refs;
    @Inject
    FileService files;
    @Inject
    CampaignStates states;

    Fixtures.World w;

    @BeforeEach
    void world() {
        clock.runFrom(LocalDateTime.of(2026, 5, 20, 9, 0));
        w = fixtures.world();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Browser browser(String email) {
        return new Browser(server.getURI()).signIn(email, Fixtures.PASSWORD);
    }

    static Map<String, String> form(String name, String audience, String startsOn, String endsOn) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("categoryName", "");
        f.put("categorySlug", "");
        f.put("audience", audience);
        f.put("startsOn", startsOn);
        f.put("endsOn", endsOn);
        f.put("keyMessages", "Thi nghiêm túc, an toàn, chất lượng\nĐường dây nóng: 0262 3852 156");
        f.put("bannerAlt", "Biểu ngữ kỳ thi tốt nghiệp");
        return f;
    }

    /** Launches through the form, with a banner; answers the new campaign's id. */
    long launch(Browser adminP, Map<String, String> fields) {
        adminP.get("/admin/u/" + w.p().id() + "/campaigns/new");
        Page page = adminP.postMultipart("/admin/u/" + w.p().id() + "/campaigns", fields, "bannerUpload", "bieu-ngu.png", Images.PNG, "image/png");
        assertThat(page.status()).as(page.text()).isEqualTo(303);
        return Long.parseLong(page.location().substring(page.location().lastIndexOf('/') + 1));
    }

    Article publishIn(long unitId, Long categoryId, String title) {
        Actor platform = fixtures.actor(w.platformAdmin());
        UnitRef unit = refs.findById(unitId).orElseThrow();
        Article a = articles.create(platform, unit, new ArticleDraft(ArticleKind.NEWS, title, null, "Tóm tắt", "<p>" + title + "</p>", categoryId, null,
                null, false, List.of(), List.of(), null, null, null));
        articles.submit(platform, unit, a.id());
        articles.approve(platform, unit, a.id());
        return articles.publish(platform, unit, a.id(), null);
    }

    static long number(String sql) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String siteOf(long unitId) {
        return "/" + refs.findById(unitId).orElseThrow().slug();
    }

    @Test
    void launchingMakesTheCategoryOnEveryTargetSiteAtOnceAndOnNoOther() {
        // School B already has a category at the campaign's address: B's gets a suffix, A's the address itself.
        categories.save(new Category(null, w.b().id(), "Kỳ thi cũ", "ky-thi-tot-nghiep-thpt-nam-2026", null, 5, null, null, null));
        Browser visitor = new Browser(server.getURI());
        assertThat(visitor.get(siteOf(w.a().id()) + "/").status()).isEqualTo(200);

        long id = launch(browser(w.adminP().email()), form("Kỳ thi tốt nghiệp THPT năm 2026", "TYPE:SCHOOL", "15/05/2026", "30/06/2026"));

        assertThat(categories.findByUnitIdAndSlug(w.a().id(), "ky-thi-tot-nghiep-thpt-nam-2026")).isPresent();
        assertThat(categories.findByUnitIdAndSlug(w.b().id(), "ky-thi-tot-nghiep-thpt-nam-2026-" + id)).isPresent();
        assertThat(number("SELECT COUNT(*) FROM category WHERE name = 'Kỳ thi tốt nghiệp THPT năm 2026' AND unit_id IN ("
                + w.p().id() + "," + w.d().id() + "," + w.q().id() + "," + w.z().id() + ")")).isZero();
        assertThat(number("SELECT COUNT(*) FROM campaign_target WHERE campaign_id = " + id + " AND category_id IS NOT NULL")).isEqualTo(2);
        // The site's page was cached before the launch; the launch drops it, so the menu, banner and messages show at once.
        Page home = visitor.get(siteOf(w.a().id()) + "/");
        assertThat(home.doc().select(".site-nav a").eachText()).contains("Kỳ thi tốt nghiệp THPT năm 2026");
        assertThat(home.doc().select(".site-campaign img").attr("alt")).isEqualTo("Biểu ngữ kỳ thi tốt nghiệp");
        assertThat(home.doc().select(".site-campaign-messages li").eachText()).containsExactly("Thi nghiêm túc, an toàn, chất lượng",
                "Đường dây nóng: 0262 3852 156");
        Page category = visitor.get(siteOf(w.a().id()) + "/chuyen-muc/ky-thi-tot-nghiep-thpt-nam-2026");
        assertThat(category.doc().select(".site-campaign h2").text()).isEqualTo("Kỳ thi tốt nghiệp THPT năm 2026");
        assertThat(visitor.get(siteOf(w.z().id()) + "/").doc().select(".site-campaign")).isEmpty();
    }

    @Test
    void theLauncherSeesPerUnitCountsEqualToAnIndependentCountAndWhoPublishedNothing() {
        long id = launch(browser(w.adminP().email()), form("Tháng an toàn giao thông", "TYPE:SCHOOL", "15/05/2026", "30/06/2026"));
        long categoryA = number("SELECT category_id FROM campaign_target WHERE campaign_id = " + id + " AND unit_id = " + w.a().id());
        publishIn(w.a().id(), categoryA, "Học sinh An Bình học luật giao thông");
        publishIn(w.a().id(), categoryA, "Đội mũ bảo hiểm khi đi xe đạp điện");
        publishIn(w.a().id(), null, "Một bài không thuộc chuyên mục nào");

        Browser adminP = browser(w.adminP().email());
        Page page = adminP.get("/admin/u/" + w.p().id() + "/campaigns/" + id);
        assertThat(page.status()).isEqualTo(200);
        for (long unit : List.of(w.a().id(), w.b().id())) {
            long independent = number("SELECT COUNT(*) FROM article a JOIN campaign_target t ON t.unit_id = a.unit_id AND t.category_id = a.category_id "
                    + "WHERE t.campaign_id = " + id + " AND a.unit_id = " + unit + " AND a.status = 'PUBLISHED'");
            String shown = page.doc().select("#campaign-counts tr[data-unit=" + unit + "] td").get(1).text();
            assertThat(shown).isEqualTo(independent == 0 ? "Chưa đăng" : String.valueOf(independent));
        }
        assertThat(page.doc().select("#campaign-totals").text()).contains("2 đơn vị nhận", "2 tin bài đã đăng", "1 đơn vị chưa đăng");
        // A deep tree: the Sở also sees its Phòng's schools summed.
        assertThat(page.doc().select("#campaign-branches tbody tr").text()).contains(w.d().name());
        Page silent = adminP.get("/admin/u/" + w.p().id() + "/campaigns/" + id + "?show=none");
        assertThat(silent.doc().select("#campaign-counts tbody tr[data-unit]").eachAttr("data-unit")).containsExactly(String.valueOf(w.b().id()));
        Page xlsx = adminP.get("/admin/u/" + w.p().id() + "/campaigns/" + id + "/units.xlsx?show=none", "*/*");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).contains("spreadsheetml");
        // The school sees the campaign on its home page, with what it published.
        Page home = browser(w.adminA().email()).get("/admin/u/" + w.a().id());
        assertThat(home.doc().select("#home-campaigns").text()).contains("Chiến dịch đang diễn ra", "Tháng an toàn giao thông", "đã đăng 2 tin bài");
    }

    @Test
    void aSchoolCannotLaunchAndNoOtherTreeSeesOrChangesTheCampaign() {
        long id = launch(browser(w.adminP().email()), form("Kỳ thi tốt nghiệp THPT năm 2026", "TYPE:SCHOOL", "15/05/2026", "30/06/2026"));
        long before = number("SELECT COUNT(*) FROM campaign");

        Browser adminA = browser(w.adminA().email());
        assertThat(adminA.get("/admin/u/" + w.a().id() + "/campaigns/new").status()).isEqualTo(403);
        assertThat(adminA.postFiles("/admin/u/" + w.a().id() + "/campaigns", form("Chiến dịch của trường", "ALL", "15/05/2026", "30/06/2026"),
                "bannerUpload", List.of()).status()).isEqualTo(403);
        assertThat(adminA.get("/admin/u/" + w.p().id() + "/campaigns/" + id).status()).isEqualTo(404);
        // The target's own read-only view is there; the launcher's is not.
        assertThat(adminA.get("/admin/u/" + w.a().id() + "/campaigns/received/" + id).status()).isEqualTo(200);

        Browser adminQ = browser(w.adminQ().email());
        assertThat(adminQ.get("/admin/u/" + w.p().id() + "/campaigns/" + id).status()).isEqualTo(404);
        assertThat(adminQ.get("/admin/u/" + w.q().id() + "/campaigns/received/" + id).status()).isEqualTo(404);
        assertThat(adminQ.postFiles("/admin/u/" + w.p().id() + "/campaigns/" + id, form("Đổi tên", "", "15/05/2026", "30/06/2026"),
                "bannerUpload", List.of()).status()).isEqualTo(404);
        assertThat(adminQ.post("/admin/u/" + w.p().id() + "/campaigns/" + id + "/end", Map.of()).status()).isEqualTo(404);

        assertThat(number("SELECT COUNT(*) FROM campaign")).isEqualTo(before);
        assertThat(number("SELECT COUNT(*) FROM campaign WHERE id = " + id + " AND ended_at IS NULL AND name = 'Kỳ thi tốt nghiệp THPT năm 2026'")).isEqualTo(1);
    }

    @Test
    void theCategoryAndItsArticlesStayWhenTheCampaignEndsButTheBannerGoes() {
        long id = launch(browser(w.adminP().email()), form("Kỳ thi tốt nghiệp THPT năm 2026", "TYPE:SCHOOL", "15/05/2026", "30/06/2026"));
        long categoryA = number("SELECT category_id FROM campaign_target WHERE campaign_id = " + id + " AND unit_id = " + w.a().id());
        publishIn(w.a().id(), categoryA, "Trường An Bình sẵn sàng cho kỳ thi");
        Browser visitor = new Browser(server.getURI());
        assertThat(visitor.get(siteOf(w.a().id()) + "/").doc().select(".site-campaign")).hasSize(1);

        clock.runFrom(LocalDateTime.of(2026, 7, 1, 0, 5));
        assertThat(states.sweep()).isGreaterThanOrEqualTo(1);

        Page home = visitor.get(siteOf(w.a().id()) + "/");
        assertThat(home.doc().select(".site-campaign")).isEmpty();
        assertThat(home.doc().select(".site-nav a").eachText()).contains("Kỳ thi tốt nghiệp THPT năm 2026");
        Page category = visitor.get(siteOf(w.a().id()) + "/chuyen-muc/ky-thi-tot-nghiep-thpt-nam-2026");
        assertThat(category.status()).isEqualTo(200);
        assertThat(category.text()).contains("Trường An Bình sẵn sàng cho kỳ thi");
        assertThat(category.doc().select(".site-campaign")).isEmpty();
        assertThat(browser(w.adminA().email()).get("/admin/u/" + w.a().id()).doc().select("#home-campaigns")).isEmpty();
    }

    @Test
    void endingEarlyTakesTheBannerOffAtOnce() {
        Browser adminP = browser(w.adminP().email());
        long id = launch(adminP, form("Tháng an toàn giao thông", "LEVEL:THCS", "15/05/2026", "30/06/2026"));
        Browser visitor = new Browser(server.getURI());
        assertThat(visitor.get(siteOf(w.a().id()) + "/").doc().select(".site-campaign")).hasSize(1);
        assertThat(categories.findByUnitIdAndSlug(w.b().id(), "thang-an-toan-giao-thong")).isEmpty();

        adminP.get("/admin/u/" + w.p().id() + "/campaigns/" + id);
        assertThat(adminP.post("/admin/u/" + w.p().id() + "/campaigns/" + id + "/end", Map.of()).status()).isEqualTo(303);

        assertThat(visitor.get(siteOf(w.a().id()) + "/").doc().select(".site-campaign")).isEmpty();
        assertThat(categories.findByUnitIdAndSlug(w.a().id(), "thang-an-toan-giao-thong")).isPresent();
    }

    @Test
    void addingTargetsAfterTheLaunchMakesTheirCategoriesAndKeepsTheOthers() {
        Browser adminP = browser(w.adminP().email());
        long id = launch(adminP, form("Tháng an toàn giao thông", "LEVEL:THCS", "15/05/2026", "30/06/2026"));
        adminP.get("/admin/u/" + w.p().id() + "/campaigns/" + id + "/edit");
        Map<String, String> change = form("Tháng an toàn giao thông", "CHOSEN", "15/05/2026", "15/07/2026");
        change.put("unit." + w.b().id(), "1");
        change.put("keyMessages", "Đội mũ bảo hiểm đạt chuẩn");
        change.put("version", String.valueOf(number("SELECT version FROM campaign WHERE id = " + id)));
        Page saved = adminP.postFiles("/admin/u/" + w.p().id() + "/campaigns/" + id, change, "bannerUpload", List.of());
        assertThat(saved.status()).as(saved.text()).isEqualTo(303);

        assertThat(categories.findByUnitIdAndSlug(w.b().id(), "thang-an-toan-giao-thong")).isPresent();
        assertThat(number("SELECT COUNT(*) FROM campaign_target WHERE campaign_id = " + id)).isEqualTo(2);
        assertThat(new Browser(server.getURI()).get(siteOf(w.a().id()) + "/").doc().select(".site-campaign-messages li").eachText())
                .containsExactly("Đội mũ bảo hiểm đạt chuẩn");
    }

    @Test
    void badInputIsRefusedInVietnameseNextToItsFieldAndNothingIsStored() {
        Browser adminP = browser(w.adminP().email());
        adminP.get("/admin/u/" + w.p().id() + "/campaigns/new");
        long campaigns = number("SELECT COUNT(*) FROM campaign");
        long cats = number("SELECT COUNT(*) FROM category");
        long stored = number("SELECT COUNT(*) FROM stored_file WHERE unit_id = " + w.p().id());

        Page backwards = adminP.postFiles("/admin/u/" + w.p().id() + "/campaigns", form("", "ALL", "30/06/2026", "15/05/2026"), "bannerUpload", List.of());
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.doc().select("#e-name").text()).isEqualTo("Nhập tên chiến dịch.");
        assertThat(backwards.doc().select("#e-endsOn").text()).isEqualTo("Ngày kết thúc phải từ ngày bắt đầu trở đi.");

        Page notImage = adminP.postMultipart("/admin/u/" + w.p().id() + "/campaigns", form("Chiến dịch", "ALL", "15/05/2026", "30/06/2026"),
                "bannerUpload", "bieu-ngu.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(notImage.status()).isEqualTo(422);
        assertThat(notImage.doc().select("#e-bannerUpload").text()).isEqualTo("Ảnh biểu ngữ phải là ảnh JPEG, PNG hoặc WebP.");

        Page pdf = adminP.postMultipart("/admin/u/" + w.p().id() + "/campaigns", form("Chiến dịch", "ALL", "15/05/2026", "30/06/2026"),
                "bannerUpload", "bieu-ngu.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8), "application/pdf");
        assertThat(pdf.doc().select("#e-bannerUpload").text()).isEqualTo("Ảnh biểu ngữ phải là ảnh JPEG, PNG hoặc WebP.");

        Page nobody = adminP.postMultipart("/admin/u/" + w.p().id() + "/campaigns", form("Chiến dịch", "LEVEL:GDTX", "15/05/2026", "30/06/2026"),
                "bannerUpload", "bieu-ngu.png", Images.PNG, "image/png");
        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.doc().select("#e-audience").text()).isEqualTo("Không có đơn vị nào phù hợp để nhận chiến dịch. Chọn nhóm đơn vị khác.");

        Page noneTicked = adminP.postFiles("/admin/u/" + w.p().id() + "/campaigns", form("Chiến dịch", "CHOSEN", "15/05/2026", "30/06/2026"),
                "bannerUpload", List.of());
        assertThat(noneTicked.doc().select("#e-audience").text()).isEqualTo("Đánh dấu ít nhất một đơn vị nhận.");

        assertThat(number("SELECT COUNT(*) FROM campaign")).isEqualTo(campaigns);
        assertThat(number("SELECT COUNT(*) FROM category")).isEqualTo(cats);
        assertThat(number("SELECT COUNT(*) FROM stored_file WHERE unit_id = " + w.p().id())).isEqualTo(stored);
    }

    @Test
    void aTargetReadsTheMessagesAndDownloadsTheMaterialsAndOthersCannot() {
        Actor platform = fixtures.actor(w.platformAdmin());
        long guide = files.upload(platform, refs.findById(w.p().id()).orElseThrow(), "huong-dan.pdf",
                new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8))).id();
        Map<String, String> fields = form("Kỳ thi tốt nghiệp THPT năm 2026", "LEVEL:THCS", "15/05/2026", "30/06/2026");
        fields.put("material." + guide, "1");
        long id = launch(browser(w.adminP().email()), fields);

        Browser editorA = browser(w.editorA().email());
        Page page = editorA.get("/admin/u/" + w.a().id() + "/campaigns/received/" + id);
        assertThat(page.doc().select("#campaign-messages li").eachText()).contains("Thi nghiêm túc, an toàn, chất lượng");
        assertThat(page.doc().select("#campaign-materials a").text()).isEqualTo("huong-dan.pdf");
        assertThat(editorA.get("/admin/u/" + w.a().id() + "/campaigns/received/" + id + "/materials/" + guide, "*/*").status()).isEqualTo(200);

        Browser adminB = browser(w.adminB().email());
        assertThat(adminB.get("/admin/u/" + w.b().id() + "/campaigns/received/" + id).status()).isEqualTo(404);
        assertThat(adminB.get("/admin/u/" + w.b().id() + "/campaigns/received/" + id + "/materials/" + guide, "*/*").status()).isEqualTo(404);
    }
}
