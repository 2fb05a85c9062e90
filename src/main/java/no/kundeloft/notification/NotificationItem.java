package no.kundeloft.notification;

import java.time.Instant;

/** A notification as the list shows it. */
public record NotificationItem(
        Long id,
        NotificationKind kind,
        String actorName,
        String subject,
        Instant subjectAt,
        String detail,
        String link,
        Instant createdAt,
        boolean unread) {

    static NotificationItem of(Notification n) {
        return new NotificationItem(
                n.getId(),
                n.getKind(),
                n.getActorName(),
                n.getSubject(),
                n.getSubjectAt(),
                n.getDetail(),
                n.getLink(),
                n.getCreatedAt(),
                n.getReadAt() == null);
    }
}
