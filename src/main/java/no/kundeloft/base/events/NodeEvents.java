package no.kundeloft.base.events;

import com.vaadin.flow.shared.Registration;
import java.util.function.LongConsumer;

/**
 * Small events every application node hears — "employee 42 has a new notification", "seller 7
 * logged a call" —, so a page open on any node can update itself. Sent once the current transaction
 * commits (at once without one), never for a transaction that rolls back. On PostgreSQL they travel
 * by {@code LISTEN/NOTIFY} (decision 028); on the embedded database, which has one node, they stay
 * in memory.
 */
public interface NodeEvents {

    /**
     * Tells every node, this one too, that something happened to the record {@code id} of the
     * topic.
     */
    void publish(String topic, long id);

    /**
     * Calls the listener, on a thread of its own, with the id of each event of the topic until
     * removed.
     */
    Registration subscribe(String topic, LongConsumer listener);
}
