package vn.lantoa.site;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.newsroom.ArticleDraft;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.CategoryRepository;
import vn.lantoa.committee.CommitteeForm;
import vn.lantoa.committee.CommitteeSeeder;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Chromium;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Images;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A school's site and newsroom in a real browser: searching, reading, and writing with the rich-text editor. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ArticleService articles;
    @Inject
    ArticleRepository articleRows;
    @Inject
    UnitRefRepository refs;
    @Inject
    CategoryRepository categories;
    @Inject
    CommitteeSeeder committees;
    @Inject
    StoredFileRepository files;

    Fixtures.World world;
    ChromeDriver browser;

    @BeforeAll
    void start() {
        assumeTrue(Chromium.available(), Chromium.missing());
        world = fixtures.world();
        browser = Chromium.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aVisitorSearchesWithoutToneMarksOpensTheArticleAndNoScriptFromContentRuns() {
        String hostile = "<p>Kỳ thi tốt nghiệp THPT năm 2024 diễn ra an toàn.</p>"
                + "<img src=\"/khong-co.png\" alt=\"ảnh\" onerror=\"document.body.setAttribute('data-xss','1')\">"
                + "<p><a href=\"javascript:document.body.setAttribute('data-xss','2')\">bấm</a></p>"
                + "<script>document.body.setAttribute('data-xss','3')</script>";
        fixtures.published(world, world.a().id(), ArticleKind.NEWS, "Kỳ thi tốt nghiệp THPT năm 2024 <script>x()</script>", hostile);

        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/" + world.a().slug() + "/");
        browser.findElement(By.id("site-q")).sendKeys("ky thi tot nghiep", Keys.ENTER);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-hits h2 a")));
        assertThat(browser.findElements(By.cssSelector(".search-hits mark"))).extracting(e -> e.getText()).contains("Kỳ", "thi");
        browser.findElement(By.cssSelector(".search-hits h2 a")).click();
        waitUntil(ExpectedConditions.urlContains("/tin/"));
        for (var link : browser.findElements(By.cssSelector(".body a"))) {
            link.click();
        }

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kỳ thi tốt nghiệp THPT năm 2024 <script>x()</script>");
        assertThat(browser.executeScript("return document.body.getAttribute('data-xss')")).isNull();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
    }

    @Test
    void anEditorWritesWithTheRichTextEditorAndTheBodyIsSaved() {
        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/login");
        browser.findElement(By.id("f-email")).sendKeys(world.editorA().email());
        browser.findElement(By.id("f-password")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        waitUntil(ExpectedConditions.urlContains("/admin/u/"));
        browser.get(server.getURL() + "/admin/u/" + world.a().id() + "/articles/new");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tox-tinymce iframe")));

        browser.findElement(By.id("f-title")).sendKeys("Bài viết bằng trình soạn thảo " + world.tag());
        browser.switchTo().frame(browser.findElement(By.cssSelector(".tox-tinymce iframe")));
        var editable = browser.findElement(By.id("tinymce"));
        editable.click();
        editable.sendKeys("Học sinh tham gia trồng cây xanh.");
        browser.switchTo().defaultContent();
        browser.findElement(By.cssSelector("button[formaction*='action=save']")).click();
        waitUntil(ExpectedConditions.urlMatches(".*/articles/\\d+$"));

        Article saved = articleRows.findForNewsroom(world.a().id(), null, null, "%", 50, 0).stream()
                .filter(x -> x.title().endsWith(world.tag())).findFirst().orElseThrow();
        assertThat(saved.bodyHtml()).contains("Học sinh tham gia trồng cây xanh.");
    }

    @Test
    void aCoverIsUploadedAndChosenInTheEditorWhileTheTypedArticleStays() throws Exception {
        signInAsEditor();
        browser.get(server.getURL() + "/admin/u/" + world.a().id() + "/articles/new");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tox-tinymce iframe")));
        String title = "Ảnh đại diện chọn ngay trong trình soạn thảo " + world.tag();
        browser.findElement(By.id("f-title")).sendKeys(title);
        typeInTheBody("Học sinh lớp 6 trồng cây trong vườn trường.");
        Path photo = Files.createTempFile("vuon-truong", ".jpg");
        Files.write(photo, Images.jpeg(1200, 800));

        browser.findElement(By.id("f-coverUpload")).sendKeys(photo.toAbsolutePath().toString());

        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-cover-status]"), "Đã tải lên"));
        assertThat(browser.getCurrentUrl()).endsWith("/articles/new");
        assertThat(browser.findElement(By.id("f-title")).getAttribute("value")).isEqualTo(title);
        assertThat(bodyText()).contains("Học sinh lớp 6 trồng cây trong vườn trường.");
        long uploaded = files.findByUnit(world.a().id(), 1, 0).get(0).id();
        assertThat(browser.findElement(By.cssSelector("input[name=coverFileId]:checked")).getAttribute("value")).isEqualTo(String.valueOf(uploaded));
        assertThat(browser.findElement(By.cssSelector("[data-cover-current] img")).getAttribute("src")).contains("/anh/" + world.a().id() + "/");

        browser.findElement(By.id("f-coverAlt")).sendKeys("Học sinh trồng cây");
        browser.findElement(By.cssSelector("button[formaction*='action=save']")).click();
        waitUntil(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
        Article saved = articleRows.findForNewsroom(world.a().id(), null, null, "%", 50, 0).stream()
                .filter(x -> x.title().equals(title)).findFirst().orElseThrow();
        assertThat(saved.coverFileId()).isEqualTo(uploaded);
        assertThat(saved.bodyHtml()).contains("Học sinh lớp 6 trồng cây trong vườn trường.");
    }

    @Test
    void anImageFromTheLibraryIsPickedByItsThumbnail() throws Exception {
        signInAsEditor();
        browser.get(server.getURL() + "/admin/u/" + world.a().id() + "/files");
        Path photo = Files.createTempFile("le-chao-co", ".jpg");
        Files.write(photo, Images.jpeg(800, 600));
        browser.findElement(By.id("f-file")).sendKeys(photo.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.success")));
        long inLibrary = files.findByUnit(world.a().id(), 1, 0).get(0).id();
        browser.get(server.getURL() + "/admin/u/" + world.a().id() + "/articles/new");

        browser.findElement(By.cssSelector("details.cover-choices summary")).click();
        browser.findElement(By.cssSelector("input[name=coverFileId][value='" + inLibrary + "'] + img")).click();

        assertThat(browser.findElement(By.cssSelector("input[name=coverFileId]:checked")).getAttribute("value")).isEqualTo(String.valueOf(inLibrary));
        assertThat(browser.findElement(By.cssSelector("[data-cover-current]")).getText()).contains(photo.getFileName().toString());
    }

    @Test
    void leavingTheEditorWithUnsavedChangesAsksFirstButSavingDoesNot() {
        signInAsEditor();
        browser.get(server.getURL() + "/admin/u/" + world.a().id() + "/articles/new");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tox-tinymce iframe")));
        String leave = "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;";
        assertThat(browser.executeScript(leave)).as("nothing typed yet").isEqualTo(false);

        typeInTheBody("Một đoạn chưa lưu.");

        assertThat(browser.executeScript(leave)).as("typed, not saved").isEqualTo(true);
        browser.findElement(By.id("f-title")).sendKeys("Bài lưu không hỏi " + world.tag());
        browser.findElement(By.cssSelector("button[formaction*='action=save']")).click();
        waitUntil(ExpectedConditions.urlMatches(".*/articles/\\d+$"));
        assertThat(browser.executeScript(leave)).as("just saved").isEqualTo(false);
    }

    @Test
    void onAPhoneThePublicMenuIsFoldedAndTheTablesFitTheScreen() {
        committees.seed(fixtures.actor(world.platformAdmin()), world.a().id(), new CommitteeForm("7/QĐ-THCS", "2026-09-01", "0243 861 2345",
                "ban@example.edu.vn", "", ""), List.of(new CommitteeSeeder.SeedMember(null, "Nguyễn Thị Thanh Hương Dài Tên", "hieutruong.thcs.an.binh@example.edu.vn",
                "Hiệu trưởng kiêm Bí thư Chi bộ", "HEAD", "Chỉ đạo chung", "0912 345 678", true)));
        String site = "/" + world.a().slug();
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of(site + "/", site + "/lien-he", site + "/van-ban", site + "/en")) {
                browser.get(server.getURL() + page);
                assertThat(browser.findElement(By.cssSelector(".site-nav ul")).isDisplayed()).as("menu folded on " + page).isFalse();
                assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth")).as(page).isLessThanOrEqualTo(0L);
                assertThat((Long) browser.executeScript("return Math.max(0, ...Array.from(document.querySelectorAll('main *'))"
                        + ".map(e => e.getBoundingClientRect().right)) - window.innerWidth")).as("nothing in " + page + " sticks out").isLessThanOrEqualTo(0L);
            }
            browser.findElement(By.cssSelector(".site-nav .menu-button")).click();
            assertThat(browser.findElement(By.cssSelector(".site-nav ul")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.linkText("Liên hệ")).isDisplayed()).isTrue();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void thePublicPagesPassTheWcagAaChecksOfAxe() throws Exception {
        Article published = fixtures.published(world, world.a().id(), ArticleKind.NEWS, "Hội thi Rung chuông vàng khối 9",
                "<h2>Kết quả</h2><p>Lớp 9A1 giành giải Nhất.</p><table><thead><tr><th scope=\"col\">Lớp</th><th scope=\"col\">Giải</th></tr>"
                        + "</thead><tbody><tr><td>9A1</td><td>Nhất</td></tr></tbody></table>");
        // A news item in a category: its teaser names the category with a link inside a line of text.
        Category category = categories.save(new Category(null, world.a().id(), "Hoạt động chuyên môn", "hoat-dong-chuyen-mon-" + world.tag(), null, 1,
                null, null, null));
        var platform = fixtures.actor(world.platformAdmin());
        var unitA = refs.findById(world.a().id()).orElseThrow();
        Article inCategory = articles.create(platform, unitA, new ArticleDraft(ArticleKind.NEWS, "Chuyên đề đổi mới phương pháp dạy học môn Toán",
                null, "Tổ Toán – Tin tổ chức chuyên đề.", "<p>Giáo viên dự giờ, trao đổi kinh nghiệm.</p>", category.id(), null, null, false, List.of(),
                List.of(), null, null, null));
        articles.submit(platform, unitA, inCategory.id());
        articles.approve(platform, unitA, inCategory.id());
        articles.publish(platform, unitA, inCategory.id(), null);
        String axe = axe();
        String site = "/" + world.a().slug();
        for (String page : List.of(site + "/", site + "/tin", site + "/tin/" + published.slug(), site + "/chuyen-muc/" + category.slug(),
                site + "/van-ban", site + "/lien-he", site + "/en",
                site + "/cong-khai", site + "/tim-kiem?q=rung+chuong", site + "/khong-co-trang-nay", "/" + world.d().slug() + "/don-vi")) {
            browser.get(server.getURL() + page);
            assertThat(axeViolations(browser, axe)).as("axe on " + page).isEmpty();
        }
    }

    private void signInAsEditor() {
        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/login");
        browser.findElement(By.id("f-email")).sendKeys(world.editorA().email());
        browser.findElement(By.id("f-password")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        waitUntil(ExpectedConditions.urlContains("/admin/u/"));
    }

    private void typeInTheBody(String text) {
        browser.switchTo().frame(browser.findElement(By.cssSelector(".tox-tinymce iframe")));
        var editable = browser.findElement(By.id("tinymce"));
        editable.click();
        editable.sendKeys(text);
        browser.switchTo().defaultContent();
    }

    private String bodyText() {
        browser.switchTo().frame(browser.findElement(By.cssSelector(".tox-tinymce iframe")));
        String text = browser.findElement(By.id("tinymce")).getText();
        browser.switchTo().defaultContent();
        return text;
    }

    /** The WCAG 2.1 A and AA violations axe finds on the page the browser shows, one line each. */
    static List<?> axeViolations(ChromeDriver browser, String axe) {
        browser.executeScript(axe);
        return (List<?>) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help + ' (' + v.nodes.map(function (n) {"
                + " return n.target.join(' '); }).join(', ') + ')'; })); });");
    }

    static String axe() throws java.io.IOException {
        try (var in = SiteBrowserTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private <T> void waitUntil(java.util.function.Function<WebDriver, T> condition) {
        Chromium.waitUntil(browser, condition);
    }
}
