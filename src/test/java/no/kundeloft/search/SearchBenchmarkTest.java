package no.kundeloft.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import no.kundeloft.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Times the global search on the demo organisation (seeded into the test database: H2, or the
 * embedded PostgreSQL in the PostgreSQL run) as each demo account types: customer names and
 * organisation numbers, contacts' names and phone numbers, people, deals, and misses. Prints
 * p50/p95/max per account; asserts that hits come, never the time. Runs only when asked: {@code
 * ./mvnw test -Dtest=SearchBenchmarkTest -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(
        named = "benchmark",
        matches = "true",
        disabledReason = "benchmark: run with -Dbenchmark=true")
@SpringBootTest(properties = "kundeloft.demo.enabled=true")
@ActiveProfiles("test")
class SearchBenchmarkTest {

    private static final int WARM_UP = 50;

    @Autowired SearchService search;
    @Autowired SignIn signIn;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void search_as_one_types_on_the_demo_organisation() {
        List<String> typed = typedTexts();
        String database =
                jdbc.queryForObject("select 1", Integer.class) == 1 ? databaseName() : "?";
        System.out.printf(
                "%nGlobal search on the demo organisation (%s): %d customers, %d contacts, %d deals, %d visits; %d texts typed%n",
                database,
                count("customer"),
                count("contact"),
                count("deal"),
                count("visit"),
                typed.size());
        System.out.printf(
                "%-10s %8s %8s %8s %8s%n", "account", "p50 ms", "p95 ms", "max ms", "hits");
        for (String account : List.of("am", "teamlead", "manager", "director", "booker")) {
            signIn.as(account);
            typed.stream().limit(WARM_UP).forEach(text -> search.search(text, 5));
            double[] millis = new double[typed.size()];
            long hits = 0;
            for (int i = 0; i < typed.size(); i++) {
                long start = System.nanoTime();
                hits += search.search(typed.get(i), 5).size();
                millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            }
            Arrays.sort(millis);
            System.out.printf(
                    "%-10s %8.1f %8.1f %8.1f %8d%n",
                    account,
                    millis[millis.length / 2],
                    millis[(int) Math.ceil(millis.length * 0.95) - 1],
                    millis[millis.length - 1],
                    hits);
            assertThat(hits).as(account + " finds something").isPositive();
            SignIn.out();
        }
    }

    /**
     * What people type: beginnings and middles of names, parts of org numbers and phone numbers,
     * and misses.
     */
    private List<String> typedTexts() {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>();
        jdbc.queryForList("select name from customer order by id", String.class).stream()
                .filter(n -> n.length() > 6)
                .limit(60)
                .forEach(
                        name ->
                                texts.add(
                                        name.substring(random.nextInt(3), 3 + random.nextInt(4))));
        jdbc
                .queryForList(
                        "select org_number from customer where org_number is not null order by id",
                        String.class)
                .stream()
                .limit(30)
                .forEach(number -> texts.add(number.substring(0, 6)));
        jdbc.queryForList("select full_name from contact order by id", String.class).stream()
                .limit(40)
                .forEach(name -> texts.add(name.split(" ")[0]));
        jdbc
                .queryForList(
                        "select phone_digits from contact where phone_digits is not null order by id",
                        String.class)
                .stream()
                .filter(d -> d.length() >= 8)
                .limit(40)
                .forEach(
                        d ->
                                texts.add(
                                        d.substring(d.length() - 8, d.length() - 5)
                                                + " "
                                                + d.substring(d.length() - 5)));
        jdbc.queryForList("select title from deal order by id", String.class).stream()
                .limit(20)
                .forEach(title -> texts.add(title.split(" ")[0]));
        texts.addAll(List.of("zzqx", "qwerty", "Ølstue", "99999999", "xyz AS"));
        return texts;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private String databaseName() {
        return jdbc.execute(
                (java.sql.Connection c) ->
                        c.getMetaData().getDatabaseProductName()
                                + " "
                                + c.getMetaData().getDatabaseProductVersion());
    }
}
