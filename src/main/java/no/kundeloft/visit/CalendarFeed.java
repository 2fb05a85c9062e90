package no.kundeloft.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import no.kundeloft.organisation.Employee;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An employee's private calendar feed: whoever has the token reads that employee's visits. */
@Entity
@Table(name = "calendar_feed")
@Audited
public class CalendarFeed extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    /** The token's SHA-256 fingerprint; the token itself is shown once and never stored. */
    @Column(name = "token_hash", nullable = false)
    @NotAudited
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {}

    CalendarFeed(Employee employee, String tokenHash, Instant createdAt) {
        this.employee = employee;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * Whose feed it is: the history says "calendar feed of Kari Nordmann removed" when an admin
     * turns it off.
     */
    @Override
    public String label() {
        return employee.getFullName();
    }
}
