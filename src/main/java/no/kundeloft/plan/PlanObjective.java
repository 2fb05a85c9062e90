package no.kundeloft.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import no.kundeloft.organisation.Employee;
import org.hibernate.envers.Audited;

/** What the plan means to achieve: measurable (a target value) and dated to count as such. */
@Entity
@Audited
@Table(name = "plan_objective")
public class PlanObjective extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private AccountPlan plan;

    @Column(nullable = false)
    private String description;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    @Column(name = "target_unit")
    private String targetUnit;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Employee owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObjectiveStatus status = ObjectiveStatus.OPEN;

    @Column(name = "percent_done")
    private int percentDone;

    @Column(name = "carried_over")
    private boolean carriedOver;

    protected PlanObjective() {}

    PlanObjective(AccountPlan plan) {
        this.plan = plan;
    }

    void set(
            String description,
            BigDecimal targetValue,
            String targetUnit,
            LocalDate dueDate,
            Employee owner,
            ObjectiveStatus status,
            int percentDone) {
        this.description = description;
        this.targetValue = targetValue;
        this.targetUnit = targetUnit;
        this.dueDate = dueDate;
        this.owner = owner;
        this.status = status;
        this.percentDone = percentDone;
    }

    void markCarriedOver() {
        carriedOver = true;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getTargetUnit() {
        return targetUnit;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Employee getOwner() {
        return owner;
    }

    public ObjectiveStatus getStatus() {
        return status;
    }

    public int getPercentDone() {
        return percentDone;
    }

    public boolean isCarriedOver() {
        return carriedOver;
    }

    /** Measurable and dated: a target value and a due date. */
    public boolean isMeasurable() {
        return targetValue != null && dueDate != null;
    }

    boolean isOpen() {
        return status != ObjectiveStatus.ACHIEVED && status != ObjectiveStatus.MISSED;
    }

    @Override
    public String label() {
        return description;
    }
}
