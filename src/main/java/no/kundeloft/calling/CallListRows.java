package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kundeloft.base.Formats;
import org.springframework.stereotype.Component;

/**
 * Call lists as the list of lists shows them: owner, callers, contacts waiting, to call back and
 * done, and today's calls — counted for a page of lists in four grouped queries.
 */
@Component
class CallListRows {

    private final EntityManager entityManager;
    private final Clock clock;

    CallListRows(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    List<CallListRow> of(List<CallList> lists) {
        if (lists.isEmpty()) {
            return List.of();
        }
        List<Long> ids = lists.stream().map(CallList::getId).toList();
        Map<Long, Map<EntryState, Long>> states = new HashMap<>();
        for (Object[] row :
                entityManager
                        .createQuery(
                                """
                        select e.callList.id, e.state, count(e) from CallListEntry e where e.callList.id in :ids
                        group by e.callList.id, e.state""",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList()) {
            states.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                    .put((EntryState) row[1], (Long) row[2]);
        }
        Map<Long, Long> callsToday = new HashMap<>();
        Instant startOfDay =
                LocalDate.now(clock.withZone(Formats.ZONE)).atStartOfDay(Formats.ZONE).toInstant();
        for (Object[] row :
                entityManager
                        .createQuery(
                                """
                        select a.callListId, count(a) from CustomerActivity a where a.callListId in :ids and a.occurredAt >= :from
                        group by a.callListId""",
                                Object[].class)
                        .setParameter("ids", ids)
                        .setParameter("from", startOfDay)
                        .getResultList()) {
            callsToday.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, Long> callerCounts = new HashMap<>();
        for (Object[] row :
                entityManager
                        .createQuery(
                                "select l.id, count(c) from CallList l join l.callers c where l.id in :ids group by l.id",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList()) {
            callerCounts.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, String> owners = new HashMap<>();
        for (Object[] row :
                entityManager
                        .createQuery(
                                "select l.id, l.owner.fullName from CallList l where l.id in :ids",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList()) {
            owners.put((Long) row[0], (String) row[1]);
        }
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        return lists.stream()
                .map(
                        l -> {
                            Map<EntryState, Long> count = states.getOrDefault(l.getId(), Map.of());
                            return new CallListRow(
                                    l.getId(),
                                    l.getName(),
                                    owners.get(l.getId()),
                                    l.getStartsOn(),
                                    l.getEndsOn(),
                                    l.getCallsFrom(),
                                    l.getCallsUntil(),
                                    l.statusOn(today),
                                    callerCounts.getOrDefault(l.getId(), 0L).intValue(),
                                    count.getOrDefault(EntryState.WAITING, 0L),
                                    count.getOrDefault(EntryState.CALL_BACK, 0L),
                                    count.getOrDefault(EntryState.DONE, 0L),
                                    callsToday.getOrDefault(l.getId(), 0L));
                        })
                .toList();
    }
}
