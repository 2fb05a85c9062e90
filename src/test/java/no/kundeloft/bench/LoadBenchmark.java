package no.kundeloft.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Round trips under load (bench/load): the production jar on the data set, pinned to core 0, and
 * this driver pinned to core 1. N users (300 unless told) sign in over the first minute, as a sales
 * organisation does around eight, each with its own session, then work like people with 2–6 s of
 * thinking between clicks: each click moves their page to another view (home, customers, tasks,
 * visits, pipeline, attainment) through Vaadin's own protocol — the UIDL navigation message the
 * browser sends for a menu link —, and the driver times the answer. Writes target/bench/load.md.
 */
@EnabledIfSystemProperty(
        named = "loadbench",
        matches = "true",
        disabledReason = "the load benchmark: run bench/load")
@DisabledIfSystemProperty(
        named = "kundeloft.test.database",
        matches = "postgresql",
        disabledReason = "it starts its own PostgreSQL")
class LoadBenchmark {

    private static final int PORT = 18095;
    private static final String[] VIEWS = {
        "", "customers", "tasks", "visits", "pipeline", "attainment"
    };
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConcurrentLinkedQueue<Long> clicks = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> signIns = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger working = new AtomicInteger();
    private EmbeddedPostgres postgres;
    private ProductionNode node;

    @AfterEach
    void stopAll() throws Exception {
        if (node != null) {
            node.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void users_clicking_with_think_time() throws Exception {
        int scale = Integer.getInteger("kundeloft.bench.scale", 20);
        int users = Integer.getInteger("kundeloft.bench.users", 300);
        int seconds = Integer.getInteger("kundeloft.bench.seconds", 180);
        Path work = Files.createTempDirectory("kundeloft-load");
        postgres = EmbeddedPostgres.builder().start();
        JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        ProductionNode.generateDataSet(work, postgres.getPort(), scale);
        List<String> people =
                jdbc.queryForList(
                        """
                select username from employee where sales_role in ('ACCOUNT_MANAGER', 'KEY_ACCOUNT_MANAGER', 'TEAM_LEADER', 'SALES_MANAGER')
                order by id""",
                        String.class);
        node = ProductionNode.start(work, "node", postgres.getPort(), PORT, "0");
        node.waitUntilServing();
        new ProcessBuilder(
                        "taskset", "-a", "-cp", "1", String.valueOf(ProcessHandle.current().pid()))
                .start()
                .waitFor();

        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60 + seconds);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                String username = people.get(i % people.size());
                long startAt =
                        System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(60_000L * i / users);
                pool.submit(() -> user(username, startAt, end));
            }
        }
        List<Long> sorted = new ArrayList<>(clicks);
        Collections.sort(sorted);
        List<Long> signInTimes = new ArrayList<>(signIns);
        Collections.sort(signInTimes);
        String table =
                "## Load benchmark\n\n"
                        + String.format(
                                "%d users (of the data set at scale %d), signing in over 60 s, then %d s of "
                                        + "clicks with 2–6 s thinking; the production jar pinned to core 0 (-Xmx1g), the driver to core 1; Java %s%n%n",
                                users, scale, seconds, System.getProperty("java.version"))
                        + "| measure | figure |\n|---|---|\n"
                        + "| clicks answered (view changes over UIDL) | "
                        + sorted.size()
                        + " |\n"
                        + "| round trip of a click, p50 / p95 / p99 / max | "
                        + percentile(sorted, 50)
                        + " / "
                        + percentile(sorted, 95)
                        + " / "
                        + percentile(sorted, 99)
                        + " / "
                        + percentile(sorted, 100)
                        + " ms |\n"
                        + "| sign-in (form post, first page and its UI), p50 / p95 | "
                        + percentile(signInTimes, 50)
                        + " / "
                        + percentile(signInTimes, 95)
                        + " ms |\n"
                        + "| errors | "
                        + errors.size()
                        + (errors.isEmpty() ? "" : " (first: " + errors.peek() + ")")
                        + " |\n";
        System.out.println("\n" + table);
        Path file = Path.of("target/bench/load.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table);
        assertThat(sorted).isNotEmpty();
    }

