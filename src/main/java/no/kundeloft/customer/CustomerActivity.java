package no.kundeloft.customer;

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

/** One entry of a customer's activity log, written once and not edited. */
@Entity
@Table(name = "customer_activity")
public class CustomerActivity extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Employee author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityKind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "next_step", length = 500)
    private String nextStep;

    protected CustomerActivity() {
    }

    CustomerActivity(Customer customer, Employee author, ActivityKind kind, Instant occurredAt, String text, String nextStep) {
        this.customer = customer;
        this.author = author;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.text = text;
        this.nextStep = nextStep;
    }

    public Employee getAuthor() {
        return author;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getText() {
        return text;
    }

    public String getNextStep() {
        return nextStep;
    }
}
