package no.kundeloft.task;

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
import no.kundeloft.base.Labelled;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.Employee;
import org.hibernate.envers.Audited;

/**
 * Something to do: what, who, by when (a day, and a time where it has one, such as a call back),
 * done or not, and where it came from. The source is named by kind and id, not mapped, because the
 * features that make tasks (visits, plans, deals) build on this one.
 */
@Entity
@Audited
@Table(name = "task")
public class Task extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false, length = 500)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignee_id")
    private Employee assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id")
    private Employee createdBy;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "due_time")
    private LocalTime dueTime;

    private boolean done;

    @Column(name = "done_at")
    private Instant doneAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskSource source;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "carried_over")
    private boolean carriedOver;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Task() {}

    Task(
            TaskSource source,
            Long sourceId,
            Customer customer,
            Employee createdBy,
            Instant createdAt) {
        this.source = source;
        this.sourceId = sourceId;
        this.customer = customer;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void describe(String description, Employee assignee, LocalDate dueDate, LocalTime dueTime) {
        this.description = description;
        this.assignee = assignee;
        this.dueDate = dueDate;
        this.dueTime = dueTime;
    }

    void setDone(boolean done, Instant at) {
        if (this.done != done) {
            this.done = done;
            this.doneAt = done ? at : null;
        }
    }

    void moveTo(LocalDate dueDate, LocalTime dueTime) {
        this.dueDate = dueDate;
        this.dueTime = dueTime;
    }

    void assignTo(Employee assignee) {
        this.assignee = assignee;
    }

    void markCarriedOver() {
        carriedOver = true;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getDescription() {
        return description;
    }

    public Employee getAssignee() {
        return assignee;
    }

    public Employee getCreatedBy() {
        return createdBy;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalTime getDueTime() {
        return dueTime;
    }

    public boolean isDone() {
        return done;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public TaskSource getSource() {
        return source;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public boolean isCarriedOver() {
        return carriedOver;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Not done, and due before the given day. */
    public boolean isOverdue(LocalDate today) {
        return !done && dueDate.isBefore(today);
    }

    @Override
    public String label() {
        return description;
    }
}
