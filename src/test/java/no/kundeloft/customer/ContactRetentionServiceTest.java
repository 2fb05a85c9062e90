package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.RetentionPeriods;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly job blanks the history of contacts removed longer ago than the retention period, and
 * only those.
 */
class ContactRetentionServiceTest extends ScenarioTest {

    private static final long DAY = Duration.ofDays(1).toMillis();

    @Autowired ContactRetentionJob job;
    @Autowired RetentionPeriods retention;
    @Autowired JdbcTemplate jdbc;

    /**
     * Contact 1 removed 731 days ago, contact 2 removed 729 days ago, contact 3 never removed (as
     * Envers keeps them).
     */
    @BeforeEach
    void history() {
        long now = TestClock.NOW.toEpochMilli();
        revision(910001, now - 800 * DAY);
        revision(910002, now - 731 * DAY);
        revision(910003, now - 729 * DAY);
        version(1, 910001, 0, "Old Removed");
        version(1, 910002, 2, "Old Removed");
        version(2, 910001, 0, "Recently Removed");
        version(2, 910003, 2, "Recently Removed");
        version(3, 910001, 0, "Still Here");
    }

    private void revision(long id, long millis) {
        jdbc.update(
                "insert into change_revision (id, changed_at, changed_by, changed_by_name) values (?, ?, 'am1', 'am1 Testesen')",
                id,
                millis);
    }

    private void version(long contact, long revision, int type, String name) {
        jdbc.update(
                "insert into contact_aud (id, rev, revtype, full_name, email, customer_id) values (?, ?, ?, ?, 'x@example.test', ?)",
                contact + 990_000,
                revision,
                type,
                name,
                s.c1().getId());
    }

    private String nameOf(long contact) {
        return String.join(
                ",",
                jdbc.queryForList(
                        "select distinct full_name from contact_aud where id = ?",
                        String.class,
                        contact + 990_000));
    }

    @Test
    void contacts_removed_longer_ago_than_the_period_are_blanked_in_every_version() {
        assertThat(retention.removedContacts()).isEqualTo(Duration.ofDays(730));
        job.run();
        assertThat(nameOf(1)).isEqualTo(Contact.ERASED);
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from contact_aud where id = 990001 and email is not null",
                                Integer.class))
                .isZero();
        assertThat(nameOf(2)).isEqualTo("Recently Removed");
        assertThat(nameOf(3)).isEqualTo("Still Here");
    }
}
