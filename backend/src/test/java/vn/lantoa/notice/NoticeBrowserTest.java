package vn.lantoa.notice;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.lantoa.testing.Chromium;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.HtmlCheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A Phòng sends a storm notice through the form in a real browser, and a visitor of one of its schools' sites sees the banner. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticeBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    Fixtures.World w;
    ChromeDriver browser;

    @BeforeAll
    void start() {
        assumeTrue(Chromium.available(), Chromium.missing());
        w = fixtures.world();
        browser = Chromium.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aNoticeSentThroughTheFormShowsAsABannerOnATargetSchoolsSite() throws IOException {
        browser.get(server.getURL() + "/login");
        browser.findElement(By.id("f-email")).sendKeys(w.adminD().email());
        browser.findElement(By.id("f-password")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        Chromium.waitUntil(browser, ExpectedConditions.urlContains("/admin"));
        browser.get(server.getURL() + "/admin/u/" + w.d().id() + "/notices");
        browser.findElement(By.id("notice-new")).click();

        new Select(browser.findElement(By.id("f-kind"))).selectByValue("STORM");
        browser.findElement(By.id("f-title")).sendKeys("Bão số 3 đổ bộ " + w.tag());
        browser.findElement(By.id("f-body")).sendKeys("Học sinh toàn huyện nghỉ học ngày mai.");
        new Select(browser.findElement(By.id("f-audience"))).selectByValue("TYPE:SCHOOL");
        browser.findElement(By.id("notice-preview-button")).click();
        // A click on a submit button returns once the navigation starts: wait for the next page, not the old one.
        assertThat(Chromium.waitUntil(browser, ExpectedConditions.presenceOfElementLocated(By.id("preview-counts"))).getText()).startsWith("Thông báo sẽ hiện trên trang của 2 đơn vị");
        assertAxeClean();
        browser.findElement(By.id("notice-send")).click();
        assertThat(Chromium.waitUntil(browser, ExpectedConditions.presenceOfElementLocated(By.id("notice-acks"))).getText()).isEqualTo("Đã xác nhận: 0 / 2 đơn vị");

        browser.get(server.getURL() + "/" + w.a().slug() + "/");
        var banner = browser.findElement(By.cssSelector(".notice-banner .notice-banner-title"));
        assertThat(banner.getText()).isEqualTo("Bão lũ: Bão số 3 đổ bộ " + w.tag());
        assertThat(banner.isDisplayed()).isTrue();
        assertAxeClean();
        assertThat(HtmlCheck.problems(new vn.lantoa.testing.Browser(server.getURI()).get("/" + w.a().slug() + "/").body())).isEmpty();
    }

    private void assertAxeClean() throws IOException {
        String axe;
        try (var in = getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser.executeScript(axe);
        Object result = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' ('"
                + " + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ') + ')'; })); });");
        assertThat((List<?>) result).as("axe on " + browser.getCurrentUrl()).isEmpty();
    }
}
