package no.kundeloft.calling;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import no.kundeloft.customer.CustomerActivityLogged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open team boards that a seller logged a call, once it is committed, so the boards count it at once (the
 * pages push it to the browser). Each board keeps to its own team's sellers. In memory: one application instance.
 */
@Component
public class CallBoardBroadcaster {

    private final List<Consumer<Long>> listeners = new CopyOnWriteArrayList<>();

    /** Calls the listener with the seller's id after each call logged, until the registration is removed. */
    public Registration register(Consumer<Long> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void logged(CustomerActivityLogged activity) {
        listeners.forEach(listener -> listener.accept(activity.sellerId()));
    }
}
