package no.kundeloft.base.events;

import com.vaadin.flow.shared.Registration;
import java.util.function.LongConsumer;

/** {@link NodeEvents} within one node: the embedded database's single application. */
public final class InMemoryNodeEvents implements NodeEvents {

    private final LocalListeners listeners = new LocalListeners();

    @Override
    public void publish(String topic, long id) {
        LocalListeners.afterCommit(() -> listeners.deliver(topic, id));
    }

    @Override
    public Registration subscribe(String topic, LongConsumer listener) {
        return listeners.add(topic, listener);
    }
}
