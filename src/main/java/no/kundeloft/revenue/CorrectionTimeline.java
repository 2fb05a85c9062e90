package no.kundeloft.revenue;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.kundeloft.customer.TimelineEntry;
import no.kundeloft.customer.TimelineKind;
import no.kundeloft.customer.TimelineSource;
import org.springframework.stereotype.Component;

/** A customer's revenue corrections in its timeline: month, from, to, why. */
@Component
class CorrectionTimeline implements TimelineSource {

    private final EntityManager entityManager;

    CorrectionTimeline(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<TimelineEntry> newest(Long customerId, Set<TimelineKind> kinds, int limit) {
        if (!kinds.contains(TimelineKind.REVENUE)) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        """
                        select c from RevenueCorrection c where c.customer.id = :customer
                        order by c.correctedAt desc, c.id desc""",
                        RevenueCorrection.class)
                .setParameter("customer", customerId)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(
                        c ->
                                new TimelineEntry(
                                        TimelineKind.REVENUE,
                                        c.getCorrectedAt(),
                                        "timeline.revenue",
                                        Arrays.asList(
                                                c.getMonth(),
                                                c.getPreviousAmount(),
                                                c.getNewAmount()),
                                        c.getReason(),
                                        c.getCorrectedBy(),
                                        null))
                .toList();
    }

    @Override
    public long count(Long customerId, Set<TimelineKind> kinds) {
        if (!kinds.contains(TimelineKind.REVENUE)) {
            return 0;
        }
        return entityManager
                .createQuery(
                        "select count(c) from RevenueCorrection c where c.customer.id = :customer",
                        Long.class)
                .setParameter("customer", customerId)
                .getSingleResult();
    }
}
