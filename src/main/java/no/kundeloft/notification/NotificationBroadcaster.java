package no.kundeloft.notification;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import no.kundeloft.base.events.NodeEvents;
import org.springframework.stereotype.Component;

/**
 * Tells the open pages of an employee that they have a new notification, on whichever node the page
 * is open, so a signed-in host sees the badge change at once (the pages push it to the browser).
 * The news travels as a node event after the commit; the node that has pages for the employee
 * counts the unread ones.
 */
@Component
public class NotificationBroadcaster {

    private static final String TOPIC = "notification";

    private final Map<Long, List<LongConsumer>> listeners = new ConcurrentHashMap<>();
    private final NodeEvents events;
    private final NotificationRepository notifications;

    NotificationBroadcaster(NodeEvents events, NotificationRepository notifications) {
        this.events = events;
        this.notifications = notifications;
        events.subscribe(TOPIC, this::deliver);
    }

    /**
     * Calls the listener with the employee's unread count whenever they get a notification, until
     * the registration is removed.
     */
    public Registration register(Long employeeId, LongConsumer listener) {
        listeners.computeIfAbsent(employeeId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () ->
                listeners.computeIfPresent(
                        employeeId,
                        (id, list) -> {
                            list.remove(listener);
                            return list.isEmpty() ? null : list;
                        });
    }

    /** Tells every node, once the transaction commits, that the employee has a new notification. */
    void changed(Long employeeId) {
        events.publish(TOPIC, employeeId);
    }

    private void deliver(long employeeId) {
        List<LongConsumer> pages = listeners.get(employeeId);
        if (pages == null || pages.isEmpty()) {
            return;
        }
        long unread = notifications.countUnread(employeeId);
        pages.forEach(listener -> listener.accept(unread));
    }
}
