package no.kundeloft.notification;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;

/**
 * Tells the open pages of an employee that they have a new notification, so a signed-in host sees the
 * badge change at once (the pages push it to the browser). In memory: one application instance.
 */
@Component
public class NotificationBroadcaster {

    private final Map<Long, List<LongConsumer>> listeners = new ConcurrentHashMap<>();

    /**
     * Calls the listener with the employee's unread count whenever they get a notification, until the
     * registration is removed.
     */
    public Registration register(Long employeeId, LongConsumer listener) {
        listeners.computeIfAbsent(employeeId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(employeeId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    void changed(Long employeeId, long unread) {
        listeners.getOrDefault(employeeId, List.of()).forEach(listener -> listener.accept(unread));
    }
}
