package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every page the demo accounts use, at a laptop's 1366×850 and a phone's 390×844: nothing wider
 * than the screen, no grid column or header cut, no text drawn over other text (the checks are in
 * {@code browser/layout-problems.js}). Screenshots of each go to {@code target/layout}.
 */
class LayoutBrowserIT extends BrowserTest {

    private static final List<Dimension> SIZES =
            List.of(new Dimension(1366, 850), new Dimension(390, 844));
    private static final Path SCREENSHOTS = Path.of("target", "layout");

    @Autowired JdbcTemplate jdbc;

    private final List<String> problems = new ArrayList<>();

    @Test
    void every_page_fits_a_laptop_and_a_phone() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        check(
                "am",
                List.of(
                        "/",
                        "/customers",
                        "/customers/" + customerOf("am"),
                        "/visits/" + videoVisitOf("am"),
                        "/tasks",
                        "/pipeline"));
        check(
                "kam",
                List.of(
                        "/customers/" + keyCustomerOf("kam") + "/plan",
                        "/customers/" + keyCustomerOf("kam")));
        check(
                "manager",
                List.of(
                        "/",
                        "/attainment",
                        "/budgets",
                        "/budgets?subject=department-" + departmentOf("manager"),
                        "/customers/import"));
        check("teamlead", List.of("/", "/team", "/visits/overdue", "/pipeline/import"));
        check("director", List.of("/", "/visits", "/attainment", "/pipeline/review"));
        check("booker", List.of("/", "/visits"));
        check("caller", List.of("/", "/calls"));
        check("admin", List.of("/admin", "/admin/import"));
        Files.write(SCREENSHOTS.resolve("problems.txt"), problems);
        assertThat(problems).as("layout problems").isEmpty();
    }

    private void check(String username, List<String> paths) {
        signIn(username, "demo");
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        for (String path : paths) {
            for (Dimension size : SIZES) {
                showAs(size);
                browser.get(url(path));
                if (!settle()) {
                    problems.add(username + " " + path + ": the page did not open");
                    continue;
                }
                String name =
                        username
                                + path.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "")
                                + "-"
                                + size.getWidth();
                screenshot(name);
                @SuppressWarnings("unchecked")
                List<String> found =
                        (List<String>)
                                ((JavascriptExecutor) browser).executeScript(LAYOUT_PROBLEMS);
                found.forEach(
                        p ->
                                problems.add(
                                        username + " " + path + " @" + size.getWidth() + ": " + p));
            }
        }
        browser.manage().deleteAllCookies();
    }

    /** The page's own size, as a laptop or (touch, narrow) a phone shows it. */
    private void showAs(Dimension size) {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of(
                                "width",
                                size.getWidth(),
                                "height",
                                size.getHeight(),
                                "deviceScaleFactor",
                                1,
                                "mobile",
                                size.getWidth() < 600));
    }

    /** Waits for the server round trips and the charts' first drawing to finish. */
    private boolean settle() {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(
                            ExpectedConditions.presenceOfElementLocated(
                                    By.cssSelector("vaadin-app-layout")));
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
                .until(
                        driver ->
                                (Boolean)
                                        ((JavascriptExecutor) driver)
                                                .executeScript(
                                                        "return document.readyState === 'complete'"
                                                                + " && !document.querySelector('vaadin-connection-indicator[loading]')"));
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return browser.findElements(By.id("error-view")).isEmpty();
    }

    private void screenshot(String name) {
        try {
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(
                    shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Long customerOf(String username) {
        return jdbc.queryForObject(
                """
                select c.id from customer c join employee e on e.id = c.owner_id
                where e.username = ? and c.email is not null and c.phone is not null
                  and exists (select 1 from contact k where k.customer_id = c.id)
                order by c.id limit 1""",
                Long.class,
                username);
    }

    private Long keyCustomerOf(String username) {
        return jdbc.queryForObject(
                """
                select p.customer_id from account_plan p join customer c on c.id = p.customer_id
                join employee e on e.id = c.owner_id where e.username = ? order by p.customer_id limit 1""",
                Long.class,
                username);
    }

    private Long videoVisitOf(String username) {
        return jdbc.queryForObject(
                """
                select v.id from visit v join employee e on e.id = v.host_id
                where e.username = ? order by case when v.mode = 'VIDEO' then 0 else 1 end, v.id limit 1""",
                Long.class,
                username);
    }

    private Long departmentOf(String username) {
        return jdbc.queryForObject(
                "select d.id from department d join employee e on e.id = d.manager_id where e.username = ?",
                Long.class,
                username);
    }

    static final String LAYOUT_PROBLEMS;

    static {
        try (var in = LayoutBrowserIT.class.getResourceAsStream("/browser/layout-problems.js")) {
            LAYOUT_PROBLEMS = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
