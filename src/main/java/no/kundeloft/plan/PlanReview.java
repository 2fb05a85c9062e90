package no.kundeloft.plan;

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
import no.kundeloft.base.Labelled;
import no.kundeloft.organisation.Employee;
import org.hibernate.envers.Audited;

/** A leader's review of a plan: approved or needs work, with a comment. */
@Entity
@Audited
@Table(name = "plan_review")
public class PlanReview extends AbstractEntity implements Labelled {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private AccountPlan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_id")
    private Employee reviewer;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewVerdict verdict;

    private String comment;

    protected PlanReview() {}

    PlanReview(
            AccountPlan plan,
            Employee reviewer,
            Instant reviewedAt,
            ReviewVerdict verdict,
            String comment) {
        this.plan = plan;
        this.reviewer = reviewer;
        this.reviewedAt = reviewedAt;
        this.verdict = verdict;
        this.comment = comment;
    }

    public AccountPlan getPlan() {
        return plan;
    }

    public Employee getReviewer() {
        return reviewer;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public ReviewVerdict getVerdict() {
        return verdict;
    }

    public String getComment() {
        return comment;
    }

    @Override
    public String label() {
        return reviewer.getFullName();
    }
}
