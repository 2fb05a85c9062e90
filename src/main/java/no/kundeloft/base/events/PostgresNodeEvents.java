package no.kundeloft.base.events;

import com.vaadin.flow.shared.Registration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * {@link NodeEvents} between nodes through PostgreSQL: an event is a {@code NOTIFY} on one channel
 * with the payload {@code topic:id}, sent after the commit; each node keeps one connection that
 * {@code LISTEN}s and hands what arrives to its listeners, reconnecting after a database outage
 * (events sent meanwhile are lost; the pages catch up on their next refresh).
 */
final class PostgresNodeEvents implements NodeEvents, SmartLifecycle {

    static final String CHANNEL = "kundeloft_events";
    private static final Logger log = LoggerFactory.getLogger(PostgresNodeEvents.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final LocalListeners listeners = new LocalListeners();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    PostgresNodeEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void publish(String topic, long id) {
        LocalListeners.afterCommit(() -> send(topic + ":" + id));
    }

    private void send(String payload) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, payload);
            notify.execute();
        } catch (SQLException e) {
            log.warn("Could not send {} to the other nodes: {}", payload, e.getMessage());
        }
    }

    @Override
    public Registration subscribe(String topic, LongConsumer listener) {
        return listeners.add(topic, listener);
    }

    /** Whether the node is listening now (for the tests and the health of the node). */
    boolean isListening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("node-events").daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        long backoff = 1_000;
        while (running) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                listening = true;
                backoff = 1_000;
                while (running) {
                    PGNotification[] received = postgres.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (running) {
                    log.warn(
                            "Not listening for the other nodes' events ({}); trying again in {} s",
                            e.getMessage(),
                            backoff / 1000);
                    pause(backoff);
                    backoff = Math.min(backoff * 2, 30_000);
                }
            }
        }
        listening = false;
    }

    private void deliver(String payload) {
        int colon = payload.lastIndexOf(':');
        try {
            listeners.deliver(
                    payload.substring(0, colon), Long.parseLong(payload.substring(colon + 1)));
        } catch (RuntimeException e) {
            log.warn("An event that is not topic:id was ignored: {}", payload);
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
