package no.kundeloft.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every sign-in attempt with its outcome, and the throttle computed from them: after {@value
 * #FREE_FAILURES} failures in a row for a username (or {@value #FREE_FAILURES_PER_ADDRESS} from one
 * address, where a whole office may sit behind one), each further attempt must wait, starting at
 * {@code FIRST_WAIT} and doubling up to {@code LONGEST_WAIT}. A success ends the row. Kept in the
 * database, so every app node throttles alike.
 */
@Component
public class SignInLog {

    private static final Logger log = LoggerFactory.getLogger(SignInLog.class);

    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    /** Failures older than this no longer count. */
    static final Duration MEMORY = Duration.ofHours(24);

    public enum Outcome {
        SUCCESS,
        FAILURE,
        THROTTLED
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignInLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String username, String address, Outcome outcome) {
        jdbc.update(
                "insert into sign_in_attempt (username, address, outcome, attempted_at) values (?, ?, ?, ?)",
                normalised(username),
                address(address),
                outcome.name(),
                Timestamp.from(clock.instant()));
        if (outcome != Outcome.SUCCESS) {
            log.warn(
                    "Sign-in {} for '{}' from {}",
                    outcome.name().toLowerCase(Locale.ROOT),
                    normalised(username),
                    address(address));
        }
    }

    /**
     * How long this username from this address must still wait before the next attempt; zero when
     * it may try now.
     */
    public Duration waitBeforeNextAttempt(String username, String address) {
        Duration byName = wait("username", normalised(username), FREE_FAILURES);
        Duration byAddress = wait("address", address(address), FREE_FAILURES_PER_ADDRESS);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    private Duration wait(String column, String key, int freeFailures) {
        Instant now = clock.instant();
        List<Timestamp> failures =
                jdbc.queryForList(
                        """
                select attempted_at from sign_in_attempt
                where %1$s = ? and outcome = 'FAILURE' and attempted_at > ?
                  and attempted_at > coalesce((select max(s.attempted_at) from sign_in_attempt s
                                               where s.%1$s = ? and s.outcome = 'SUCCESS'), ?)
                order by attempted_at desc"""
                                .formatted(column),
                        Timestamp.class,
                        key,
                        Timestamp.from(now.minus(MEMORY)),
                        key,
                        Timestamp.from(now.minus(MEMORY)));
        if (failures.size() < freeFailures) {
            return Duration.ZERO;
        }
        Duration wait = waitAfter(failures.size() - freeFailures);
        Duration left = Duration.between(now, failures.getFirst().toInstant().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * The wait after {@code extra} failures beyond the free ones: 5 s, 10 s, 20 s, … at most 15
     * minutes.
     */
    static Duration waitAfter(int extra) {
        Duration wait = FIRST_WAIT;
        for (int i = 0; i < extra && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String normalised(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String address(String address) {
        String value = address == null ? "" : address;
        return value.length() > 64 ? value.substring(0, 64) : value;
    }
}
