package no.kundeloft.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import org.hibernate.envers.Audited;

/** A risk to the account: how likely and how bad (1–5 each), and what we do about it. */
@Entity
@Audited
@Table(name = "plan_risk")
public class PlanRisk extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private AccountPlan plan;

    @Column(nullable = false)
    private String description;

    private int likelihood;
    private int impact;
    private String mitigation;

    protected PlanRisk() {}

    PlanRisk(AccountPlan plan, String description, int likelihood, int impact, String mitigation) {
        this.plan = plan;
        this.description = description;
        this.likelihood = likelihood;
        this.impact = impact;
        this.mitigation = mitigation;
    }

    public String getDescription() {
        return description;
    }

    public int getLikelihood() {
        return likelihood;
    }

    public int getImpact() {
        return impact;
    }

    public String getMitigation() {
        return mitigation;
    }

    @Override
    public String label() {
        return description;
    }
}
