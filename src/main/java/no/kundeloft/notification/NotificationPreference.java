package no.kundeloft.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import no.kundeloft.base.AbstractEntity;

/** A user's choice that a kind of notification also comes by e-mail (no row: in the app only). */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends AbstractEntity {

    @Column(name = "employee_id", nullable = false)
    private Long employeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    protected NotificationPreference() {}

    NotificationPreference(Long employeeId, NotificationKind kind) {
        this.employeeId = employeeId;
        this.kind = kind;
    }

    public NotificationKind getKind() {
        return kind;
    }
}
