package no.kundeloft.base.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vaadin.flow.shared.Registration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import no.kundeloft.BothDatabases;
import no.kundeloft.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events reach the listeners once the transaction commits, never after a rollback; on PostgreSQL,
 * on another node too.
 */
@IntegrationTest
@BothDatabases
class NodeEventsServiceTest {

    @Autowired NodeEvents events;
    @Autowired TransactionTemplate transaction;
    @Autowired DataSource dataSource;

    private final BlockingQueue<Long> heard = new LinkedBlockingQueue<>();
    private Registration registration;
    private PostgresNodeEvents otherNode;

    @AfterEach
    void stopListening() {
        if (registration != null) {
            registration.remove();
        }
        if (otherNode != null) {
            otherNode.stop();
        }
    }

    @Test
    void an_event_is_heard_after_the_commit_and_never_after_a_rollback()
            throws InterruptedException {
        registration = events.subscribe("test-topic", heard::add);
        transaction.executeWithoutResult(
                status -> {
                    events.publish("test-topic", 1);
                    assertThat(heard).as("not before the commit").isEmpty();
                });
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(1L);

        transaction.executeWithoutResult(
                status -> {
                    events.publish("test-topic", 2);
                    status.setRollbackOnly();
                });
        events.publish("test-topic", 3);
        assertThat(heard.poll(5, TimeUnit.SECONDS))
                .as("the rolled-back event is never sent")
                .isEqualTo(3L);
        events.publish("other-topic", 4);
        assertThat(heard.poll(1, TimeUnit.SECONDS)).as("only the topic listened to").isNull();
    }

    @Test
    void on_postgresql_another_node_hears_the_event() throws InterruptedException {
        assumeTrue(events instanceof PostgresNodeEvents, "several nodes need PostgreSQL");
        otherNode = new PostgresNodeEvents(dataSource);
        otherNode.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!otherNode.isListening() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        registration = otherNode.subscribe("notification", heard::add);
        transaction.executeWithoutResult(status -> events.publish("notification", 42));
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(42L);
    }
}
