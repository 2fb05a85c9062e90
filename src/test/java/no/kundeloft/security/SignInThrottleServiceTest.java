package no.kundeloft.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.kundeloft.BothDatabases;
import no.kundeloft.IntegrationTest;
import no.kundeloft.TestClock;
import no.kundeloft.security.SignInLog.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@BothDatabases
@Transactional
class SignInThrottleServiceTest {

    private static final String OFFICE = "10.0.0.7";

    @Autowired SignInLog signIns;
    @Autowired TestClock clock;

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            signIns.record(username, OFFICE, Outcome.FAILURE);
        }
    }

    private void wait(Duration duration) {
        clock.set(clock.instant().plus(duration));
    }

    @Test
    void five_failures_are_free_then_each_attempt_waits_longer() {
        fail("am", 5);
        assertThat(signIns.waitBeforeNextAttempt("am", OFFICE)).isEqualTo(Duration.ofSeconds(5));
        assertThat(signIns.waitBeforeNextAttempt("AM ", "192.0.2.1"))
                .as("by username, from anywhere")
                .isEqualTo(Duration.ofSeconds(5));
        wait(Duration.ofSeconds(5));
        assertThat(signIns.waitBeforeNextAttempt("am", OFFICE)).isZero();
        fail("am", 1);
        assertThat(signIns.waitBeforeNextAttempt("am", OFFICE)).isEqualTo(Duration.ofSeconds(10));
        assertThat(signIns.waitBeforeNextAttempt("kam", "192.0.2.1"))
                .as("others are not held up")
                .isZero();
    }

    @Test
    void the_wait_doubles_up_to_fifteen_minutes() {
        assertThat(SignInLog.waitAfter(0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(SignInLog.waitAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(SignInLog.waitAfter(7)).isEqualTo(Duration.ofSeconds(640));
        assertThat(SignInLog.waitAfter(8)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInLog.waitAfter(24)).isEqualTo(Duration.ofMinutes(15));
        fail("am", 30);
        assertThat(signIns.waitBeforeNextAttempt("am", "192.0.2.1"))
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void a_success_ends_the_row_of_failures() {
        fail("am", 7);
        wait(Duration.ofSeconds(1));
        signIns.record("am", OFFICE, Outcome.SUCCESS);
        assertThat(signIns.waitBeforeNextAttempt("am", OFFICE)).isZero();
        fail("am", 4);
        assertThat(signIns.waitBeforeNextAttempt("am", OFFICE)).isZero();
    }

    @Test
    void one_address_trying_many_usernames_is_held_up_after_twenty_failures() {
        for (int i = 0; i < 20; i++) {
            signIns.record("user" + i, "198.51.100.9", Outcome.FAILURE);
        }
        assertThat(signIns.waitBeforeNextAttempt("someone-else", "198.51.100.9"))
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(signIns.waitBeforeNextAttempt("someone-else", OFFICE)).isZero();
    }

    @Test
    void failures_older_than_a_day_are_forgotten() {
        fail("am", 9);
        wait(Duration.ofHours(25));
        assertThat(signIns.waitBeforeNextAttempt("am", OFFICE)).isZero();
    }
}
