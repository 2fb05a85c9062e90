package no.kundeloft.security;

import java.sql.Timestamp;
import java.time.Clock;
import no.kundeloft.base.RetentionPeriods;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, deletes sign-in attempts older than the retention period (throttling looks back only
 * 24 hours).
 */
@Component
class SignInLogRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(SignInLogRetentionJob.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final RetentionPeriods retention;

    SignInLogRetentionJob(JdbcTemplate jdbc, Clock clock, RetentionPeriods retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "0 10 3 * * *", zone = "Europe/Oslo")
    public void run() {
        int deleted =
                jdbc.update(
                        "delete from sign_in_attempt where attempted_at < ?",
                        Timestamp.from(clock.instant().minus(retention.signInLog())));
        if (deleted > 0) {
            log.info(
                    "Retention: deleted {} sign-in attempts older than {}",
                    deleted,
                    retention.signInLog());
        }
    }
}
