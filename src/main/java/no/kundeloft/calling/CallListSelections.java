package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.stream.Collectors;
import no.kundeloft.organisation.Team;
import org.springframework.stereotype.Component;

/**
 * A selection of contacts for a call list, counted and added in the database: those on the list
 * already, who asked not to be called or who declined lately are left out.
 */
@Component
class CallListSelections {

    private final EntityManager entityManager;
    private final Clock clock;

    CallListSelections(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * How many contacts a selection would add to the list, and how many it leaves out because they
     * are on it already, asked not to be called or declined.
     */
    SelectionPreview preview(CallList list, ContactSelection selection) {
        Object[] row =
                (Object[])
                        bind(
                                        entityManager.createNativeQuery(
                                                "select count(*),"
                                                        + " coalesce(sum(case when k.do_not_call = true then 1 else 0 end), 0),"
                                                        + " coalesce(sum(case when k.do_not_call = false and "
                                                        + ContactSelection.declined()
                                                        + " then 1 else 0 end), 0),"
                                                        + " coalesce(sum(case when k.do_not_call = false and not "
                                                        + ContactSelection.declined()
                                                        + " and exists (select 1 from call_list_entry e where e.call_list_id = :listId and e.contact_id = k.id) then 1 else 0 end), 0)"
                                                        + selection.candidates()),
                                        list,
                                        selection)
                                .getSingleResult();
        long total = number(row[0]);
        long doNotCall = number(row[1]);
        long declined = number(row[2]);
        long already = number(row[3]);
        return new SelectionPreview(
                total - doNotCall - declined - already, already, doNotCall, declined);
    }

    /** Puts the selection's contacts on the list, locked meanwhile; returns how many were added. */
    int add(CallList list, ContactSelection selection) {
        // the list locked, so two leaders adding at once cannot put a contact on it twice
        entityManager.lock(list, LockModeType.PESSIMISTIC_WRITE);
        return bind(
                        entityManager.createNativeQuery(
                                "insert into call_list_entry (id, version, call_list_id, customer_id, contact_id, state, tries)"
                                        + " select nextval('entity_seq'), 0, :listId, c.id, k.id, 'WAITING', 0"
                                        + selection.candidates()
                                        + " and k.do_not_call = false and not "
                                        + ContactSelection.declined()
                                        + " and not exists (select 1 from call_list_entry e where e.call_list_id = :listId and e.contact_id = k.id)"),
                        list,
                        selection)
                .executeUpdate();
    }

    private Query bind(Query query, CallList list, ContactSelection selection) {
        query.setParameter("listId", list.getId());
        return selection.bind(
                query,
                list.getTeams().stream().map(Team::getId).collect(Collectors.toSet()),
                clock.instant());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
