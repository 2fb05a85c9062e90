package no.kundeloft.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Times the data set at scale 20 on the test database (H2, or the embedded PostgreSQL in the
 * PostgreSQL run) and prints the figures; asserts the counts, never the time. Runs only when asked:
 * {@code ./mvnw test -Dtest=DataSetBenchmarkTest -Dbenchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(
        named = "benchmark",
        matches = "true",
        disabledReason = "benchmark: run with -Dbenchmark=true")
@SpringBootTest
@ActiveProfiles("test")
class DataSetBenchmarkTest {

    @Autowired DataSetGenerator generator;
    @Autowired JdbcTemplate jdbc;

    @Test
    void scale_twenty() {
        String database =
                jdbc.execute(
                        (java.sql.Connection c) ->
                                c.getMetaData().getDatabaseProductName()
                                        + " "
                                        + c.getMetaData().getDatabaseProductVersion());
        long start = System.nanoTime();
        DataSetGenerator.Made made = generator.generate(20, "demo", line -> {});
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%nData set at scale 20 on %s: %d people, %d teams, %d customers, %d contacts, %d revenue months, "
                        + "%d visits, %d calls, %d deals, %d budgets, %d tasks, %d plans in %.1f s%n",
                database,
                made.people(),
                made.teams(),
                made.customers(),
                made.contacts(),
                made.revenueRows(),
                made.visits(),
                made.calls(),
                made.deals(),
                made.budgets(),
                made.tasks(),
                made.plans(),
                seconds);
        assertThat(made.customers()).isEqualTo(50_000);
        assertThat(jdbc.queryForObject("select count(*) from revenue_entry", Long.class))
                .isEqualTo(made.revenueRows());
    }
}
