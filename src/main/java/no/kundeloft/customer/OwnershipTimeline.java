package no.kundeloft.customer;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import no.kundeloft.base.Formats;
import org.springframework.stereotype.Component;

/** Who owned the customer from when: each ownership period's start in the customer's timeline. */
@Component
class OwnershipTimeline implements TimelineSource {

    private final EntityManager entityManager;

    OwnershipTimeline(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<TimelineEntry> newest(Long customerId, Set<TimelineKind> kinds, int limit) {
        if (!kinds.contains(TimelineKind.OWNER)) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        """
                        select o from CustomerOwnership o join fetch o.owner
                        where o.customer.id = :customer order by o.validFrom desc, o.id desc""",
                        CustomerOwnership.class)
                .setParameter("customer", customerId)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(
                        period ->
                                new TimelineEntry(
                                        TimelineKind.OWNER,
                                        period.getValidFrom()
                                                .atStartOfDay(Formats.ZONE)
                                                .toInstant(),
                                        "timeline.owner",
                                        List.of(period.getOwner().getFullName()),
                                        null,
                                        null,
                                        null))
                .toList();
    }

    @Override
    public long count(Long customerId, Set<TimelineKind> kinds) {
        if (!kinds.contains(TimelineKind.OWNER)) {
            return 0;
        }
        return entityManager
                .createQuery(
                        "select count(o) from CustomerOwnership o where o.customer.id = :customer",
                        Long.class)
                .setParameter("customer", customerId)
                .getSingleResult();
    }
}
