package no.kundeloft.customer;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Calls (with their outcome, length and contact) and notes in a customer's timeline. */
@Component
class ActivityTimeline implements TimelineSource {

    private final EntityManager entityManager;

    ActivityTimeline(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<TimelineEntry> newest(Long customerId, Set<TimelineKind> kinds, int limit) {
        List<ActivityKind> wanted = wanted(kinds);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery(
                        """
                        select a from CustomerActivity a join fetch a.author left join fetch a.contact
                        where a.customer.id = :customer and a.kind in :kinds order by a.occurredAt desc, a.id desc""",
                        CustomerActivity.class)
                .setParameter("customer", customerId)
                .setParameter("kinds", wanted)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(ActivityTimeline::entry)
                .toList();
    }

    @Override
    public long count(Long customerId, Set<TimelineKind> kinds) {
        List<ActivityKind> wanted = wanted(kinds);
        if (wanted.isEmpty()) {
            return 0;
        }
        return entityManager
                .createQuery(
                        "select count(a) from CustomerActivity a where a.customer.id = :customer and a.kind in :kinds",
                        Long.class)
                .setParameter("customer", customerId)
                .setParameter("kinds", wanted)
                .getSingleResult();
    }

    private static List<ActivityKind> wanted(Set<TimelineKind> kinds) {
        List<ActivityKind> wanted = new ArrayList<>();
        if (kinds.contains(TimelineKind.CALL)) {
            wanted.add(ActivityKind.CALL);
        }
        if (kinds.contains(TimelineKind.NOTE)) {
            wanted.add(ActivityKind.NOTE);
        }
        return wanted;
    }

    private static TimelineEntry entry(CustomerActivity activity) {
        if (activity.getKind() == ActivityKind.NOTE) {
            return new TimelineEntry(
                    TimelineKind.NOTE,
                    activity.getOccurredAt(),
                    "timeline.note",
                    List.of(),
                    activity.getText(),
                    activity.getAuthor().getFullName(),
                    null);
        }
        List<Object> facts = new ArrayList<>();
        facts.add(
                new TimelineEntry.Word(
                        activity.getOutcome() == null
                                ? "timeline.call.logged"
                                : "call.outcome." + activity.getOutcome().name()));
        facts.add(activity.getContact() == null ? "" : activity.getContact().getFullName());
        String text = activity.getText();
        if (activity.getReason() != null) {
            text = text == null ? activity.getReason() : activity.getReason() + "\n" + text;
        }
        if (activity.getNextStep() != null) {
            text = (text == null ? "" : text + "\n") + "→ " + activity.getNextStep();
        }
        return new TimelineEntry(
                TimelineKind.CALL,
                activity.getOccurredAt(),
                activity.getContact() == null ? "timeline.call" : "timeline.callWith",
                facts,
                text,
                activity.getAuthor().getFullName(),
                null);
    }
}
