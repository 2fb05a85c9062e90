package no.kundeloft.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import no.kundeloft.customer.TimelineEntry;
import no.kundeloft.customer.TimelineKind;
import no.kundeloft.customer.TimelineSource;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import org.springframework.stereotype.Component;

/**
 * A customer's visits in its timeline at their start, planned, held (with the report's summary) or
 * cancelled; a meeting booker sees the visits she booked, as on the visit pages.
 */
@Component
class VisitTimeline implements TimelineSource {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final Clock clock;

    VisitTimeline(EntityManager entityManager, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
    }

    @Override
    public List<TimelineEntry> newest(Long customerId, Set<TimelineKind> kinds, int limit) {
        if (!kinds.contains(TimelineKind.VISIT)) {
            return List.of();
        }
        return query(
                        "select v from Visit v join fetch v.host",
                        customerId,
                        " order by v.startsAt desc, v.id desc",
                        Visit.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(
                        v ->
                                new TimelineEntry(
                                        TimelineKind.VISIT,
                                        v.getStartsAt(),
                                        "timeline.visit." + state(v),
                                        List.of(v.getPurpose()),
                                        v.getSummary(),
                                        v.getHost().getFullName(),
                                        "visits/" + v.getId()))
                .toList();
    }

    @Override
    public long count(Long customerId, Set<TimelineKind> kinds) {
        if (!kinds.contains(TimelineKind.VISIT)) {
            return 0;
        }
        return query("select count(v) from Visit v", customerId, "", Long.class).getSingleResult();
    }

    /** A planned visit that has ended is still waiting for its report. */
    private String state(Visit visit) {
        return visit.getStatus() == VisitStatus.PLANNED
                        && !visit.getEndsAt().isAfter(clock.instant())
                ? "UNREPORTED"
                : visit.getStatus().name();
    }

    private <T> TypedQuery<T> query(String select, Long customerId, String order, Class<T> type) {
        KundeloftUser user = currentUser.require();
        boolean booker = user.role() == SalesRole.MEETING_BOOKER;
        TypedQuery<T> query =
                entityManager
                        .createQuery(
                                select
                                        + " where v.customer.id = :customer"
                                        + (booker ? " and v.bookedBy.id = :me" : "")
                                        + order,
                                type)
                        .setParameter("customer", customerId);
        return booker ? query.setParameter("me", user.employeeId()) : query;
    }
}
