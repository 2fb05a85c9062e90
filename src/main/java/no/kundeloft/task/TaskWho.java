package no.kundeloft.task;

import jakarta.persistence.TypedQuery;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;

/**
 * Whose tasks a list shows, resolved against the user's scope: one person's, or (null) everyone's
 * the user may see; and the query condition for what the user may see.
 */
record TaskWho(KundeloftUser user, RecordScope scope, Long person) {

    /** A leader sees whom the filter names (or everyone); anyone else their own. */
    static TaskWho of(KundeloftUser user, RecordScope scope, TaskFilter filter) {
        boolean leader = TaskService.LEADERS.contains(user.role());
        Long person =
                !leader
                        ? user.employeeId()
                        : filter.everyone()
                                ? null
                                : filter.assigneeId() == null
                                        ? user.employeeId()
                                        : filter.assigneeId();
        return new TaskWho(user, scope, person);
    }

    boolean booker() {
        return user.role() == SalesRole.MEETING_BOOKER;
    }

    /** A booker's scope covers customers, not hosts: her pending reports are her own. */
    RecordScope reportScope() {
        return booker() ? RecordScope.owner(user.employeeId()) : scope;
    }

    /**
     * Given to me, to someone in my scope, or at a customer in my scope (a booker: given to me).
     */
    String visibility() {
        if (booker()) {
            return "a.id = :me";
        }
        return "a.id = :me or exists (select 1 from Employee e where e = a and "
                + scope.jpql("e")
                + ")"
                + " or exists (select 1 from Customer k where k = c and "
                + scope.jpql("k.owner")
                + ")";
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        query.setParameter("me", user.employeeId());
        return booker() ? query : scope.bind(query);
    }
}
