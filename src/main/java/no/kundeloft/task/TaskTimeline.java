package no.kundeloft.task;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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
 * A customer's tasks in its timeline: when each was done, or when it was given while still open
 * (tasks moved from before tasks had a moment of their own show once done). A meeting booker sees
 * her own.
 */
@Component
class TaskTimeline implements TimelineSource {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;

    TaskTimeline(EntityManager entityManager, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
    }

    @Override
    public List<TimelineEntry> newest(Long customerId, Set<TimelineKind> kinds, int limit) {
        if (!kinds.contains(TimelineKind.TASK)) {
            return List.of();
        }
        return query(
                        "select t from Task t join fetch t.assignee",
                        customerId,
                        " order by coalesce(t.doneAt, t.createdAt) desc, t.id desc",
                        Task.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(
                        t ->
                                new TimelineEntry(
                                        TimelineKind.TASK,
                                        t.isDone() && t.getDoneAt() != null
                                                ? t.getDoneAt()
                                                : t.getCreatedAt(),
                                        t.isDone() ? "timeline.task.done" : "timeline.task.open",
                                        List.of(t.getDueDate()),
                                        t.getDescription(),
                                        t.getAssignee().getFullName(),
                                        "tasks"))
                .toList();
    }

    @Override
    public long count(Long customerId, Set<TimelineKind> kinds) {
        if (!kinds.contains(TimelineKind.TASK)) {
            return 0;
        }
        return query("select count(t) from Task t", customerId, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, Long customerId, String order, Class<T> type) {
        KundeloftUser user = currentUser.require();
        boolean booker = user.role() == SalesRole.MEETING_BOOKER;
        TypedQuery<T> query =
                entityManager
                        .createQuery(
                                select
                                        + " where t.customer.id = :customer and (t.doneAt is not null or (t.done = false and t.createdAt is not null))"
                                        + (booker ? " and t.assignee.id = :me" : "")
                                        + order,
                                type)
                        .setParameter("customer", customerId);
        return booker ? query.setParameter("me", user.employeeId()) : query;
    }
}
