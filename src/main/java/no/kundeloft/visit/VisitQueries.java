package no.kundeloft.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.history.ChangeHistory;
import no.kundeloft.history.HistoryEntry;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import no.kundeloft.task.TaskSource;
import no.kundeloft.task.Tasks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reading visits: the calendar, one visit, its history and calendar file, and when sellers are
 * busy. A visit is visible to whoever may see its customer, to its host and to its participants; a
 * meeting booker sees the visits they booked and only the busy times of the sellers they serve.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('ADMIN')")
public class VisitQueries {

    private final VisitRepository visits;
    private final VisitAccess access;
    private final CustomerService customers;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ChangeHistory changeHistory;
    private final Tasks tasks;
    private final ExternalCalendars externalCalendars;
    private final ObjectProvider<BookingGrants> grants;

    VisitQueries(
            VisitRepository visits,
            VisitAccess access,
            CustomerService customers,
            OrganisationService organisation,
            CurrentUser currentUser,
            EntityManager entityManager,
            Clock clock,
            ChangeHistory changeHistory,
            Tasks tasks,
            ExternalCalendars externalCalendars,
            ObjectProvider<BookingGrants> grants) {
        this.visits = visits;
        this.access = access;
        this.customers = customers;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
        this.changeHistory = changeHistory;
        this.tasks = tasks;
        this.externalCalendars = externalCalendars;
        this.grants = grants;
    }

