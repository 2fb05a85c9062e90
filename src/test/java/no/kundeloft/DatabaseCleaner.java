package no.kundeloft;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empties the test database, for the few tests that must commit (concurrency). Every other test
 * rolls back, so "everything" is only what such a test wrote.
 */
@Component
public class DatabaseCleaner {

    private final JdbcTemplate jdbc;

    public DatabaseCleaner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void deleteAll() {
        jdbc.batchUpdate(
                "delete from notification",
                "delete from visit_follow_up",
                "delete from visit_contact",
                "delete from visit_participant",
                "delete from visit",
                "delete from sign_in_attempt",
                "delete from contact",
                "delete from customer_ownership",
                "delete from customer",
                "delete from employee_served_team",
                "update division set director_id = null",
                "update department set manager_id = null",
                "update team set leader_id = null",
                "update employee set team_id = null",
                "delete from employee",
                "delete from team",
                "delete from department",
                "delete from division");
    }
}
