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
import java.time.LocalDate;
import java.time.LocalTime;
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

    @Column(length = 4000)
    private String text;

    @Column(name = "next_step", length = 500)
    private String nextStep;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Enumerated(EnumType.STRING)
    private CallOutcome outcome;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(length = 500)
    private String reason;

    @Column(name = "next_step_due")
    private LocalDate nextStepDue;

    @Column(name = "next_step_time")
    private LocalTime nextStepTime;

    /** The call list the call was made from, if any. */
    @Column(name = "call_list_id")
    private Long callListId;

    protected CustomerActivity() {}

    CustomerActivity(
            Customer customer,
            Employee author,
            ActivityKind kind,
            Instant occurredAt,
            String text,
            String nextStep) {
        this.customer = customer;
        this.author = author;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.text = text;
        this.nextStep = nextStep;
    }

    /**
     * What a call adds to the entry: with whom, how it went, how long, why not, and when the next
     * step is due.
     */
    void describeCall(
            Contact contact,
            CallOutcome outcome,
            Integer durationMinutes,
            String reason,
            LocalDate nextStepDue,
            LocalTime nextStepTime) {
        this.contact = contact;
        this.outcome = outcome;
        this.durationMinutes = durationMinutes;
        this.reason = reason;
        this.nextStepDue = nextStepDue;
        this.nextStepTime = nextStepTime;
    }

    void fromCallList(Long callListId) {
        this.callListId = callListId;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Long getCallListId() {
        return callListId;
    }

    public Contact getContact() {
        return contact;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getNextStepDue() {
        return nextStepDue;
    }

    public LocalTime getNextStepTime() {
        return nextStepTime;
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
