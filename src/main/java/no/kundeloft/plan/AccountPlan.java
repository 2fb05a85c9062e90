package no.kundeloft.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Labelled;
import no.kundeloft.customer.Customer;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** One key customer's plan for one year. */
@Entity
@Audited
@Table(name = "account_plan")
public class AccountPlan extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "plan_year", nullable = false)
    private int year;

    private String business;
    private String priorities;

    @Column(name = "our_position")
    private String ourPosition;

    private String competitors;
    private String strategy;

    @Column(name = "updated_by")
    @NotAudited
    private String updatedBy;

    @Column(name = "updated_at")
    @NotAudited
    private Instant updatedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PlanObjective> objectives = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PlanRisk> risks = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("reviewedAt desc")
    private List<PlanReview> reviews = new ArrayList<>();

    @NotAudited // Envers cannot key a list of embeddables without an order column; see decision 018
    @ElementCollection
    @CollectionTable(name = "plan_whitespace", joinColumns = @JoinColumn(name = "plan_id"))
    private List<WhitespaceCell> whitespace = new ArrayList<>();

    protected AccountPlan() {}

    AccountPlan(Customer customer, int year) {
        this.customer = customer;
        this.year = year;
    }

    /**
     * Next year's plan started from this one: situation and whitespace copied, open objectives
     * carried over and marked so.
     */
    AccountPlan nextYear() {
        AccountPlan next = new AccountPlan(customer, year + 1);
        next.describe(
                getBusiness(), getPriorities(), getOurPosition(), getCompetitors(), getStrategy());
        whitespace()
                .forEach(
                        cell ->
                                next.whitespace()
                                        .add(
                                                new WhitespaceCell(
                                                        cell.getOfferingId(),
                                                        cell.getState(),
                                                        cell.getPotential())));
        for (PlanObjective objective : objectives()) {
            if (objective.isOpen()) {
                PlanObjective copy = new PlanObjective(next);
                next.objectives().add(copy);
                copy.set(
                        objective.getDescription(),
                        objective.getTargetValue(),
                        objective.getTargetUnit(),
                        objective.getDueDate(),
                        objective.getOwner(),
                        objective.getStatus(),
                        objective.getPercentDone());
                copy.markCarriedOver();
            }
        }
        return next;
    }

    void describe(
            String business,
            String priorities,
            String ourPosition,
            String competitors,
            String strategy) {
        this.business = business;
        this.priorities = priorities;
        this.ourPosition = ourPosition;
        this.competitors = competitors;
        this.strategy = strategy;
    }

    void markUpdated(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    List<PlanObjective> objectives() {
        return objectives;
    }

    List<PlanRisk> risks() {
        return risks;
    }

    List<PlanReview> reviews() {
        return reviews;
    }

    List<WhitespaceCell> whitespace() {
        return whitespace;
    }

    public Customer getCustomer() {
        return customer;
    }

    public int getYear() {
        return year;
    }

    public String getBusiness() {
        return business;
    }

    public String getPriorities() {
        return priorities;
    }

    public String getOurPosition() {
        return ourPosition;
    }

    public String getCompetitors() {
        return competitors;
    }

    public String getStrategy() {
        return strategy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String label() {
        return String.valueOf(year);
    }
}
