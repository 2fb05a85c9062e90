package no.kundeloft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Flyway has built the schema Hibernate validated, with the indexes the customer queries rely on.
 */
@IntegrationTest
@BothDatabases
class SchemaMigrationTest {

    @Autowired Flyway flyway;
    @Autowired JdbcTemplate jdbc;
    @Autowired Environment environment;

    @Value("${spring.jpa.hibernate.ddl-auto}")
    String ddlAuto;

    @Test
    void every_migration_is_applied_and_hibernate_only_validates() {
        MigrationInfo[] all = flyway.info().all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Arrays.stream(all).map(MigrationInfo::getState))
                .containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(ddlAuto).isEqualTo("validate");
        assertThat(environment.getProperty("spring.jpa.open-in-view")).isEqualTo("false");
    }

    @Test
    void customer_queries_have_their_indexes() {
        String product =
                jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        String sql =
                "PostgreSQL".equals(product)
                        ? "select indexname from pg_indexes where tablename = 'customer'"
                        : "select index_name from information_schema.indexes where table_name = 'customer'";
        assertThat(jdbc.queryForList(sql, String.class))
                .map(String::toLowerCase)
                .contains("customer_owner_idx", "customer_name_idx");
        if ("PostgreSQL".equals(product)) {
            assertThat(jdbc.queryForList(sql, String.class)).contains("customer_name_trgm_idx");
        }
    }

    @Test
    void idle_sessions_expire_after_thirty_minutes() {
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
        assertThat(environment.getProperty("vaadin.closeIdleSessions")).isEqualTo("true");
    }
}
