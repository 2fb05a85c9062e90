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
 * this release's Flyway scripts without losing a row; a calendar feed's token becomes its
 * fingerprint, so the link its owner already subscribed to keeps working. On H2 and, in the
 * PostgreSQL run, on a second database of the embedded PostgreSQL.
 */
@IntegrationTest
@BothDatabases
class PreviousReleaseMigrationTest {

    private static final String PREVIOUS_RELEASE = "12";
    private static final String TOKEN = "a-feed-token-from-the-previous-release";

    @Autowired DataSource applicationDatabase;

    @Test
    void the_previous_releases_data_survives_the_migration() throws Exception {
        String vendor = vendor();
        DataSource previous = freshDatabase(vendor);
        Flyway.configure()
                .dataSource(previous)
                .locations(locations(vendor))
                .target(PREVIOUS_RELEASE)
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(previous);
        jdbc.update(
                "insert into employee (id, username, full_name, sales_role, password_hash) values (1, 'kari', 'Kari Nordmann', 'ACCOUNT_MANAGER', 'x')");
        jdbc.update(
                "insert into customer (id, name, sector, status, tier, owner_id) values (10, 'Fjord AS', 'PRIVATE', 'ACTIVE', 'STANDARD', 1)");
        jdbc.update(
                "insert into revenue_entry (id, customer_id, revenue_month, amount) values (20, 10, date '2026-05-01', 1234.50)");
        jdbc.update(
                "insert into calendar_feed (id, employee_id, token, created_at) values (30, 1, ?, current_timestamp)",
                TOKEN);

        Flyway.configure().dataSource(previous).locations(locations(vendor)).load().migrate();

        assertThat(jdbc.queryForObject("select full_name from employee where id = 1", String.class))
                .isEqualTo("Kari Nordmann");
        assertThat(jdbc.queryForObject("select name from customer where id = 10", String.class))
                .isEqualTo("Fjord AS");
        assertThat(
                        jdbc.queryForObject(
                                "select amount from revenue_entry where id = 20", BigDecimal.class))
                .isEqualByComparingTo("1234.50");
        assertThat(
                        jdbc.queryForObject(
                                "select token_hash from calendar_feed where id = 30", String.class))
                .as("the migration computes the fingerprint the application looks tokens up by")
                .isEqualTo(FeedTokens.fingerprint(TOKEN));
    }

    @Test
    void
            follow_ups_and_plan_actions_become_tasks_with_their_history_and_notifications_link_to_their_visit()
                    throws Exception {
        String vendor = vendor();
        DataSource before = freshDatabase(vendor);
        Flyway.configure()
                .dataSource(before)
                .locations(locations(vendor))
                .target("15")
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(before);
        jdbc.update(
                "insert into employee (id, username, full_name, sales_role, password_hash) values (1, 'kari', 'Kari Nordmann', 'KEY_ACCOUNT_MANAGER', 'x')");
        jdbc.update(
                "insert into customer (id, name, sector, status, tier, owner_id) values (10, 'Fjord AS', 'PRIVATE', 'ACTIVE', 'KEY', 1)");
        jdbc.update(
                """
                insert into visit (id, customer_id, host_id, starts_at, ends_at, mode, purpose, status)
                values (20, 10, 1, timestamp '2026-05-04 09:00:00', timestamp '2026-05-04 10:00:00', 'ON_SITE', 'Review', 'DONE')""");
        jdbc.update(
                "insert into visit_follow_up (id, version, visit_id, description, owner_id, due_date, done) values (21, 2, 20, 'Send the offer', 1, date '2026-05-18', true)");
        jdbc.update("insert into account_plan (id, customer_id, plan_year) values (30, 10, 2026)");
        jdbc.update(
                "insert into plan_action (id, plan_id, description, owner_id, due_date, carried_over) values (31, 30, 'Workshop', 1, date '2026-06-01', true)");
        jdbc.update(
                "insert into notification (id, recipient_id, visit_id, kind, actor_name, created_at) values (50, 1, 20, 'VISIT_MOVED', 'Ola', current_timestamp)");
        jdbc.update(
                "insert into change_revision (id, changed_at, changed_by, changed_by_name) values (40, 0, 'kari', 'Kari Nordmann')");
        jdbc.update(
                "insert into change_revision_entity (revision_id, entity_name) values (40, 'no.kundeloft.visit.FollowUp'), (40, 'no.kundeloft.plan.PlanAction')");
        jdbc.update(
                "insert into visit_follow_up_aud (id, rev, revtype, done, due_date, owner_id, visit_id, description) values (21, 40, 0, false, date '2026-05-18', 1, 20, 'Send the offer')");
        jdbc.update(
                "insert into plan_action_aud (id, rev, revtype, carried_over, done, due_date, owner_id, plan_id, description) values (31, 40, 0, true, false, date '2026-06-01', 1, 30, 'Workshop')");

        Flyway.configure().dataSource(before).locations(locations(vendor)).load().migrate();

        assertThat(
                        jdbc.queryForList(
                                "select id, customer_id, description, assignee_id, done, source, source_id, carried_over from task order by id"))
                .extracting(Object::toString)
                .containsExactly(
                        "{id=21, customer_id=10, description=Send the offer, assignee_id=1, done=true, source=VISIT, source_id=20, carried_over=false}",
                        "{id=31, customer_id=10, description=Workshop, assignee_id=1, done=false, source=PLAN, source_id=30, carried_over=true}");
        assertThat(
                        jdbc.queryForList(
                                "select id, source, source_id from task_aud where rev = 40 order by id"))
                .hasSize(2);
        assertThat(
                        jdbc.queryForList(
                                "select entity_name from change_revision_entity where revision_id = 40",
                                String.class))
                .containsExactly("no.kundeloft.task.Task");
        assertThat(jdbc.queryForMap("select link, subject from notification where id = 50"))
                .as("a visit's notification names the customer and links to the visit")
                .containsEntry("link", "visits/20")
                .containsEntry("subject", "Fjord AS");
    }

    private String vendor() throws Exception {
        try (Connection connection = applicationDatabase.getConnection()) {
            return connection
                            .getMetaData()
                            .getDatabaseProductName()
                            .toLowerCase()
                            .contains("postgres")
                    ? "postgresql"
                    : "h2";
        }
    }

    private static String[] locations(String vendor) {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendor};
    }

    private DataSource freshDatabase(String vendor) throws Exception {
        String name = "previous_release_" + System.nanoTime();
        if (vendor.equals("h2")) {
            return new DriverManagerDataSource(
                    "jdbc:h2:mem:"
                            + name
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "sa",
                    "");
        }
        new JdbcTemplate(applicationDatabase).execute("create database " + name);
        String url;
        String user;
        try (Connection connection = applicationDatabase.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        }
        return new DriverManagerDataSource(
                url.replaceFirst("/postgres(\\?|$)", "/" + name + "$1"), user, "");
    }
}
