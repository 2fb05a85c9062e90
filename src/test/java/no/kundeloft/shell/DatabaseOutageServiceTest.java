package no.kundeloft.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import no.kundeloft.CommittedScenarioTest;
import no.kundeloft.EmbeddedPostgresConfiguration;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * PostgreSQL stopped and started again under the running application: while it is down a request
 * fails within the pool's 5 s and is recognised as an outage (the user is told to try again); once
 * it is back the same application serves the same data, without a restart.
 */
@EnabledIfSystemProperty(named = "kundeloft.test.database", matches = "postgresql")
class DatabaseOutageServiceTest extends CommittedScenarioTest {

    @Autowired CustomerService customers;
    @Autowired DataSource dataSource;

    @AfterEach
    void startAgainEvenIfTheTestFailed() {
        EmbeddedPostgresConfiguration.start();
    }

    @Test
    void during_a_restart_requests_are_told_to_try_again_and_afterwards_the_app_carries_on()
            throws SQLException {
        // a pool as after a quiet moment: the tests before may have used every connection a moment
        // ago
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        signIn.as("am1");
        assertThat(customers.count(CustomerFilter.none())).isEqualTo(2);

        EmbeddedPostgresConfiguration.stop();
        Instant asked = Instant.now();
        Throwable duringOutage =
                catchThrowable(() -> customers.list(CustomerFilter.none(), PageRequest.of(0, 10)));
        Duration waited = Duration.between(asked, Instant.now());
        System.out.printf(
                "PostgreSQL down: the request failed after %d ms with %s%n",
                waited.toMillis(), duringOutage);
        assertThat(duringOutage).isNotNull();
        assertThat(DatabaseOutage.causedThe(duringOutage))
                .as("recognised as an outage: %s", duringOutage)
                .isTrue();
        assertThat(waited).isLessThan(Duration.ofSeconds(15));
        Instant again = Instant.now();
        Throwable stillDown = catchThrowable(() -> customers.count(CustomerFilter.none()));
        System.out.printf(
                "PostgreSQL still down: the next request failed after %d ms with %s%n",
                Duration.between(again, Instant.now()).toMillis(), stillDown);
        assertThat(DatabaseOutage.causedThe(stillDown))
                .as("recognised as an outage: %s", stillDown)
                .isTrue();

        EmbeddedPostgresConfiguration.start();
        Instant restarted = Instant.now();
        // a pooled connection used moments before the restart is trusted without a check (Hikari's
        // 500 ms window),
        // so the first request may still meet it dead: then it too is told "try again", and the
        // next is served
        Throwable firstAfter = catchThrowable(() -> customers.count(CustomerFilter.none()));
        if (firstAfter != null) {
            assertThat(DatabaseOutage.causedThe(firstAfter))
                    .as("recognised as an outage: %s", firstAfter)
                    .isTrue();
        }
        assertThat(customers.count(CustomerFilter.none()))
                .as("the same data, the same running application")
                .isEqualTo(2);
        System.out.printf(
                "PostgreSQL back: served after %d ms (%s)%n",
                Duration.between(restarted, Instant.now()).toMillis(),
                firstAfter == null
                        ? "the first request"
                        : "the second; the first met a connection of the old server");
    }
}
