package no.kundeloft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The cleaner empties every table a committed test can write, on both databases. */
class DatabaseCleanerTest extends CommittedScenarioTest {

    @Autowired private DatabaseCleaner cleaner;
    @Autowired private JdbcTemplate jdbc;

    @Test
    void every_table_but_the_migrations_own_is_empty_after_deleting_all() {
        assertThat(count("customer")).isPositive();
        assertThat(cleaner.tablesToEmpty())
                .contains("customer", "customer_aud", "notification_preference", "offering")
                .doesNotContainAnyElementsOf(DatabaseCleaner.KEPT);

        cleaner.deleteAll();

        assertThat(cleaner.tablesToEmpty())
                .allSatisfy(table -> assertThat(count(table)).as(table).isZero());
        assertThat(count("deal_stage")).isPositive();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
