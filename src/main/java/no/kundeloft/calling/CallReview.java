package no.kundeloft.calling;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.organisation.Employee;

/**
 * A leader's review of a call: a score of 1–5 per criterion, their average, and a comment the
 * seller reads.
 */
@Entity
@Table(name = "call_review")
public class CallReview extends AbstractEntity {

    @Column(name = "activity_id", nullable = false)
    private Long activityId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reviewer_id")
    private Employee reviewer;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    @Column(length = 2000)
    private String comment;

    @Column(nullable = false, precision = 3, scale = 2)
    private BigDecimal average;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_review_score", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "score")
    private Map<Long, Integer> scores = new HashMap<>();

    protected CallReview() {}

    CallReview(Long activityId, Employee reviewer) {
        this.activityId = activityId;
        this.reviewer = reviewer;
    }

    void score(Map<Long, Integer> scores, String comment, Instant at) {
        this.scores.clear();
        this.scores.putAll(scores);
        this.comment = comment;
        this.reviewedAt = at;
        this.average =
                BigDecimal.valueOf(scores.values().stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    public Long getActivityId() {
        return activityId;
    }

    public Employee getReviewer() {
        return reviewer;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getComment() {
        return comment;
    }

    public BigDecimal getAverage() {
        return average;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }
}
