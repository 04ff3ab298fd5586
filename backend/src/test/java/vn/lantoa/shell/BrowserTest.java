package vn.lantoa.shell;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lantoa.committee.CommitteeForm;
import vn.lantoa.committee.CommitteeReads;
import vn.lantoa.committee.CommitteeSeeder;
import vn.lantoa.tenancy.Membership;
import vn.lantoa.tenancy.MembershipRepository;
import vn.lantoa.tenancy.Role;
import vn.lantoa.testing.Chromium;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.unit.UnitRepository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    private void signIn(String email) {
        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/login");
        browser.findElement(By.id("f-email")).sendKeys(email);
        browser.findElement(By.id("f-password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(ExpectedConditions.urlContains("/admin/u/"));
    }

    private <T> void waitUntil(java.util.function.Function<WebDriver, T> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
    }
}
