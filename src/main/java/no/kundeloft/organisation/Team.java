package no.kundeloft.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;

/** A team leader's team of sellers within a department. */
@Entity
public class Team extends AbstractEntity implements Labelled {

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_id")
    private Employee leader;

    /** A leader with an own new-sales budget leads fewer sellers (see {@link TeamSizeRule}). */
    @Column(name = "leader_has_own_budget", nullable = false)
    private boolean leaderHasOwnBudget;

    protected Team() {}

    public Team(String name, Department department, boolean leaderHasOwnBudget) {
        this.name = name;
        this.department = department;
        this.leaderHasOwnBudget = leaderHasOwnBudget;
    }

    void update(String name, Department department, boolean leaderHasOwnBudget) {
        this.name = name;
        this.department = department;
        this.leaderHasOwnBudget = leaderHasOwnBudget;
    }

    public String getName() {
        return name;
    }

    public Department getDepartment() {
        return department;
    }

    public Employee getLeader() {
        return leader;
    }

    public void setLeader(Employee leader) {
        this.leader = leader;
    }

    public boolean isLeaderHasOwnBudget() {
        return leaderHasOwnBudget;
    }

    @Override
    public String label() {
        return name;
    }
}
