package no.kundeloft.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.organisation.Employee;

/**
 * Something that happened that its recipient should know, until they have read it: what kind, who
 * did it, what it is about (a customer's name, a budget, a task) and when that is where it has a
 * moment (a visit's start), a comment where there is one (a budget sent back), and the address of
 * the record.
 */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private Employee recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(length = 300)
    private String subject;

    @Column(name = "subject_at")
    private Instant subjectAt;

    @Column(length = 2000)
    private String detail;

    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    Notification(
            Employee recipient,
            NotificationKind kind,
            String actorName,
            Notice notice,
            Instant createdAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.actorName = actorName;
        this.subject = notice.subject();
        this.subjectAt = notice.subjectAt();
        this.detail = notice.detail();
        this.link = notice.link();
        this.createdAt = createdAt;
    }

    public Employee getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getActorName() {
        return actorName;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getSubjectAt() {
        return subjectAt;
    }

    public String getDetail() {
        return detail;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
