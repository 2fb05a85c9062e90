package no.kundeloft.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import kotlin.jvm.functions.Function0;
import no.kundeloft.SignIn;
import no.kundeloft.TestClock;
import no.kundeloft.attainment.AttainmentService;
import no.kundeloft.attainment.Node;
import no.kundeloft.base.i18n.Translations;
import no.kundeloft.dataset.DataSetGenerator;
import no.kundeloft.pipeline.DealFilter;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.revenue.RollupLevel;
import no.kundeloft.security.KundeloftUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scale benchmark (bench/README.md): the generated data set at {@code kundeloft.bench.scale}
 * (20 unless told) on the embedded PostgreSQL, then SQL statements and times of the pages and
 * reports a seller and a director use, printed as a table and written to {@code
 * target/bench/scale.md} (each page's statements to {@code statements.md}). Figures, not pass or
 * fail: it asserts only that it measured something. Run by {@code bench/run}.
 */
@EnabledIfSystemProperty(
        named = "benchmark",
        matches = "true",
        disabledReason = "benchmark: run with bench/run")
@EnabledIfSystemProperty(
        named = "kundeloft.test.database",
        matches = "postgresql",
        disabledReason = "benchmarks run on PostgreSQL")
@SpringBootTest
@ActiveProfiles("test")
@Import(StatementCounter.class)
class ScaleBenchmark {

    private static final int PAGE = 50;
    private static final int ROUNDS = 60;

    @Autowired ApplicationContext context;
    @Autowired DataSetGenerator generator;
    @Autowired JdbcTemplate jdbc;
    @Autowired SignIn signIn;
    @Autowired TestClock clock;
    @Autowired AttainmentService attainment;
    @Autowired DealService deals;

    private final Map<String, String> table = new LinkedHashMap<>();
    private final StringBuilder statements = new StringBuilder();
    private final Random random = new Random(15);

    @AfterEach
    void tearDown() {
        SignIn.out();
        MockVaadin.tearDown();
        clock.reset();
    }

    @Test
    void scale() throws IOException {
        int scale = Integer.getInteger("kundeloft.bench.scale", 20);
        clock.set(Instant.now(java.time.Clock.systemUTC()));
        long start = System.nanoTime();
        DataSetGenerator.Made made = generator.generate(scale, "demo", line -> {});
        jdbc.execute("analyze");
        String conditions =
                String.format(
                        "scale %d on %s: %,d customers, %,d revenue months, %,d visits, %,d deals; generated in %.0f s; "
                                + "%d cores, heap %d MB, %s",
                        scale,
                        database(),
                        made.customers(),
                        made.revenueRows(),
                        made.visits(),
                        made.deals(),
                        (System.nanoTime() - start) / 1e9,
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20,
                        Instant.now(java.time.Clock.systemUTC()));

        Routes routes = new Routes().autoDiscoverViews("no.kundeloft");
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        UI.getCurrent().setLocale(Translations.ENGLISH);

        for (String user : List.of("ds.am1", "ds.leader1", "ds.manager1", "ds.director1")) {
            login(user);
            pages(user);
        }
        login("ds.director1");
        reports();

        StringBuilder out =
                new StringBuilder(
                        "## Scale benchmark\n\n"
                                + conditions
                                + "\n\n| measure | figure |\n|---|---|\n");
        table.forEach(
                (measure, figure) ->
                        out.append("| ")
                                .append(measure)
                                .append(" | ")
                                .append(figure)
                                .append(" |\n"));
        System.out.println("\n" + out);
        Path file = Path.of("target/bench/scale.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        Files.writeString(file.resolveSibling("statements.md"), statements);
        assertThat(table).isNotEmpty();
    }

    private void pages(String user) {
        measureOpen(user + ": home (open)", "");
        measureOpen(user + ": /customers (open)", "customers");
        Grid<?> grid = _get(Grid.class);
        int size = GridKt._size(grid);
        StatementCounter.start();
        GridKt._fetch(grid, Math.min(PAGE, Math.max(0, size - PAGE)), PAGE);
        record(
                user + ": customer grid, one page scrolled (" + size + " rows)",
                StatementCounter.stop());
        String[] queries = {
            "customers?sort=-name",
            "customers?status=ACTIVE&sort=owner,name",
            "customers?q=kunde%201&sort=name"
        };
        for (String query : queries) {
            go(query);
            Grid<?> filtered = _get(Grid.class);
            int rows = GridKt._size(filtered);
            List<Long> scrolling = new ArrayList<>();
            List<Long> jumps = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                scrolling.add(
                        fetch(filtered, Math.min(round % 20 * PAGE, Math.max(0, rows - PAGE))));
                jumps.add(
                        fetch(
                                filtered,
                                rows <= PAGE ? 0 : random.nextInt(rows - PAGE) / PAGE * PAGE));
            }
            table.put(
                    user
                            + ": grid page /"
                            + query
                            + " ("
                            + rows
                            + " rows), scrolling the first 20 pages",
                    percentiles(scrolling));
            table.put(user + ": grid page /" + query + ", jumping to any page", percentiles(jumps));
        }
        Long customer =
                jdbc.queryForObject(
                        "select min(id) from customer where owner_id in (select id from employee where username = ?)"
                                + " or ? <> 'ds.am1'",
                        Long.class,
                        user,
                        user);
        measureOpen(user + ": a customer's page", "customers/" + customer);
    }

    private void reports() {
        Long division =
                jdbc.queryForObject(
                        "select id from division where director_id = (select id from employee where username = 'ds.director1')",
                        Long.class);
        Long department =
                jdbc.queryForObject(
                        "select min(id) from department where division_id = ?",
                        Long.class,
                        division);
        Long team =
                jdbc.queryForObject(
                        "select min(id) from team where department_id = ?", Long.class, department);
        Long seller =
                jdbc.queryForObject(
                        "select min(id) from employee where team_id = ? and sales_role = 'ACCOUNT_MANAGER'",
                        Long.class,
                        team);
        int year = attainment.currentYear();
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put("division", Node.of(RollupLevel.DIVISION, division));
        nodes.put("department", Node.of(RollupLevel.DEPARTMENT, department));
        nodes.put("team", Node.of(RollupLevel.TEAM, team));
        nodes.put("seller", Node.of(RollupLevel.SELLER, seller));
        nodes.forEach(
                (level, node) ->
                        time(
                                "attainment report with pipeline coverage, "
                                        + level
                                        + " "
                                        + year
                                        + " (ds.director1)",
                                () -> attainment.report(node, year)));
        time("pipeline board, the division (ds.director1)", () -> deals.board(DealFilter.open()));
        time("pipeline review (ds.director1)", deals::review);
    }

    private static long fetch(Grid<?> grid, int offset) {
        long began = System.nanoTime();
        GridKt._fetch(grid, offset, PAGE);
        return System.nanoTime() - began;
    }

    private void time(String measure, Supplier<?> work) {
        work.get();
        StatementCounter.start();
        work.get();
        int statements = StatementCounter.stop().size();
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            long began = System.nanoTime();
            work.get();
            times.add(System.nanoTime() - began);
        }
        table.put(measure, percentiles(times) + ", " + statements + " statements");
    }

    /**
     * Opens the page coming from another view: Vaadin keeps a view on screen when its own address
     * is asked for again.
     */
    private void measureOpen(String measure, String location) {
        go(location);
        go(location.startsWith("customers") ? "tasks" : "customers");
        StatementCounter.start();
        long began = System.nanoTime();
        go(location);
        long took = System.nanoTime() - began;
        List<String> statements = StatementCounter.stop();
        table.put(measure, statements.size() + " statements, " + took / 1_000_000 + " ms");
        keep(measure, statements);
    }

    private void record(String measure, List<String> statements) {
        table.put(measure, statements.size() + " statements");
        keep(measure, statements);
    }

    /** Keeps what a page asked the database, for target/bench/statements.md. */
    private void keep(String measure, List<String> sql) {
        statements.append("## ").append(measure).append("\n\n");
        sql.forEach(
                statement ->
                        statements
                                .append("    ")
                                .append(statement.replaceAll("\\s+", " "))
                                .append("\n"));
        statements.append("\n");
    }

    private static String percentiles(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(
                "p50 %.1f ms, p95 %.1f ms",
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6);
    }

    private void login(String username) {
        KundeloftUser user = signIn.as(username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((principal, role) -> user.role().name().equals(role));
    }

    private static void go(String location) {
        Location parsed = new Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
    }

    private String database() {
        return jdbc.execute(
                (java.sql.Connection c) ->
                        c.getMetaData().getDatabaseProductName()
                                + " "
                                + c.getMetaData().getDatabaseProductVersion());
    }
}
