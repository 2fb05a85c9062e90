package no.kundeloft.visit;

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

/** Something that happened to a visit that its recipient should know, until they have read it. */
@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private Employee recipient;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(Employee recipient, Visit visit, NotificationKind kind, String actorName, Instant createdAt) {
        this.recipient = recipient;
        this.visit = visit;
        this.kind = kind;
        this.actorName = actorName;
        this.createdAt = createdAt;
    }

    public Visit getVisit() {
        return visit;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getActorName() {
        return actorName;
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
