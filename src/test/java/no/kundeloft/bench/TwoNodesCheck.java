package no.kundeloft.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two-node check (bench/two-nodes, decision 028): PostgreSQL, two production-jar nodes and
 * nginx on loopback. A director signs in on node a and asks to join a visit of am, who is signed in
 * on node b; the check times the request reaching am's bell. Then node a is stopped: am carries on,
 * and the director signs in again and lands on node b. Prints what it saw and writes it to
 * target/bench/two-nodes.md.
 */
@EnabledIfSystemProperty(
        named = "twonodes",
        matches = "true",
        disabledReason = "the two-node check: run bench/two-nodes")
@DisabledIfSystemProperty(
        named = "kundeloft.test.database",
        matches = "postgresql",
        disabledReason = "it starts its own PostgreSQL")
class TwoNodesCheck {

    private static final int BALANCER = 18080;
    private static final int NODE_A = 18081;
    private static final int NODE_B = 18082;

    private final List<String> report = new ArrayList<>();
    private final List<WebDriver> browsers = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private final List<ProductionNode> nodes = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private Path work;

    @AfterEach
    void stopAll() throws Exception {
        browsers.forEach(WebDriver::quit);
        processes.forEach(Process::destroy);
        for (ProductionNode node : nodes) {
            node.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void a_join_request_crosses_nodes_and_users_survive_a_node_stopping() throws Exception {
        work = Files.createTempDirectory("kundeloft-two-nodes");
        postgres = EmbeddedPostgres.builder().start();
        DataSource dataSource = postgres.getPostgresDatabase();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        say(
                "PostgreSQL %s on port %d",
                jdbc.queryForObject("show server_version", String.class), postgres.getPort());

        ProductionNode nodeA =
                ProductionNode.start(
                        work,
                        "node-a",
                        postgres.getPort(),
                        NODE_A,
                        null,
                        "--spring.profiles.active=prod,demo",
                        "--kundeloft.node.name=a");
        say("node a (with the demo data) answers after %d s", nodeA.waitUntilServing() / 1000);
        nodes.add(nodeA);
        ProductionNode nodeB =
                ProductionNode.start(
                        work,
                        "node-b",
                        postgres.getPort(),
                        NODE_B,
                        null,
                        "--kundeloft.node.name=b");
        nodes.add(nodeB);
        say("node b answers after %d s", nodeB.waitUntilServing() / 1000);
        balancer();

        WebDriver director = browser();
        WebDriver am = browser();
        signIn(am, "b", "am");
        signIn(director, "a", "director");
        say("director signed in through nginx on node %s, am on node %s", node(director), node(am));
        assertThat(node(director)).isEqualTo("a");
        assertThat(node(am)).isEqualTo("b");

        Long visit =
                jdbc.queryForObject(
                        """
                select v.id from visit v join employee e on e.id = v.host_id
                where e.username = 'am' and v.status = 'PLANNED' and v.starts_at > current_timestamp
                  and not exists (select 1 from visit_participant p where p.visit_id = v.id)
                order by v.starts_at limit 1""",
                        Long.class);
        String before = bell(am);
        director.get(url("/visits/" + visit));
        new WebDriverWait(director, Duration.ofSeconds(60))
                .until(ExpectedConditions.elementToBeClickable(By.id("visit-join")))
                .click();
        long asked = System.nanoTime();
        long heard = 0;
        while (System.nanoTime() - asked < Duration.ofSeconds(10).toNanos()) {
            if (!bell(am).equals(before)) {
                heard = System.nanoTime();
                break;
            }
            Thread.sleep(10);
        }
        assertThat(heard).as("am's bell changed within ten seconds").isPositive();
        say(
                "the director's join request on node a reached am's bell on node b %d ms after the click (bell %s → %s)",
                (heard - asked) / 1_000_000, before.isEmpty() ? "0" : before, bell(am));

        nodeA.stop();
        say("node a stopped");
        am.get(url("/customers"));
        new WebDriverWait(am, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("customer-count")));
        say(
                "am on node b carries on without signing in again: /customers shows %s",
                am.findElement(By.id("customer-count")).getText());
        assertThat(am.getCurrentUrl()).endsWith("/customers");

        director.get(url("/"));
        new WebDriverWait(director, Duration.ofSeconds(30))
                .until(ExpectedConditions.urlContains("/login"));
        say(
                "the director's next page went to node b, which asked to sign in again (%s)",
                director.getCurrentUrl().replace(url(""), ""));
        signIn(director, null, "director");
        assertThat(node(director)).isEqualTo("b");
        say("the director signed in again and is on node %s", node(director));

        Path file = Path.of("target/bench/two-nodes.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report);
    }

    private void balancer() throws IOException, InterruptedException {
        String conf =
                Files.readString(Path.of("ops/nginx-two-nodes.conf"))
                        .replace("${PREFIX}", work.toString())
                        .replace("${PORT}", String.valueOf(BALANCER))
                        .replace("${NODE_A}", "127.0.0.1:" + NODE_A)
                        .replace("${NODE_B}", "127.0.0.1:" + NODE_B);
        Files.writeString(work.resolve("nginx.conf"), conf);
        Files.copy(Path.of("ops/proxy-headers.conf"), work.resolve("proxy-headers.conf"));
        Process nginx =
                new ProcessBuilder(
                                "/usr/sbin/nginx",
                                "-p",
                                work.toString(),
                                "-c",
                                work.resolve("nginx.conf").toString(),
                                "-g",
                                "daemon off;")
                        .redirectErrorStream(true)
                        .redirectOutput(work.resolve("nginx.out").toFile())
                        .start();
        processes.add(nginx);
        Thread.sleep(500);
        assertThat(nginx.isAlive()).as("nginx runs; see %s", work).isTrue();
        say("nginx on port %d in front of both", BALANCER);
    }

    private WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
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
        WebDriver driver =
                new ChromeDriver(
                        new ChromeDriverService.Builder()
                                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                                .build(),
                        options);
        browsers.add(driver);
        return driver;
    }

    /**
     * Signs in through nginx; {@code node} names the node to start on (as a browser that was there
     * before would).
     */
    private void signIn(WebDriver browser, String node, String username) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        if (node != null) {
            browser.get(url("/login"));
            browser.manage().deleteAllCookies();
            browser.manage().addCookie(new Cookie("KUNDELOFT_NODE", node));
        }
        browser.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                .sendKeys(username);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys("demo", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notification-bell")));
    }

    private static String node(WebDriver browser) {
        Cookie cookie = browser.manage().getCookieNamed("KUNDELOFT_NODE");
        return cookie == null ? "none" : cookie.getValue();
    }

    private static String bell(WebDriver browser) {
        List<org.openqa.selenium.WebElement> count =
                browser.findElements(By.id("notification-count"));
        return count.isEmpty() ? "" : count.getFirst().getText();
    }

    private static String url(String path) {
        return "http://localhost:" + BALANCER + path;
    }

    private void say(String format, Object... args) {
        String line = String.format(format, args);
        report.add("- " + line);
        System.out.println("two nodes: " + line);
    }
}
