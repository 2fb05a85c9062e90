package no.kundeloft.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query(
            "select count(n) from Notification n where n.recipient.id = :recipientId and n.readAt is null")
    long countUnread(Long recipientId);

    @Query(
            "select n from Notification n where n.recipient.id = :recipientId order by n.createdAt desc, n.id desc")
    List<Notification> findLatest(Long recipientId, Pageable page);

    @Query("select n from Notification n where n.recipient.id = :recipientId and n.readAt is null")
    List<Notification> findUnread(Long recipientId);
}
