package no.kundeloft.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import no.kundeloft.base.AbstractEntity;

/**
 * A record a user opened, and when; only the last few are kept. Its name is read afresh, within
 * scope, when shown.
 */
@Entity
@Table(name = "recent_item")
public class RecentItem extends AbstractEntity {

    @Column(name = "employee_id", nullable = false)
    private Long employeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecentKind kind;

    @Column(name = "record_id", nullable = false)
    private Long recordId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected RecentItem() {}

    RecentItem(Long employeeId, RecentKind kind, Long recordId, Instant openedAt) {
        this.employeeId = employeeId;
        this.kind = kind;
        this.recordId = recordId;
        this.openedAt = openedAt;
    }

    void openedAgain(Instant at) {
        openedAt = at;
    }

    public RecentKind getKind() {
        return kind;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
