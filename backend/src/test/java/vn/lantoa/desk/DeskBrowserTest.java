package vn.lantoa.desk;

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
import org.openqa.selenium.support.ui.Select;
import vn.lantoa.people.User;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Chromium;
import vn.lantoa.testing.Fixtures;


import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The desk in a real browser: a parent writes in from the school's site, the hotline officer finds the case from the home page. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    Fixtures.World w;
    User officer;
    ChromeDriver browser;

    @BeforeAll
    void start() {
        assumeTrue(Chromium.available(), Chromium.missing());
        w = fixtures.world();
        officer = fixtures.member(w.a(), Role.HOTLINE_OFFICER, "hotline-a", w.tag());
        browser = Chromium.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aParentWritesInFromTheSiteMenuAndTheHotlineOfficerFindsTheCaseFromTheHomePage() {
        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/" + w.a().slug() + "/");
        browser.findElement(By.cssSelector(".site-nav a[href$='/gui-phan-anh']")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("f-message")));
        new Select(browser.findElement(By.id("f-topic"))).selectByVisibleText("An toàn trường học");
        browser.findElement(By.id("f-message")).sendKeys("Đoạn đường trước cổng trường không có đèn, <b>nguy hiểm</b> khi tan học " + w.tag());
        browser.findElement(By.id("f-name")).sendKeys("Trần Văn Nam");
        browser.findElement(By.id("f-consent")).click();
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("case-code")));
        String code = browser.findElement(By.id("case-code")).getText();
        String link = browser.findElement(By.id("follow-link")).getAttribute("href");
        assertThat(code).startsWith("PA-");

        // The link names the public origin (lantoa.base-url); the test server answers the same path.
        browser.get(server.getURL() + java.net.URI.create(link).getPath());
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("Mới");

        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/login");
        browser.findElement(By.id("f-email")).sendKeys(officer.email());
        browser.findElement(By.id("f-password")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        waitUntil(ExpectedConditions.urlContains("/admin/u/" + w.a().id()));
        browser.findElement(By.cssSelector("#home-desk a")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
        browser.findElement(By.cssSelector("tr[data-case='" + code + "'] a")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("case-message")));
        assertThat(browser.findElement(By.id("case-message")).getText()).contains("<b>nguy hiểm</b>");
        assertThat(browser.findElement(By.id("citizen")).getText()).isEqualTo("Trần Văn Nam");
        browser.findElement(By.cssSelector("form[action*='/acknowledge'] button")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("case-status"), "Đã tiếp nhận"));
    }

    private <T> void waitUntil(java.util.function.Function<WebDriver, T> condition) {
        Chromium.waitUntil(browser, condition);
    }
}