    /** The visits between two instants that the current user may see, filtered, by start time. */
    public List<VisitItem> calendar(Instant from, Instant to, VisitFilter filter) {
        KundeloftUser user = currentUser.require();
        RecordScope scope = organisation.currentScope();
        StringBuilder jpql =
                new StringBuilder(
                        """
                select distinct v from Visit v join fetch v.customer c join fetch v.host h
                left join fetch v.participants p left join fetch p.employee
                where v.startsAt < :to and v.endsAt > :from and (""");
        jpql.append(visibility(user, scope));
        jpql.append(")");
        if (filter.hostId() != null) {
            jpql.append(" and h.id = :hostId");
        }
        if (filter.customerId() != null) {
            jpql.append(" and c.id = :customerId");
        }
        if (filter.keyCustomersOnly()) {
            jpql.append(" and c.tier = no.kundeloft.customer.CustomerTier.KEY");
        }
        if (filter.directorAttending()) {
            jpql.append(" ")
                    .append(
                            """
                    and exists (select d from VisitParticipant d where d.visit = v
                       and d.status = no.kundeloft.visit.ParticipantStatus.ACCEPTED
                       and d.employee.role = no.kundeloft.security.SalesRole.SALES_DIRECTOR)""");
        }
        jpql.append(" order by v.startsAt");
        TypedQuery<Visit> query =
                entityManager
                        .createQuery(jpql.toString(), Visit.class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter("me", user.employeeId());
        if (user.role() != SalesRole.MEETING_BOOKER) {
            scope.bind(query);
        }
        if (filter.hostId() != null) {
            query.setParameter("hostId", filter.hostId());
        }
        if (filter.customerId() != null) {
            query.setParameter("customerId", filter.customerId());
        }
        return query.getResultList().stream().map(VisitItem::of).toList();
    }

    private static String visibility(KundeloftUser user, RecordScope scope) {
        if (user.role() == SalesRole.MEETING_BOOKER) {
            return "v.bookedBy.id = :me";
        }
        String mine =
                "h.id = :me or exists (select m from VisitParticipant m where m.visit = v and m.employee.id = :me)";
        return scope.jpql("c.owner") + " or " + mine;
    }

    /**
     * One visit; outside what the user may see it is "not found", and a booker sees only what they
     * booked.
     */
    public VisitDetails get(Long id) {
        Visit visit = access.requireVisible(id);
        return access.details(visit);
    }

    /** Writes one visit the user may see as an iCalendar file. */
    public void writeCalendarFile(Long id, OutputStream out) throws IOException {
        VisitCalendarFile.write(List.of(access.requireVisible(id)), clock.instant(), out);
    }

    /** A customer's latest reported visits, newest first; the customer must be visible. */
    public List<VisitDetails> recentReports(Long customerId, int count) {
        customers.requireVisible(customerId);
        return entityManager
                .createQuery(
                        """
                        select v from Visit v where v.customer.id = :customerId and v.status = no.kundeloft.visit.VisitStatus.DONE
                        order by v.startsAt desc""",
                        Visit.class)
                .setParameter("customerId", customerId)
                .setMaxResults(count)
                .getResultList()
                .stream()
                .map(access::details)
                .toList();
    }

    /**
     * Who the current user may name as host: themselves as a seller, or sellers of the teams in
     * their scope.
     */
    public List<HostOption> possibleHosts() {
        return access.possibleHosts();
    }

    /**
     * The other visits that would clash if the current user joined this one (shown before asking).
     */
    public List<VisitItem> conflictsIfIJoin(Long id) {
        Visit visit = access.requireVisible(id);
        return visits
                .findOverlapping(
                        Set.of(currentUser.require().employeeId()),
                        visit.getStartsAt(),
                        visit.getEndsAt(),
                        visit.getId())
                .stream()
                .map(VisitItem::of)
                .toList();
    }

    /**
     * When a seller is busy between two instants, without what the visits are: what a meeting
     * booker (or a leader) sees when finding a time. Sellers outside the user's scope are "not
     * found".
     */
    public List<BusyBlock> busy(Long sellerId, Instant from, Instant to) {
        requireBookable(sellerId);
        List<BusyBlock> blocks =
                new ArrayList<>(
                        visits.findBusy(sellerId, from, to).stream()
                                .map(row -> new BusyBlock((Instant) row[0], (Instant) row[1]))
                                .toList());
        blocks.addAll(externalCalendars.busy(sellerId, from, to));
        blocks.sort(java.util.Comparator.comparing(BusyBlock::start));
        return blocks;
    }

    /**
     * A seller's working week (Monday to Friday) for booking: busy blocks from visits and their own
     * published calendar, and the starts where a meeting of that length fits. For sellers the user
     * may book for.
     */
    public SellerWeek week(Long sellerId, LocalDate anyDay, int durationMinutes) {
        LocalDate monday =
                anyDay.with(
                        java.time.temporal.TemporalAdjusters.previousOrSame(
                                java.time.DayOfWeek.MONDAY));
        List<LocalDate> days = monday.datesUntil(monday.plusDays(5)).toList();
        List<BusyBlock> blocks =
                busy(
                        sellerId,
                        monday.atStartOfDay(Formats.ZONE).toInstant(),
                        monday.plusDays(5).atStartOfDay(Formats.ZONE).toInstant());
        return new SellerWeek(
                sellerId,
                monday,
                blocks,
                FreeSlots.on(days, Duration.ofMinutes(durationMinutes), blocks, clock.instant()));
    }

    private void requireBookable(Long sellerId) {
        KundeloftUser user = currentUser.require();
        if (!sellerId.equals(user.employeeId())
                && possibleHosts().stream().noneMatch(h -> h.id().equals(sellerId))
                && grants.stream().noneMatch(g -> g.mayBookFor(sellerId))) {
            throw new NotFoundException("Employee", sellerId);
        }
    }

    /** Today's date in Oslo, for forms. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    /**
     * Every change to a visit the user may see, its participants and follow-ups included; newest
     * first.
     */
    public List<HistoryEntry> history(Long id) {
        access.requireVisible(id);
        List<HistoryEntry> entries =
                new ArrayList<>(
                        changeHistory.withParts(Visit.class, id, "visit", VisitParticipant.class));
        entries.addAll(tasks.history(TaskSource.VISIT, id));
        entries.sort(HistoryEntry.NEWEST_FIRST);
        return entries;
    }
}
