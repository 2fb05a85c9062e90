package no.kundeloft.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production jar on the generated data set (bench/node): start-up time (first and second
 * start), what a browser downloads for the sign-in page and the home page, and the heap each
 * signed-in user holds — N of the data set's sellers sign in through Chromium one after another and
 * open home and then /customers (by the menu, as people do), heap after a full GC minus the heap
 * before, divided by N. Writes target/bench/node.md.
 */
@EnabledIfSystemProperty(
        named = "nodebench",
        matches = "true",
        disabledReason = "the node benchmark: run bench/node")
@DisabledIfSystemProperty(
        named = "kundeloft.test.database",
        matches = "postgresql",
        disabledReason = "it starts its own PostgreSQL")
class NodeBenchmark {

    private static final int PORT = 18090;
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Map<String, String> table = new LinkedHashMap<>();
    private ProductionNode node;
    private EmbeddedPostgres postgres;
    private WebDriver browser;
    private Path work;

    @AfterEach
    void stopAll() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (node != null) {
            node.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void start_up_download_and_memory_per_user() throws Exception {
        int scale = Integer.getInteger("kundeloft.bench.scale", 20);
        int users = Integer.getInteger("kundeloft.bench.users", 200);
        work = Files.createTempDirectory("kundeloft-node-bench");
        postgres = EmbeddedPostgres.builder().start();
        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());

        long generating = System.nanoTime();
        ProductionNode.generateDataSet(work, postgres.getPort(), scale);
        table.put(
                "data set",
                String.format(
                        "scale %d: %,d customers, %,d revenue months, made in %d s",
                        scale,
                        jdbc.queryForObject("select count(*) from customer", Long.class),
                        jdbc.queryForObject("select count(*) from revenue_entry", Long.class),
                        (System.nanoTime() - generating) / 1_000_000_000));

        ProductionNode first = ProductionNode.start(work, "node-1", postgres.getPort(), PORT, null);
        table.put(
                "start-up, first start on the data set (to the sign-in page answering)",
                first.waitUntilServing() + " ms");
        first.stop();
        node = ProductionNode.start(work, "node-2", postgres.getPort(), PORT, null);
        table.put("start-up, second start", node.waitUntilServing() + " ms");

        browser = browser();
        browser.get(url("/login"));
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("input[name=username]")));
        table.put("sign-in page, downloaded by a browser with an empty cache", downloaded());
        signIn("ds.am1");
        table.put("home page after signing in (cache warm from the sign-in page)", downloaded());

        long before = heapAfterGc(node);
        Map<String, long[]> histogramBefore = histogram(node);
        long started = System.nanoTime();
        List<String> sellers =
                jdbc.queryForList(
                        "select username from employee where sales_role in ('ACCOUNT_MANAGER', 'KEY_ACCOUNT_MANAGER')"
                                + " order by id",
                        String.class);
        for (int i = 0; i < users; i++) {
            browser.manage().deleteAllCookies();
            signIn(sellers.get(i % sellers.size()));
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(
                            ExpectedConditions.elementToBeClickable(
                                    By.cssSelector("vaadin-side-nav-item[path='customers']")))
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("customer-count")));
        }
        long signedIn = (System.nanoTime() - started) / 1_000_000_000;
        long after = heapAfterGc(node);
        writeHeapGrowth(histogramBefore, histogram(node), users);
        table.put(
                "heap after a full GC: before the users / with "
                        + users
                        + " signed in on /customers",
                before / 1024 + " MB / " + after / 1024 + " MB");
        table.put(
                "heap per signed-in user (home, then /customers by the menu)",
                String.format(
                        "%d KB (%d users signed in within %d s)",
                        (after - before) / users, users, signedIn));

        StringBuilder out =
                new StringBuilder(
                        "## Node benchmark\n\nProduction jar, Java "
                                + System.getProperty("java.version")
                                + ", PostgreSQL "
                                + jdbc.queryForObject("show server_version", String.class)
                                + ", "
                                + Runtime.getRuntime().availableProcessors()
                                + " cores\n\n| measure | figure |\n|---|---|\n");
        table.forEach(
                (measure, figure) ->
                        out.append("| ")
                                .append(measure)
                                .append(" | ")
                                .append(figure)
                                .append(" |\n"));
        System.out.println("\n" + out);
        Path file = Path.of("target/bench/node.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    /** What the page downloaded: bytes over the wire and unpacked, and how many requests. */
    private String downloaded() {
        @SuppressWarnings("unchecked")
        List<Number> sizes =
                (List<Number>)
                        ((JavascriptExecutor) browser)
                                .executeScript(
                                        """
                const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
                performance.clearResourceTimings();
                return [entries.reduce((s, e) => s + e.transferSize, 0), entries.reduce((s, e) => s + e.decodedBodySize, 0), entries.length];""");
        return String.format(
                "%d KB over the wire (%d KB unpacked) in %d requests",
                sizes.get(0).longValue() / 1024,
                sizes.get(1).longValue() / 1024,
                sizes.get(2).longValue());
    }

    private void signIn(String username) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")))
                .sendKeys(username);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys("demo", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notification-bell")));
    }

    /** The node's used heap in KB after a full collection, read with jcmd. */
    private long heapAfterGc(ProductionNode node) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, String.valueOf(node.pid()), "GC.run").start().waitFor();
        Thread.sleep(500);
        new ProcessBuilder(jcmd, String.valueOf(node.pid()), "GC.run").start().waitFor();
        Process info = new ProcessBuilder(jcmd, String.valueOf(node.pid()), "GC.heap_info").start();
        String text = new String(info.getInputStream().readAllBytes());
        info.waitFor();
        Matcher used = HEAP_USED.matcher(text);
        assertThat(used.find()).as("heap info: %s", text).isTrue();
        return Long.parseLong(used.group(1));
    }

    /**
     * Bytes and instances per class on the heap (jcmd GC.class_histogram, which collects first).
     */
    private static Map<String, long[]> histogram(ProductionNode node)
            throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process run =
                new ProcessBuilder(jcmd, String.valueOf(node.pid()), "GC.class_histogram").start();
        Map<String, long[]> classes = new LinkedHashMap<>();
        for (String line : new String(run.getInputStream().readAllBytes()).split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                classes.put(
                        parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
            }
        }
        run.waitFor();
        return classes;
    }

    /**
     * The classes whose heap grew most with the users, per user: where a signed-in user's memory
     * goes.
     */
    private static void writeHeapGrowth(
            Map<String, long[]> before, Map<String, long[]> after, int users) throws IOException {
        List<String> lines = new ArrayList<>(List.of("bytes per user  instances per user  class"));
        after.entrySet().stream()
                .map(
                        entry ->
                                Map.entry(
                                        entry.getKey(),
                                        new long[] {
                                            entry.getValue()[0]
                                                    - before.getOrDefault(
                                                                    entry.getKey(), new long[2])[0],
                                            entry.getValue()[1]
                                                    - before.getOrDefault(
                                                                    entry.getKey(), new long[2])[1]
                                        }))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(40)
                .forEach(
                        entry ->
                                lines.add(
                                        String.format(
                                                "%14d  %18.1f  %s",
                                                entry.getValue()[1] / users,
                                                entry.getValue()[0] / (double) users,
                                                entry.getKey())));
        Files.createDirectories(Path.of("target/bench"));
        Files.write(Path.of("target/bench/heap-per-user.txt"), lines);
    }

    private static WebDriver browser() {
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
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                        .build(),
                options);
    }

    private static String url(String path) {
        return "http://localhost:" + PORT + path;
    }
}
