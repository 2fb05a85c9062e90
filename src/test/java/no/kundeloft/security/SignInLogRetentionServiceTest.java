package no.kundeloft.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.RetentionPeriods;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SignInLogRetentionServiceTest extends ScenarioTest {

    @Autowired SignInLogRetentionJob job;
    @Autowired SignInLog log;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void attempts_older_than_the_period_are_deleted_and_newer_ones_kept() {
        clock.set(TestClock.NOW.minus(181, ChronoUnit.DAYS));
        log.record("am1", "10.0.0.1", SignInLog.Outcome.FAILURE);
        clock.set(TestClock.NOW.minus(179, ChronoUnit.DAYS));
        log.record("am1", "10.0.0.1", SignInLog.Outcome.SUCCESS);
        clock.reset();
        job.run();
        assertThat(jdbc.queryForList("select outcome from sign_in_attempt", String.class))
                .containsExactly("SUCCESS");
    }

    @Test
    void a_period_shorter_than_the_throttles_memory_is_refused_at_start() {
        assertThatThrownBy(() -> new RetentionPeriods(Duration.ofHours(12), Duration.ofDays(730)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sign-in-log");
        assertThatThrownBy(() -> new RetentionPeriods(Duration.ofDays(180), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("removed-contacts");
    }
}
