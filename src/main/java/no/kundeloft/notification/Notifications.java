package no.kundeloft.notification;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import no.kundeloft.organisation.Employee;
import no.kundeloft.security.KundeloftUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells people what happened to them, for the features that know it (visits, budgets, customers,
 * tasks, deals): a notification in the app, and once the change is committed the badge of their
 * open pages and, when they chose so for that kind, an e-mail. Nobody is told of their own doing.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Notifications {

    private final NotificationRepository notifications;
    private final NotificationBroadcaster broadcaster;
    private final NotificationMail mail;
    private final EntityManager entityManager;
    private final Clock clock;

    Notifications(
            NotificationRepository notifications,
            NotificationBroadcaster broadcaster,
            NotificationMail mail,
            EntityManager entityManager,
            Clock clock) {
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.mail = mail;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Tells one person; nothing when they are the actor. */
    public void send(Long recipientId, NotificationKind kind, Actor actor, Notice notice) {
        sendAll(Set.of(recipientId), kind, actor, notice);
    }

    /** Tells each of the people once, the actor left out. */
    public void sendAll(
            Collection<Long> recipientIds, NotificationKind kind, Actor actor, Notice notice) {
        Set<Long> recipients = new LinkedHashSet<>(recipientIds);
        recipients.remove(actor.employeeId());
        recipients.remove(null);
        for (Long recipientId : recipients) {
            Notification saved =
                    notifications.save(
                            new Notification(
                                    entityManager.getReference(Employee.class, recipientId),
                                    kind,
                                    actor.name(),
                                    notice,
                                    clock.instant()));
            broadcaster.changed(recipientId);
            afterCommit(() -> mail.sendIfWanted(saved.getId()));
        }
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        action.run();
                    }
                });
    }

    /**
     * Who did it: their id (so they are not told of it themselves) and the name the recipient
     * reads.
     */
    public record Actor(Long employeeId, String name) {

        public static Actor of(KundeloftUser user) {
            return new Actor(user.employeeId(), user.fullName());
        }
    }
}
