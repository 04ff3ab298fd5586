package vn.lantoa.site;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Chromium;
import vn.lantoa.testing.Fixtures;

import java.time.Duration;
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
    void thePublicPagesPassTheWcagAaChecksOfAxe() throws Exception {
        Article published = fixtures.published(world, world.a().id(), ArticleKind.NEWS, "Hội thi Rung chuông vàng khối 9",
                "<h2>Kết quả</h2><p>Lớp 9A1 giành giải Nhất.</p><table><thead><tr><th scope=\"col\">Lớp</th><th scope=\"col\">Giải</th></tr>"
                        + "</thead><tbody><tr><td>9A1</td><td>Nhất</td></tr></tbody></table>");
        String axe;
        try (var in = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String site = "/" + world.a().slug();
        for (String page : List.of(site + "/", site + "/tin", site + "/tin/" + published.slug(), site + "/van-ban", site + "/lien-he", site + "/en",
                site + "/cong-khai", site + "/tim-kiem?q=rung+chuong", site + "/khong-co-trang-nay", "/" + world.d().slug() + "/don-vi")) {
            browser.get(server.getURL() + page);
            browser.executeScript(axe);
            Object result = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                    + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help + ' (' + v.nodes.map(function (n) {"
                    + " return n.target.join(' '); }).join(', ') + ')'; })); });");
            assertThat((List<?>) result).as("axe on " + page).isEmpty();
        }
    }

    private <T> void waitUntil(java.util.function.Function<WebDriver, T> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
    }
}
