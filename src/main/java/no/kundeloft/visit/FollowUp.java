package no.kundeloft.visit;

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

/** A next step from a visit report: what, who and by when. */
@Entity
@Audited
@Table(name = "visit_follow_up")
public class FollowUp extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    @Column(nullable = false)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Employee owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    private boolean done;

    protected FollowUp() {
    }

    FollowUp(Visit visit, String description, Employee owner, LocalDate dueDate) {
        this.visit = visit;
        this.description = description;
        this.owner = owner;
        this.dueDate = dueDate;
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

    void setDone(boolean done) {
        this.done = done;
    }

    @Override
    public String label() {
        return description;
    }
}
