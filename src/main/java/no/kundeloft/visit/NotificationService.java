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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The current user's notifications about visits: how many are unread, the latest, marking them read. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class NotificationService {

    private static final int LATEST = 20;

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final NotificationBroadcaster broadcaster;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, Clock clock,
                        NotificationBroadcaster broadcaster) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
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
        Long recipientId = recipient.getId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                broadcaster.changed(recipientId, notifications.countUnread(recipientId));
            }
        });
    }
}
