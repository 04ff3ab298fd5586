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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.lantoa.brand.IdentityForm;
import vn.lantoa.brand.IdentityService;
import vn.lantoa.files.FileService;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleDraft;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.testing.Chromium;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Images;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A school's site with its own colour, logo, banner and slideshow, in a real browser at a phone's size and a desktop's. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteIdentityBrowserTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    IdentityService identities;
    @Inject
    ArticleService articles;
    @Inject
    FileService files;
    @Inject
    UnitRefRepository refs;

    Fixtures.World world;
    ChromeDriver browser;
    String home;

    @BeforeAll
    void start() {
        assumeTrue(Chromium.available(), Chromium.missing());
        world = fixtures.world();
        Actor platform = fixtures.actor(world.platformAdmin());
        UnitRef a = refs.findById(world.a().id()).orElseThrow();
        var errors = identities.save(platform, a, new IdentityForm("#1b7a3a", "true", "", "", "", ""),
                new IdentityService.Files(new IdentityService.Upload("logo.png", Images.PNG),
                        new IdentityService.Upload("anh-nen.jpg", Images.jpeg(1800, 400)), null));
        assertThat(errors.hasAny()).isFalse();
        for (String title : List.of("Lễ khai giảng năm học mới", "Hội khỏe Phù Đổng cấp trường", "Học sinh đạt giải Olympic Tiếng Anh")) {
            long cover = files.upload(platform, a, "anh.jpg", new ByteArrayInputStream(Images.jpeg(1200, 675))).id();
            Article created = articles.create(platform, a, new ArticleDraft(ArticleKind.NEWS, title, null, "Tóm tắt", "<p>Nội dung.</p>", null,
                    cover, "Ảnh: " + title, true, List.of(), List.of(), null, null, null));
            articles.submit(platform, a, created.id());
            articles.approve(platform, a, created.id());
            articles.publish(platform, a, created.id(), null);
        }
        home = server.getURL() + "/" + world.a().slug() + "/";
        browser = Chromium.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void onAPhoneTheMenuIsFoldedBehindAButtonThatOpensAndClosesWithTheKeyboard() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(home);
            WebElement button = browser.findElement(By.cssSelector(".site-nav .menu-button"));
            WebElement menu = browser.findElement(By.id(button.getAttribute("aria-controls")));
            assertThat(button.isDisplayed()).isTrue();
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(menu.isDisplayed()).isFalse();

            button.sendKeys(Keys.ENTER);
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(menu.isDisplayed()).isTrue();
            assertThat(browser.findElement(By.linkText("Liên hệ")).isDisplayed()).isTrue();

            browser.findElement(By.linkText("Liên hệ")).sendKeys(Keys.ESCAPE);
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(menu.isDisplayed()).isFalse();
            assertThat(browser.switchTo().activeElement()).isEqualTo(button);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void onADesktopTheMenuIsOpenWithNoButton() {
        browser.get(home);
        assertThat(browser.findElement(By.cssSelector(".site-nav .menu-button")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("site-menu")).isDisplayed()).isTrue();
    }

    @Test
    void theSlideshowShowsOneCoverAtATimeAndTheVisitorCanPauseItAndStepThrough() {
        browser.get(home);
        List<WebElement> slides = browser.findElements(By.cssSelector(".slideshow .slide"));
        assertThat(slides).hasSize(3);
        assertThat(slides.stream().filter(WebElement::isDisplayed).count()).isEqualTo(1);
        assertThat(slides.get(0).isDisplayed()).isTrue();

        WebElement toggle = browser.findElement(By.cssSelector("[data-slideshow-toggle]"));
        assertThat(toggle.getText()).isEqualTo("Dừng trình chiếu");
        toggle.click();
        assertThat(toggle.getText()).isEqualTo("Tiếp tục trình chiếu");
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");

        browser.findElement(By.cssSelector("[data-slideshow-next]")).sendKeys(Keys.ENTER);
        assertThat(slides.get(1).isDisplayed()).isTrue();
        assertThat(slides.get(0).isDisplayed()).isFalse();
        browser.findElement(By.cssSelector("[data-slideshow-previous]")).sendKeys(Keys.ENTER);
        browser.findElement(By.cssSelector("[data-slideshow-previous]")).sendKeys(Keys.ENTER);
        assertThat(slides.get(2).isDisplayed()).as("wraps around").isTrue();
    }

    @Test
    void whenTheVisitorAsksForReducedMotionTheSlideshowStartsStopped() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        try {
            browser.get(home);
            WebElement toggle = browser.findElement(By.cssSelector("[data-slideshow-toggle]"));
            assertThat(toggle.getText()).isEqualTo("Tiếp tục trình chiếu");
            assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    @Test
    void theHomePageWithItsOwnColourBannerAndSlideshowPassesAxeAtPhoneAndDesktopSizes() throws Exception {
        String axe = SiteBrowserTest.axe();
        for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1280, 900))) {
            browser.manage().window().setSize(size);
            browser.get(home);
            assertThat(browser.findElement(By.tagName("body")).getDomAttribute("style")).contains("--site-colour:#1b7a3a");
            assertThat(browser.findElement(By.cssSelector(".site-logo")).getAttribute("naturalWidth")).isNotEqualTo("0");
            assertThat(SiteBrowserTest.axeViolations(browser, axe)).as("axe at " + size).isEmpty();
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
