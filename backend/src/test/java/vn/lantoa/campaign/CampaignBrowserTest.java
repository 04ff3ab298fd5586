package vn.lantoa.campaign;

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
import vn.lantoa.testing.Chromium;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Images;
import vn.lantoa.testing.TestClock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A Sở launches a campaign through its form in a real browser, and a visitor of a target school's site sees it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;

    Fixtures.World world;
    ChromeDriver browser;

    @BeforeAll
    void start() {
        assumeTrue(Chromium.available(), Chromium.missing());
        clock.runFrom(LocalDateTime.of(2026, 5, 20, 9, 0));
        world = fixtures.world();
        browser = Chromium.start();
    }

    @AfterAll
    void stop() {
        clock.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSoLaunchesACampaignAndItsCategoryAndBannerAppearOnATargetSchoolsSite() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/login");
        browser.findElement(By.id("f-email")).sendKeys(world.adminP().email());
        browser.findElement(By.id("f-password")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        waitUntil(ExpectedConditions.urlContains("/admin/u/"));
        browser.get(server.getURL() + "/admin/u/" + world.p().id() + "/campaigns");
        browser.findElement(By.id("campaign-new")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("campaign-form")));

        browser.findElement(By.id("f-name")).sendKeys("Tháng an toàn giao thông");
        browser.findElement(By.id("f-startsOn")).sendKeys("15/05/2026");
        browser.findElement(By.id("f-endsOn")).sendKeys("30/06/2026");
        new Select(browser.findElement(By.id("f-audience"))).selectByValue("LEVEL:THCS");
        browser.findElement(By.id("f-keyMessages")).sendKeys("Đội mũ bảo hiểm khi đi xe máy, xe đạp điện");
        Path banner = Files.createTempFile("bieu-ngu", ".jpg");
        Files.write(banner, Images.jpeg(1200, 300));
        browser.findElement(By.id("f-bannerUpload")).sendKeys(banner.toAbsolutePath().toString());
        browser.findElement(By.id("f-bannerAlt")).sendKeys("Học sinh đội mũ bảo hiểm");
        browser.findElement(By.id("campaign-submit")).click();
        waitUntil(ExpectedConditions.urlMatches(".*/campaigns/\\d+$"));
        assertThat(browser.findElement(By.id("campaign-totals")).getText()).contains("1 đơn vị nhận");

        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/" + world.a().slug() + "/");
        assertThat(browser.findElement(By.cssSelector(".site-campaign img")).getAttribute("alt")).isEqualTo("Học sinh đội mũ bảo hiểm");
        assertThat(browser.findElement(By.cssSelector(".site-campaign-messages")).getText()).contains("Đội mũ bảo hiểm khi đi xe máy");
        browser.findElement(By.linkText("Tháng an toàn giao thông")).click();
        waitUntil(ExpectedConditions.urlContains("/chuyen-muc/thang-an-toan-giao-thong"));
        assertThat(browser.findElement(By.cssSelector(".site-campaign img")).getAttribute("src")).contains("/anh/" + world.p().id() + "/");
        Object loaded = browser.executeScript("return document.querySelector('.site-campaign img').naturalWidth");
        assertThat(((Number) loaded).longValue()).isGreaterThan(0);
        // School B (primary) is not a target: no category, no banner.
        browser.get(server.getURL() + "/" + world.b().slug() + "/");
        assertThat(browser.findElements(By.cssSelector(".site-campaign"))).isEmpty();
    }

    private <T> void waitUntil(java.util.function.Function<WebDriver, T> condition) {
        Chromium.waitUntil(browser, condition);
    }
}
