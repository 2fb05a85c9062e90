package no.kundeloft.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A golden path in a real headless Chromium against the running application with demo data
 * (Debian's /usr/bin/chromium and /usr/bin/chromedriver, so nothing is downloaded). Where Chromium
 * is not installed the tests are skipped, saying how to install it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kundeloft.demo.enabled=true",
            "kundeloft.test.system-clock=true",
            "vaadin.devmode.devTools.enabled=false",
            "spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort int port;

    WebDriver browser;
    WebDriverWait wait;

    private final java.util.List<WebDriver> others = new java.util.ArrayList<>();

    @BeforeEach
    void startBrowser() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed: run 'apt-get install -y chromium chromium-driver' to run the browser tests");
        browser = newDriver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /**
     * A second browser, e.g. for another user signed in at the same time; closed after the test.
     */
    WebDriver anotherBrowser() {
        WebDriver other = newDriver();
        others.add(other);
        return other;
    }

    private static WebDriver newDriver() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1366,900",
                "--lang=en-GB");
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .build();
        return new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        others.forEach(WebDriver::quit);
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Fills in and submits the real login form. */
    void signIn(String username, String password) {
        signIn(browser, username, password);
    }

    void signIn(WebDriver browser, String username, String password) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                .sendKeys(username);
        WebElement passwordField = browser.findElement(By.cssSelector("input[name=password]"));
        passwordField.sendKeys(password);
        passwordField.sendKeys(Keys.ENTER);
    }
}
