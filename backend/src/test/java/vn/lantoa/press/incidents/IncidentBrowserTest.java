package vn.lantoa.press.incidents;

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

/** In a real browser: the spokesperson opens an incident from a negative clipping, publishes a holding statement, the district finds it on its board of incidents below. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    Fixtures.World w;
    User spokesperson;
    ChromeDriver browser;

    @BeforeAll
    void start() {
        assumeTrue(Chromium.available(), Chromium.missing());
        w = fixtures.world();
        spokesperson = fixtures.member(w.a(), Role.SPOKESPERSON, "spokes-browser", w.tag());
        browser = Chromium.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSpokespersonOpensAnIncidentFromAClippingPublishesAHoldingStatementAndTheDistrictSeesIt() {
        String title = "Báo phản ánh bếp ăn bán trú " + w.tag();
        TestServersClipping.insert(w.a().id(), title);
        long clip = Long.parseLong(IncidentFixture.one("SELECT MAX(id) FROM press_clipping WHERE unit_id = ?", w.a().id()));

        signIn(spokesperson.email());
        // From the clipping's own page, as the spokesperson reading the day's press would.
        browser.get(server.getURL() + "/admin/u/" + w.a().id() + "/press/clippings/" + clip);
        waitUntil(ExpectedConditions.elementToBeClickable(By.id("open-incident"))).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("opened-from")));
        assertThat(browser.findElement(By.id("f-title")).getAttribute("value")).isEqualTo(title);
        new Select(browser.findElement(By.id("f-type"))).selectByVisibleText("Ngộ độc thực phẩm");
        browser.findElement(By.cssSelector("input[name=severity][value=SERIOUS]")).click();
        browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("statement-clock")));
        assertThat(browser.findElement(By.id("statement-clock")).getAttribute("data-state")).isEqualTo("RUNNING");
        assertThat(browser.findElement(By.id("incident-links")).getText()).contains(title);
        String incidentUrl = browser.getCurrentUrl();

        browser.findElement(By.id("f-statementText")).sendKeys("Nhà trường đã tạm dừng bếp ăn và mời cơ quan y tế kiểm tra.");
        browser.findElement(By.id("publish-statement")).click();
        waitUntil(ExpectedConditions.attributeToBe(By.id("statement-clock"), "data-state", "MADE_ON_TIME"));
        assertThat(browser.findElement(By.id("incident-timeline")).getText()).contains("Đăng thông cáo");

        signIn(w.adminD().email());
        browser.get(incidentUrl);
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("read-only")));
        assertThat(browser.findElement(By.id("incident-title")).getText()).contains(title);
        assertThat(browser.findElements(By.id("statement-form"))).isEmpty();

        // The district's board of every open incident below lists it, statement made, and leads back to it.
        browser.get(server.getURL() + "/admin/u/" + w.d().id() + "/press/incidents/below");
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("incidents-below")));
        String row = browser.findElement(By.id("incidents-below")).getText();
        assertThat(row).contains(title).contains(w.a().name());
        browser.findElement(By.cssSelector("#incidents-below a[href$='" + incidentUrl.substring(incidentUrl.indexOf("/admin/")) + "']")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("read-only")));
        assertThat(browser.getCurrentUrl()).isEqualTo(incidentUrl);
    }

    private void signIn(String email) {
        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/login");
        browser.findElement(By.id("f-email")).sendKeys(email);
        browser.findElement(By.id("f-password")).sendKeys(Fixtures.PASSWORD, Keys.ENTER);
        waitUntil(ExpectedConditions.urlContains("/admin"));
    }

    private <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        return Chromium.waitUntil(browser, condition);
    }

    /** The clipping as the monitoring desk would have stored it, dated now (the browser test runs on the real clock). */
    static final class TestServersClipping {

        static void insert(long unitId, String title) {
            vn.lantoa.testing.TestServers.sql("INSERT INTO press_clipping (unit_id, url, outlet_name, outlet_kind, title, published_on, tone, created_at, "
                    + "updated_at) VALUES (" + unitId + ", 'https://example.vn/bai', 'Báo Đắk Lắk', 'ONLINE', '" + title + "', UTC_DATE(), 'NEGATIVE', "
                    + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
        }
    }
}