    private void user(String username, long startAt, long end) {
        try {
            sleepUntil(startAt);
            HttpClient http =
                    HttpClient.newBuilder()
                            .cookieHandler(new CookieManager())
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(Duration.ofSeconds(10))
                            .build();
            long began = System.nanoTime();
            get(http, "/login");
            HttpResponse<String> signedIn =
                    http.send(
                            HttpRequest.newBuilder(uri("/login"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "username="
                                                            + URLEncoder.encode(
                                                                    username,
                                                                    StandardCharsets.UTF_8)
                                                            + "&password=demo"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 302
                    || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                errors.add(
                        username
                                + " could not sign in: "
                                + signedIn.statusCode()
                                + " "
                                + signedIn.headers().firstValue("Location").orElse(""));
                return;
            }
            Page page = Page.open(JSON.readTree(get(http, "/?v-r=init&location=&query=")));
            signIns.add((System.nanoTime() - began) / 1_000_000);
            working.incrementAndGet();
            while (System.nanoTime() < end) {
                Thread.sleep(2_000 + ThreadLocalRandom.current().nextInt(4_000));
                String view = VIEWS[ThreadLocalRandom.current().nextInt(VIEWS.length)];
                long clicked = System.nanoTime();
                HttpResponse<String> answer =
                        http.send(
                                HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + page.uiId))
                                        .header("Content-Type", "application/json; charset=UTF-8")
                                        .POST(
                                                HttpRequest.BodyPublishers.ofString(
                                                        page.navigation(view)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                long took = (System.nanoTime() - clicked) / 1_000_000;
                String body =
                        answer.body().startsWith("for(;;);")
                                ? answer.body().substring("for(;;);".length())
                                : answer.body();
                if (answer.statusCode() != 200
                        || !body.contains("\"changes\"")
                        || body.contains("\"appError\"")
                        || body.contains("sessionExpired")) {
                    errors.add(
                            username
                                    + " → "
                                    + view
                                    + ": "
                                    + answer.statusCode()
                                    + " "
                                    + body.substring(0, Math.min(200, body.length())));
                    return;
                }
                JsonNode message = JSON.readTree(body);
                page.answered(message.isArray() ? message.get(0) : message);
                clicks.add(took);
            }
        } catch (IOException | RuntimeException e) {
            errors.add(username + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The user's page as Vaadin's client keeps it: which UI, its security key, and the message
     * counters.
     */
    private static final class Page {
        private final int uiId;
        private final String csrf;
        private int syncId;
        private int clientId;

        private Page(int uiId, String csrf, int syncId, int clientId) {
            this.uiId = uiId;
            this.csrf = csrf;
            this.syncId = syncId;
            this.clientId = clientId;
        }

        static Page open(JsonNode init) {
            JsonNode config = init.path("appConfig");
            JsonNode uidl = config.path("uidl");
            return new Page(
                    config.path("v-uiId").asInt(),
                    uidl.path("Vaadin-Security-Key").asString(),
                    uidl.path("syncId").asInt(),
                    uidl.path("clientId").asInt());
        }

        /**
         * What the browser sends when a menu link is clicked: the ui-navigate event on the UI's own
         * node.
         */
        String navigation(String view) {
            return "{\"csrfToken\":\""
                    + csrf
                    + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":"
                    + "{\"route\":\""
                    + view
                    + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},\"trigger\":\"\"}}],"
                    + "\"syncId\":"
                    + syncId
                    + ",\"clientId\":"
                    + clientId
                    + "}";
        }

        void answered(JsonNode message) {
            syncId = message.path("syncId").asInt(syncId);
            clientId = message.path("clientId").asInt(clientId + 1);
        }
    }

    private static String get(HttpClient http, String path)
            throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(uri(path)).build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + PORT + path);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }
}
