package vn.lantoa.testing;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * Debian's Chromium and ChromeDriver, headless, for tests of what a page does in a browser. Nothing is
 * downloaded: .ci/run installs the two packages; without them the browser tests are skipped with a reason.
 */
public final class Chromium {

    private static final Path BROWSER = Path.of(System.getProperty("lantoa.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("lantoa.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    public static boolean available() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    public static String missing() {
        return "Chromium or ChromeDriver missing (" + BROWSER + ", " + DRIVER + "): apt-get install chromium chromium-driver";
    }

    public static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
        return driver;
    }

    /**
     * Waits up to 20 s for a condition. An element found on the old page and read after a form's submit has
     * loaded the new one is stale; the wait then looks again instead of failing (seen once in CI).
     */
    public static <T> T waitUntil(WebDriver browser, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }
}
