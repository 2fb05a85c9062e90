package no.kundeloft.visit;

import java.time.Instant;

/** A notification as the list shows it. */
public record NotificationItem(Long id, NotificationKind kind, String actorName, Long visitId, String customerName,
                               Instant visitStartsAt, Instant createdAt, boolean unread) {

    static NotificationItem of(Notification notification) {
        Visit visit = notification.getVisit();
        return new NotificationItem(notification.getId(), notification.getKind(), notification.getActorName(),
                visit == null ? null : visit.getId(), visit == null ? null : visit.getCustomer().getName(),
                visit == null ? null : visit.getStartsAt(), notification.getCreatedAt(), notification.getReadAt() == null);
    }
}
