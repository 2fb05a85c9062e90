package no.kundeloft.calling;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.Texts;
import no.kundeloft.customer.CallForm;
import no.kundeloft.customer.CallLog;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.organisation.Employee;
import no.kundeloft.pipeline.Orders;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.visit.SellerWeek;
import no.kundeloft.visit.VisitForm;
import no.kundeloft.visit.VisitQueries;
import no.kundeloft.visit.VisitService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The queue a caller works through. Taking the next contact locks the list, so two callers never
 * get the same one: each gets the first contact due that nobody holds — their own call backs first,
 * then those waiting longest. An outcome is written to the customer's log, moves the contact on
 * (back in the queue after the list's wait, to the caller at the agreed time, or done) and hands
 * out the next contact in the same step.
 */
@Service
@Validated
@PreAuthorize("hasAnyRole('TELESALES','MEETING_BOOKER')")
@Transactional
public class CallQueue {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final CallLog callLog;
    private final VisitService visits;
    private final VisitQueries visitQueries;
    private final Orders orders;
    private final CallCards cards;
    private final Clock clock;

    CallQueue(
            EntityManager entityManager,
            CurrentUser currentUser,
            CallLog callLog,
            VisitService visits,
            VisitQueries visitQueries,
            Orders orders,
            CallCards cards,
            Clock clock) {
        this.cards = cards;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.callLog = callLog;
        this.visits = visits;
        this.visitQueries = visitQueries;
        this.orders = orders;
        this.clock = clock;
    }

    /**
     * The contact the caller has on screen on this list, or the next one due, now held for them; or
     * why there is none.
     */
    public QueueState next(Long listId) {
        return nextIn(lockAsCaller(listId));
    }

    /**
     * Records how the call to the contact on screen went and gives the next contact. Refused when
     * someone else holds the contact, when it is done already, or when the outcome lacks what it
     * needs (a reason, a time, a booking, an order).
     */
    public QueueState record(Long entryId, @Valid @NotNull CallResult result) {
        KundeloftUser user = currentUser.require();
        CallListEntry entry = entry(entryId);
        CallList list = lockAsCaller(entry.getCallList().getId());
        entityManager.refresh(entry, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (entry.getState() == EntryState.DONE) {
            throw new CallListRefusedException("calling.refused.done");
        }
        if (!entry.heldBy(user.employeeId())
                && entry.getClaimedUntil() != null
                && entry.getClaimedUntil().isAfter(now)) {
            throw new CallListRefusedException("calling.refused.taken");
        }
        if (!list.runsOn(today())) {
            throw new CallListRefusedException("calling.refused.notRunning");
        }
        Employee me = entityManager.getReference(Employee.class, user.employeeId());
        Instant callBackAt = callBackAt(result, now);
        switch (result.outcome()) {
            case MEETING_BOOKED -> book(entry, list, result.meeting());
            case ORDER -> order(entry, list, user, result);
            default -> {}
        }
        callLog.log(entry.getCustomer(), me, callForm(entry, result), list.getId());
        if (result.outcome() == CallOutcome.NOT_INTERESTED && result.doNotCall()) {
            entry.getContact().setDoNotCall(true, now);
        }
        entry.called(result.outcome(), now, me, callBackAt);
        entityManager.flush();
        return nextIn(list);
    }

    /** Gives the contact on screen back to the queue, for someone else to call. */
    public void release(Long entryId) {
        KundeloftUser user = currentUser.require();
        CallListEntry entry = entry(entryId);
        lockAsCaller(entry.getCallList().getId());
        if (entry.heldBy(user.employeeId())) {
            entry.release();
        }
    }

    /**
     * Skips the contact on screen for now: it waits half an hour behind the others, and the next
     * contact is shown.
     */
    public QueueState skip(Long entryId) {
        KundeloftUser user = currentUser.require();
        CallListEntry entry = entry(entryId);
        CallList list = lockAsCaller(entry.getCallList().getId());
        if (entry.heldBy(user.employeeId())) {
            entry.skip(clock.instant());
            entityManager.flush();
        }
        return nextIn(list);
    }

    /**
     * A listed seller's working week with free times, to book a meeting with the contact on screen.
     */
    @Transactional(readOnly = true)
    public SellerWeek week(Long entryId, Long sellerId, LocalDate anyDay, int durationMinutes) {
        CallListEntry entry = heldEntry(entryId);
        requireListedSeller(entry.getCallList(), sellerId);
        return visitQueries.week(sellerId, anyDay, durationMinutes);
    }

    /**
     * The call backs agreed by the caller and not made yet, on lists that run, by when they are
     * due.
     */
    @Transactional(readOnly = true)
    public List<CallBackLine> myCallBacks() {
        return entityManager
                .createQuery(
                        """
                        select new no.kundeloft.calling.CallBackLine(e.id, l.id, l.name, c.name, k.fullName, e.dueAt)
                        from CallListEntry e join e.callList l join e.customer c join e.contact k
                        where e.state = no.kundeloft.calling.EntryState.CALL_BACK and e.reservedFor.id = :me
                        and l.stoppedAt is null and l.endsOn >= :today order by e.dueAt""",
                        CallBackLine.class)
                .setParameter("me", currentUser.require().employeeId())
                .setParameter("today", today())
                .getResultList();
    }

    private QueueState nextIn(CallList list) {
        Instant now = clock.instant();
        LocalDateTime local = LocalDateTime.ofInstant(now, Formats.ZONE);
        long waiting = waiting(list);
        QueueState.Why closed =
                switch (list.statusOn(local.toLocalDate())) {
                    case PLANNED -> QueueState.Why.NOT_STARTED;
                    case ENDED, STOPPED -> QueueState.Why.ENDED;
                    case RUNNING -> list.callableAt(local) ? null : QueueState.Why.OUTSIDE_HOURS;
                };
        if (closed != null) {
            return new QueueState(
                    null,
                    closed,
                    null,
                    list.getStartsOn(),
                    list.getCallsFrom(),
                    list.getCallsUntil(),
                    waiting);
        }
        Long me = currentUser.require().employeeId();
        CallListEntry entry = held(list, me);
        if (entry == null) {
            entry = firstDue(list, me, now);
            if (entry == null) {
                return new QueueState(
                        null,
                        QueueState.Why.NOBODY_DUE,
                        nextDue(list, me),
                        list.getStartsOn(),
                        list.getCallsFrom(),
                        list.getCallsUntil(),
                        waiting);
            }
            entry.claim(entityManager.getReference(Employee.class, me), now);
            entityManager.flush();
        }
        return new QueueState(
                cards.card(entry, list),
                QueueState.Why.CALLING,
                null,
                list.getStartsOn(),
                list.getCallsFrom(),
                list.getCallsUntil(),
                waiting);
    }

    private CallListEntry held(CallList list, Long me) {
        return entityManager
                .createQuery(
                        """
                        select e from CallListEntry e join fetch e.customer join fetch e.contact
                        where e.callList = :list and e.claimedBy.id = :me and e.state <> no.kundeloft.calling.EntryState.DONE
                        and e.contact.doNotCall = false order by e.id""",
                        CallListEntry.class)
                .setParameter("list", list)
                .setParameter("me", me)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    private CallListEntry firstDue(CallList list, Long me, Instant now) {
        return entityManager
                .createQuery(
                        """
                        select e from CallListEntry e join fetch e.customer join fetch e.contact k left join e.reservedFor r
                        where e.callList = :list and e.state <> no.kundeloft.calling.EntryState.DONE
                        and (e.dueAt is null or e.dueAt <= :now) and (e.claimedUntil is null or e.claimedUntil < :now)
                        and (r is null or r.id = :me) and k.doNotCall = false
                        order by case when r.id = :me then 0 else 1 end, e.dueAt asc nulls last, e.id""",
                        CallListEntry.class)
                .setParameter("list", list)
                .setParameter("me", me)
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    private Instant nextDue(CallList list, Long me) {
        return entityManager
                .createQuery(
                        """
                        select min(e.dueAt) from CallListEntry e left join e.reservedFor r
                        where e.callList = :list and e.state <> no.kundeloft.calling.EntryState.DONE and e.dueAt is not null
                        and (r is null or r.id = :me) and e.contact.doNotCall = false""",
                        Instant.class)
                .setParameter("list", list)
                .setParameter("me", me)
                .getSingleResult();
    }

    private long waiting(CallList list) {
        return entityManager
                .createQuery(
                        """
                        select count(e) from CallListEntry e where e.callList = :list
                        and e.state = no.kundeloft.calling.EntryState.WAITING""",
                        Long.class)
                .setParameter("list", list)
                .getSingleResult();
    }

    private void book(CallListEntry entry, CallList list, VisitForm meeting) {
        if (meeting == null) {
            throw new CallListRefusedException("calling.refused.meetingMissing");
        }
        requireListedSeller(list, meeting.getHostId());
        if (Texts.blankToNull(meeting.getNeed()) == null) {
            throw new CallListRefusedException("calling.refused.needRequired");
        }
        meeting.setCustomerId(entry.getCustomer().getId());
        meeting.getContactIds().retainAll(List.of(entry.getContact().getId()));
        visits.plan(meeting);
    }

    private void order(CallListEntry entry, CallList list, KundeloftUser user, CallResult result) {
        if (Texts.blankToNull(result.orderTitle()) == null || result.orderYearlyValue() == null) {
            throw new CallListRefusedException("calling.refused.orderMissing");
        }
        orders.won(
                entry.getCustomer(),
                user,
                result.orderTitle().strip(),
                result.orderYearlyValue(),
                list.getName());
    }

    private static CallForm callForm(CallListEntry entry, CallResult result) {
        boolean callBack = result.outcome() == CallOutcome.CALL_BACK;
        return new CallForm(
                entry.getContact().getId(),
                result.outcome(),
                result.durationMinutes(),
                result.notes(),
                result.reason(),
                callBack ? result.callBackWhat() : null,
                callBack ? result.callBackAt().toLocalDate() : null,
                callBack ? result.callBackAt().toLocalTime() : null);
    }

    private Instant callBackAt(CallResult result, Instant now) {
        if (result.outcome() != CallOutcome.CALL_BACK) {
            return null;
        }
        if (result.callBackAt() == null) {
            throw new CallListRefusedException("calling.refused.callBackWhen");
        }
        Instant at = result.callBackAt().atZone(Formats.ZONE).toInstant();
        if (!at.isAfter(now)) {
            throw new CallListRefusedException("calling.refused.callBackPast");
        }
        return at;
    }

    private void requireListedSeller(CallList list, Long sellerId) {
        if (sellerId == null
                || list.getSellers().stream().noneMatch(s -> s.getId().equals(sellerId))) {
            throw new CallListRefusedException("calling.refused.seller");
        }
    }

    private CallListEntry entry(Long entryId) {
        CallListEntry entry = entityManager.find(CallListEntry.class, entryId);
        if (entry == null || !isCaller(entry.getCallList())) {
            throw new NotFoundException("CallListEntry", entryId);
        }
        return entry;
    }

    private CallListEntry heldEntry(Long entryId) {
        CallListEntry entry = entry(entryId);
        if (!entry.heldBy(currentUser.require().employeeId())) {
            throw new NotFoundException("CallListEntry", entryId);
        }
        return entry;
    }

    private CallList lockAsCaller(Long listId) {
        CallList list = entityManager.find(CallList.class, listId, LockModeType.PESSIMISTIC_WRITE);
        if (list == null || !isCaller(list)) {
            throw new NotFoundException("CallList", listId);
        }
        return list;
    }

    private boolean isCaller(CallList list) {
        Long me = currentUser.require().employeeId();
        return list.getCallers().stream().anyMatch(c -> c.getId().equals(me));
    }

    /** Today in Oslo, for forms. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
