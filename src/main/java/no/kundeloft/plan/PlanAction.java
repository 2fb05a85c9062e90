package no.kundeloft.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import no.kundeloft.organisation.Employee;
import org.hibernate.envers.Audited;

/** A step of the action plan: what, who, by when, done or not. */
@Entity
@Audited
@Table(name = "plan_action")
public class PlanAction extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private AccountPlan plan;

    @Column(nullable = false)
    private String description;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Employee owner;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    private boolean done;
    @Column(name = "carried_over")
    private boolean carriedOver;

    protected PlanAction() {
    }

    PlanAction(AccountPlan plan, String description, Employee owner, LocalDate dueDate) {
        this.plan = plan;
        this.description = description;
        this.owner = owner;
        this.dueDate = dueDate;
    }

    void set(String description, Employee owner, LocalDate dueDate, boolean done) {
        this.description = description;
        this.owner = owner;
        this.dueDate = dueDate;
        this.done = done;
    }

    void markCarriedOver() {
        carriedOver = true;
    }

    public AccountPlan getPlan() {
        return plan;
    }

    public String getDescription() {
        return description;
    }

    public Employee getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isCarriedOver() {
        return carriedOver;
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
