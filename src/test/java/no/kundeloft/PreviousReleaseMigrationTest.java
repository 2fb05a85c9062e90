package no.kundeloft;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import javax.sql.DataSource;
import no.kundeloft.visit.FeedTokens;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database made by the previous release's schema (through V12) and holding data is migrated by
 * this release's Flyway scripts without losing a row; a calendar feed's token becomes its fingerprint,
 * so the link its owner already subscribed to keeps working. On H2 and, in the PostgreSQL run, on a
 * second database of the embedded PostgreSQL.
 */
@IntegrationTest
class PreviousReleaseMigrationTest {

    private static final String PREVIOUS_RELEASE = "12";
    private static final String TOKEN = "a-feed-token-from-the-previous-release";

    @Autowired
    DataSource applicationDatabase;

    @Test
    void the_previous_releases_data_survives_the_migration() throws Exception {
        String vendor = vendor();
        DataSource previous = freshDatabase(vendor);
        Flyway.configure().dataSource(previous).locations(locations(vendor)).target(PREVIOUS_RELEASE).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(previous);
        jdbc.update("insert into employee (id, username, full_name, sales_role, password_hash) values (1, 'kari', 'Kari Nordmann', 'ACCOUNT_MANAGER', 'x')");
        jdbc.update("insert into customer (id, name, sector, status, tier, owner_id) values (10, 'Fjord AS', 'PRIVATE', 'ACTIVE', 'STANDARD', 1)");
        jdbc.update("insert into revenue_entry (id, customer_id, revenue_month, amount) values (20, 10, date '2026-05-01', 1234.50)");
        jdbc.update("insert into calendar_feed (id, employee_id, token, created_at) values (30, 1, ?, current_timestamp)", TOKEN);

        Flyway.configure().dataSource(previous).locations(locations(vendor)).load().migrate();

        assertThat(jdbc.queryForObject("select full_name from employee where id = 1", String.class)).isEqualTo("Kari Nordmann");
        assertThat(jdbc.queryForObject("select name from customer where id = 10", String.class)).isEqualTo("Fjord AS");
        assertThat(jdbc.queryForObject("select amount from revenue_entry where id = 20", BigDecimal.class)).isEqualByComparingTo("1234.50");
        assertThat(jdbc.queryForObject("select token_hash from calendar_feed where id = 30", String.class))
                .as("the migration computes the fingerprint the application looks tokens up by").isEqualTo(FeedTokens.fingerprint(TOKEN));
    }

    private String vendor() throws Exception {
        try (Connection connection = applicationDatabase.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres") ? "postgresql" : "h2";
        }
    }

    private static String[] locations(String vendor) {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendor};
    }

    private DataSource freshDatabase(String vendor) throws Exception {
        String name = "previous_release_" + System.nanoTime();
        if (vendor.equals("h2")) {
            return new DriverManagerDataSource("jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        }
        new JdbcTemplate(applicationDatabase).execute("create database " + name);
        String url;
        String user;
        try (Connection connection = applicationDatabase.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        }
        return new DriverManagerDataSource(url.replaceFirst("/postgres(\\?|$)", "/" + name + "$1"), user, "");
    }
}
