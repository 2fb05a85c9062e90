package no.kundeloft.base.events;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The listeners of this node by topic, and running a send after the commit; shared by both kinds of
 * {@link NodeEvents}.
 */
final class LocalListeners {

    private static final Logger log = LoggerFactory.getLogger(LocalListeners.class);

    private final Map<String, List<LongConsumer>> byTopic = new ConcurrentHashMap<>();

    Registration add(String topic, LongConsumer listener) {
        byTopic.computeIfAbsent(topic, key -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> byTopic.getOrDefault(topic, List.of()).remove(listener);
    }

    void deliver(String topic, long id) {
        for (LongConsumer listener : byTopic.getOrDefault(topic, List.of())) {
            try {
                listener.accept(id);
            } catch (RuntimeException e) {
                // one page failing to update must not keep the event from the others
                log.warn("A listener of {} failed on {}", topic, id, e);
            }
        }
    }

    static void afterCommit(Runnable send) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        send.run();
                    }
                });
    }
}
