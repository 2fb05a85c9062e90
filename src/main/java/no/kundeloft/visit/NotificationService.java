package no.kundeloft.visit;

import java.time.Clock;
import java.util.List;
import no.kundeloft.organisation.Employee;
import no.kundeloft.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The current user's notifications about visits: how many are unread, the latest, marking them read. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class NotificationService {

    private static final int LATEST = 20;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public long unreadCount() {
        return notifications.countUnread(currentUser.require().employeeId());
    }

    public List<NotificationItem> latest() {
        return notifications.findLatest(currentUser.require().employeeId(), PageRequest.of(0, LATEST)).stream()
                .map(NotificationItem::of).toList();
    }

    @Transactional
    public void markAllRead() {
        notifications.findUnread(currentUser.require().employeeId()).forEach(n -> n.markRead(clock.instant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void send(Employee recipient, Visit visit, NotificationKind kind, String actorName) {
        notifications.save(new Notification(recipient, visit, kind, actorName, clock.instant()));
    }
}
