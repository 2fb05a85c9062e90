package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Golden paths in a real headless Chromium against the running application with demo data.
 * Where Chromium is not installed the tests are skipped, saying how to install it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kundeloft.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class SignInBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed: run 'apt-get install -y chromium chromium-driver' to run the browser tests");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username, String password) {
        browser.get(url("/login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        WebElement pass = browser.findElement(By.cssSelector("input[name=password]"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
    }

    @Test
    void an_account_manager_signs_in_and_sees_the_customer_grid() {
        signIn("am", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        browser.get(url("/customers"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-count"), "60 customers"));
        WebElement grid = browser.findElement(By.tagName("vaadin-grid"));
        wait.until(d -> grid.getText().contains("Ola Hansen"));
        assertThat(browser.findElement(By.cssSelector(".user-name")).getText()).isEqualTo("Ola Hansen");
    }

    @Test
    void a_wrong_password_keeps_the_user_on_the_login_page_with_an_error() {
        signIn("am", "wrong");
        wait.until(ExpectedConditions.urlContains("/login?error"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("vaadin-login-form"), "error", "true"));
    }

    @Test
    void typing_another_managers_customer_into_the_address_bar_shows_not_found() {
        signIn("am", "demo");
        wait.until(ExpectedConditions.urlToBe(url("/")));
        Long othersCustomer = jdbc.queryForObject("""
                select min(c.id) from customer c join employee e on e.id = c.owner_id where e.username <> 'am'""", Long.class);
        browser.get(url("/customers/" + othersCustomer));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".not-found h2"), "Not found"));
    }
}
