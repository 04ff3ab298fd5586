package vn.lantoa.shell;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.lantoa.committee.CommitteeForm;
import vn.lantoa.committee.CommitteeReads;
import vn.lantoa.committee.CommitteeSeeder;
import vn.lantoa.tenancy.Membership;
import vn.lantoa.tenancy.MembershipRepository;
import vn.lantoa.tenancy.Role;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Chromium;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.HtmlCheck;
import vn.lantoa.unit.UnitRepository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the pages do in a real browser: the unit switcher, confirmations, and the import's live progress. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    MembershipRepository memberships;
    @Inject
    java.time.Clock clock;
    @Inject
    CommitteeSeeder committees;
    @Inject
    CommitteeReads committeeReads;
    @Inject
    UnitRepository units;

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
    void choosingAUnitInTheSwitcherOpensItWithoutAButtonPress() {
        var person = fixtures.member(world.a(), Role.EDITOR, "chuyen", world.tag());
        memberships.save(new Membership(null, world.b().id(), person.id(), Role.VIEWER, clock.instant(), null));
        signIn(person.email());

        assertThat(browser.findElement(By.cssSelector(".unit-switcher button")).isDisplayed()).as("the button is for browsers without JavaScript").isFalse();
        new Select(browser.findElement(By.id("unit-switch"))).selectByVisibleText(world.b().name());

        waitUntil(ExpectedConditions.urlContains("/admin/u/" + world.b().id()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(world.b().name());
    }

    @Test
    void aFormShownAgainWithItsErrorsCanBeCorrectedAndSent() {
        signIn(world.adminD().email());
        browser.get(server.getURL() + "/admin/u/" + world.d().id() + "/units/new");
        browser.findElement(By.id("f-name")).sendKeys("Trường Sửa Lỗi " + world.tag());
        new Select(browser.findElement(By.id("f-type"))).selectByValue("SCHOOL");
        browser.findElement(By.xpath("//button[contains(., 'Tạo đơn vị')]")).click();

        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("e-schoolLevel")));
        assertThat(browser.findElement(By.id("e-schoolLevel")).getText()).isEqualTo("Vui lòng chọn cấp học của trường.");
        assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("error-summary");
        new Select(browser.findElement(By.id("f-schoolLevel"))).selectByValue("TH");
        browser.findElement(By.xpath("//button[contains(., 'Tạo đơn vị')]")).click();

        waitUntil(ExpectedConditions.urlContains("/profile"));
        assertThat(browser.findElement(By.cssSelector(".flash.success")).getText()).contains("Trường Sửa Lỗi " + world.tag());
    }

    @Test
    void aWrongPasswordThenTheRightOneSignsIn() {
        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/login");
        browser.findElement(By.id("f-email")).sendKeys(world.editorA().email());
        browser.findElement(By.id("f-password")).sendKeys("khong-dung-1");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("signin-error")));

        browser.findElement(By.id("f-password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        waitUntil(ExpectedConditions.urlContains("/admin/u/" + world.a().id()));
    }

    @Test
    void cancellingTheConfirmationOfADeleteKeepsTheMember() {
        committees.seed(fixtures.actor(world.platformAdmin()), world.a().id(), new CommitteeForm("", "", "", "", "", ""),
                List.of(new CommitteeSeeder.SeedMember(null, "Giữ Lại", null, null, "MEMBER", null, null, false)));
        signIn(world.headA().email());
        browser.get(server.getURL() + "/admin/u/" + world.a().id() + "/committee");
        long before = committeeReads.summaryOf(world.a().id()).memberCount();

        browser.findElement(By.xpath("//tr[td[contains(., 'Giữ Lại')]]//button[contains(., 'Xóa')]")).click();
        waitUntil(ExpectedConditions.alertIsPresent());
        assertThat(browser.switchTo().alert().getText()).contains("Giữ Lại");
        browser.switchTo().alert().dismiss();

        assertThat(committeeReads.summaryOf(world.a().id()).memberCount()).isEqualTo(before);
    }

    @Test
    void anImportShowsItsProgressAndItsResultWithoutReloading() throws IOException {
        StringBuilder csv = new StringBuilder("Tên đơn vị,Loại,Cấp học\n");
        for (int i = 1; i <= 60; i++) {
            csv.append("Trường Tiểu học Số ").append(i).append(' ').append(world.tag()).append(",Trường,Tiểu học\n");
        }
        Path file = Files.createTempFile("don-vi", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        signIn(world.adminD().email());
        browser.get(server.getURL() + "/admin/u/" + world.d().id() + "/import");

        browser.findElement(By.id("f-file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.xpath("//button[contains(., 'Kiểm tra')]")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Tất cả 60 dòng hợp lệ"));
        browser.findElement(By.xpath("//button[contains(., 'Nhập 60 đơn vị')]")).click();

        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã nhập xong 60 đơn vị"));
        assertThat(units.countByParentId(world.d().id())).isGreaterThanOrEqualTo(62);
    }

    /** The pages an editor and a head live in, checked as the public pages are: axe (WCAG 2.1 AA) in the browser and the HTML check. */
    @Test
    void theMainAdminPagesPassAxeAndTheHtmlCheck() throws IOException {
        long draft = fixtures.draft(world, world.a().id(), ArticleKind.NEWS, "Bài nháp để kiểm tra trình soạn thảo", "<p>Nội dung.</p>").id();
        String base = "/admin/u/" + world.a().id();
        List<String> pages = List.of(base, base + "/articles", base + "/articles/new", base + "/articles/" + draft, base + "/documents",
                base + "/documents/new", base + "/committee", base + "/reports", base + "/files", base + "/people");
        Browser html = new Browser(server.getURI()).signIn(world.headA().email(), Fixtures.PASSWORD);
        for (String page : pages) {
            var shown = html.get(page);
            assertThat(shown.status()).as(page).isEqualTo(200);
            assertThat(HtmlCheck.problems(shown.body())).as(page).isEmpty();
        }
        String axe;
        try (var in = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        signIn(world.headA().email());
        for (String page : pages) {
            browser.get(server.getURL() + page);
            if (page.contains("/articles/")) {
                waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tox-tinymce iframe")));
            }
            browser.executeScript(axe);
            Object result = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                    + ".then(function (r) { done(r.violations.map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' ('"
                    + " + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ') + ')'; })); });");
            assertThat((List<?>) result).as("axe on " + page).isEmpty();
        }
    }

    @Test
    void onAPhoneTheAdminMenuIsFoldedSoTheContentComesFirst() {
        signIn(world.adminD().email());
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("/admin/u/" + world.d().id(), "/admin/u/" + world.d().id() + "/articles", "/admin/u/" + world.d().id() + "/units")) {
                browser.get(server.getURL() + page);
                assertThat(browser.findElement(By.cssSelector(".sidenav ul")).isDisplayed()).as(page).isFalse();
                Long linksBeforeContent = (Long) browser.executeScript("var main = document.getElementById('main');"
                        + "return Array.from(document.querySelectorAll('a, button, select, input, label.fold-label')).filter(function (e) {"
                        + " return e.getClientRects().length > 0 && !main.contains(e); }).length;");
                assertThat(linksBeforeContent).as(page).isLessThanOrEqualTo(8L);
                assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth")).as(page).isLessThanOrEqualTo(0L);
            }
            assertThat(browser.findElement(By.cssSelector(".sidenav .fold-label")).getText()).contains("Đơn vị");
            browser.findElement(By.cssSelector(".sidenav .fold-label")).click();
            assertThat(browser.findElement(By.cssSelector(".sidenav ul")).isDisplayed()).isTrue();
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private void signIn(String email) {
        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/login");
        browser.findElement(By.id("f-email")).sendKeys(email);
        browser.findElement(By.id("f-password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(ExpectedConditions.urlContains("/admin/u/"));
    }

    private <T> void waitUntil(java.util.function.Function<WebDriver, T> condition) {
        Chromium.waitUntil(browser, condition);
    }
}
