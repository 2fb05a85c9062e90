package no.kundeloft.plan;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import no.kundeloft.customer.TimelineEntry;
import no.kundeloft.customer.TimelineKind;
import no.kundeloft.customer.TimelineSource;
import org.springframework.stereotype.Component;

/** Reviews of a key customer's account plans in its timeline: verdict, year, comment. */
@Component
class ReviewTimeline implements TimelineSource {

    private final EntityManager entityManager;

    ReviewTimeline(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<TimelineEntry> newest(Long customerId, Set<TimelineKind> kinds, int limit) {
        if (!kinds.contains(TimelineKind.PLAN)) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        """
                        select r from PlanReview r join fetch r.plan p join fetch r.reviewer
                        where p.customer.id = :customer order by r.reviewedAt desc, r.id desc""",
                        PlanReview.class)
                .setParameter("customer", customerId)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(
                        r ->
                                new TimelineEntry(
                                        TimelineKind.PLAN,
                                        r.getReviewedAt(),
                                        "timeline.plan." + r.getVerdict().name(),
                                        List.of(r.getPlan().getYear()),
                                        r.getComment(),
                                        r.getReviewer().getFullName(),
                                        "customers/" + customerId + "/plan"))
                .toList();
    }

    @Override
    public long count(Long customerId, Set<TimelineKind> kinds) {
        if (!kinds.contains(TimelineKind.PLAN)) {
            return 0;
        }
        return entityManager
                .createQuery(
                        "select count(r) from PlanReview r where r.plan.customer.id = :customer",
                        Long.class)
                .setParameter("customer", customerId)
                .getSingleResult();
    }
}
