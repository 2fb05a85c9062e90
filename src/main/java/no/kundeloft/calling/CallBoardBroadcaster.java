package no.kundeloft.calling;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import no.kundeloft.base.events.NodeEvents;
import no.kundeloft.customer.CustomerActivityLogged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells open team boards, on whichever node they are open, that a seller logged a call, once it is
 * committed, so the boards count it at once (the pages push it to the browser). Each board keeps to
 * its own team's sellers.
 */
@Component
public class CallBoardBroadcaster {

    private static final String TOPIC = "call";

    private final List<Consumer<Long>> listeners = new CopyOnWriteArrayList<>();
    private final NodeEvents events;

    CallBoardBroadcaster(NodeEvents events) {
        this.events = events;
        events.subscribe(TOPIC, seller -> listeners.forEach(listener -> listener.accept(seller)));
    }

    /**
     * Calls the listener with the seller's id after each call logged, until the registration is
     * removed.
     */
    public Registration register(Consumer<Long> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void logged(CustomerActivityLogged activity) {
        events.publish(TOPIC, activity.sellerId());
    }
}
