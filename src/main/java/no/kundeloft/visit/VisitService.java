package no.kundeloft.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.Texts;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.history.ChangeHistory;
import no.kundeloft.history.HistoryEntry;
import no.kundeloft.notification.Notice;
import no.kundeloft.notification.NotificationKind;
import no.kundeloft.notification.Notifications;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.People;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.pipeline.DealActivity;
import no.kundeloft.revenue.RevenueService;
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
 * Planning, booking, joining and reporting visits. A visit is visible to whoever may see its
 * customer, to its host and to its participants; a meeting booker sees the visits they booked and
 * only the busy times of the sellers they serve. No internal participant is ever booked twice at
 * the same time.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('ADMIN')")
public class VisitService {

    /** Stands for "never visited" where a last visit is sorted. */
    private static final Instant NEVER_VISITED = Instant.EPOCH;

    private static final Set<SalesRole> JOINERS =
            Set.of(SalesRole.SALES_DIRECTOR, SalesRole.SALES_MANAGER, SalesRole.TEAM_LEADER);

    private final VisitRepository visits;
    private final Notifications notifications;
    private final CustomerService customers;
    private final OrganisationService organisation;
    private final People people;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;
    private final VisitCadence cadence;
    private final RevenueService revenueService;
    private final ChangeHistory changeHistory;
    private final DealActivity dealActivity;
    private final Tasks tasks;
    private final ExternalCalendars externalCalendars;
    private final ObjectProvider<BookingGrants> grants;
    private final VisitColumns visitColumns;

    VisitService(
            VisitRepository visits,
            Notifications notifications,
            CustomerService customers,
            OrganisationService organisation,
            People people,
            CurrentUser currentUser,
            EntityManager entityManager,
            Clock clock,
            VisitCadence cadence,
            RevenueService revenueService,
            ChangeHistory changeHistory,
            DealActivity dealActivity,
            Tasks tasks,
            ExternalCalendars externalCalendars,
            ObjectProvider<BookingGrants> grants,
            VisitColumns visitColumns) {
        this.visitColumns = visitColumns;
        this.externalCalendars = externalCalendars;
        this.grants = grants;
        this.dealActivity = dealActivity;
        this.tasks = tasks;
        this.cadence = cadence;
        this.revenueService = revenueService;
        this.visits = visits;
        this.notifications = notifications;
        this.customers = customers;
        this.organisation = organisation;
        this.people = people;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
        this.changeHistory = changeHistory;
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
        Visit visit = requireVisible(id);
        return details(visit);
    }

    /** Writes one visit the user may see as an iCalendar file. */
    public void writeCalendarFile(Long id, OutputStream out) throws IOException {
        VisitCalendarFile.write(List.of(requireVisible(id)), clock.instant(), out);
    }

    /**
     * Active customers in scope that are overdue for a visit: none within their tier's cadence and
     * none planned. Counted in SQL; the {@code limit} longest overdue (never visited first) are
     * listed.
     */
    public Overdue overdueForVisit(int limit) {
        return overdueForVisit(0, limit);
    }

    /** As {@link #overdueForVisit(int)}, a page further down the list: from {@code offset} on. */
    public Overdue overdueForVisit(int offset, int limit) {
        RecordScope scope = organisation.currentScope();
        if (currentUser.require().role() == SalesRole.MEETING_BOOKER || scope.isEmpty()) {
            return new Overdue(0, List.of());
        }
        String scopeCondition = inScope(scope, "o");
        String where =
                """
                from Customer c join c.owner o
                where c.status = no.kundeloft.customer.CustomerStatus.ACTIVE%s
                  and not exists (select p from Visit p where p.customer = c
                       and p.status = no.kundeloft.visit.VisitStatus.PLANNED and p.startsAt > :now)
                  and not exists (select r from Visit r where r.customer = c
                       and r.status <> no.kundeloft.visit.VisitStatus.CANCELLED and r.startsAt <= :now
                       and ((c.tier = no.kundeloft.customer.CustomerTier.KEY and r.startsAt > :keyCutoff)
                            or (c.tier <> no.kundeloft.customer.CustomerTier.KEY and r.startsAt > :standardCutoff)))"""
                        .formatted(scopeCondition);
        Instant now = clock.instant();
        TypedQuery<Long> count = entityManager.createQuery("select count(c) " + where, Long.class);
        // never visited sorts first as the oldest moment, not through NULLS FIRST, which Hibernate
        // leaves out
        // for H2 (it takes nulls for low there) while the app's H2 sorts nulls high
        TypedQuery<Object[]> rows =
                entityManager
                        .createQuery(
                                """
                select c.id, c.name, c.tier, o.fullName,
                  coalesce((select max(l.startsAt) from Visit l where l.customer = c
                     and l.status <> no.kundeloft.visit.VisitStatus.CANCELLED and l.startsAt <= :now), :never) as lastVisit
                """
                                        + where
                                        + " order by lastVisit asc, c.name, c.id",
                                Object[].class)
                        .setParameter("never", NEVER_VISITED)
                        .setFirstResult(offset)
                        .setMaxResults(limit);
        for (TypedQuery<?> query : List.of(count, rows)) {
            query.setParameter("now", now)
                    .setParameter("keyCutoff", now.minus(Duration.ofDays(cadence.keyDays())))
                    .setParameter(
                            "standardCutoff", now.minus(Duration.ofDays(cadence.standardDays())));
            scope.bind(query);
        }
        List<OverdueCustomer> first =
                rows.getResultList().stream()
                        .map(
                                row ->
                                        new OverdueCustomer(
                                                (Long) row[0],
                                                (String) row[1],
                                                row[2] == no.kundeloft.customer.CustomerTier.KEY,
                                                (String) row[3],
                                                NEVER_VISITED.equals(row[4])
                                                        ? null
                                                        : (Instant) row[4]))
                        .toList();
        return new Overdue(count.getSingleResult(), first);
    }

    /**
     * Per key customer in scope, when a director last attended a visit there; those with none in
     * the last twelve months are uncovered. Directors, managers and team leaders only.
     */
    public List<CoverageLine> directorCoverage() {
        KundeloftUser user = currentUser.require();
        if (!JOINERS.contains(user.role())) {
            throw new VisitRefusedException("visit.refused.coverage");
        }
        RecordScope scope = organisation.currentScope();
        if (scope.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Instant yearAgo = now.minus(Duration.ofDays(365));
        TypedQuery<Object[]> query =
                entityManager
                        .createQuery(
                                """
                select c.id, c.name, o.fullName,
                  coalesce((select max(v.startsAt) from Visit v join v.participants p
                     where v.customer = c and v.status <> no.kundeloft.visit.VisitStatus.CANCELLED and v.startsAt <= :now
                       and p.status = no.kundeloft.visit.ParticipantStatus.ACCEPTED
                       and p.employee.role = no.kundeloft.security.SalesRole.SALES_DIRECTOR), :never) as lastVisit
                from Customer c join c.owner o
                where c.tier = no.kundeloft.customer.CustomerTier.KEY
                  and c.status <> no.kundeloft.customer.CustomerStatus.LOST"""
                                        + inScope(scope, "o")
                                        + " order by lastVisit asc, c.name",
                                Object[].class)
                        .setParameter("now", now)
                        .setParameter("never", NEVER_VISITED);
        scope.bind(query);
        List<Object[]> rows = query.getResultList();
        Map<Long, String> directors =
                lastDirectors(rows.stream().map(row -> (Long) row[0]).toList(), now);
        return rows.stream()
                .map(
                        row -> {
                            Instant last = NEVER_VISITED.equals(row[3]) ? null : (Instant) row[3];
                            return new CoverageLine(
                                    (Long) row[0],
                                    (String) row[1],
                                    (String) row[2],
                                    last,
                                    directors.get((Long) row[0]),
                                    last == null || last.isBefore(yearAgo));
                        })
                .toList();
    }

    /** Who the director was at each customer's latest director-attended visit. */
    private Map<Long, String> lastDirectors(List<Long> customerIds, Instant now) {
        Map<Long, String> names = new HashMap<>();
        if (customerIds.isEmpty()) {
            return names;
        }
        entityManager
                .createQuery(
                        """
                        select v.customer.id, p.employee.fullName from Visit v join v.participants p
                        where v.customer.id in :ids and v.status <> no.kundeloft.visit.VisitStatus.CANCELLED
                          and v.startsAt <= :now and p.status = no.kundeloft.visit.ParticipantStatus.ACCEPTED
                          and p.employee.role = no.kundeloft.security.SalesRole.SALES_DIRECTOR
                        order by v.startsAt""",
                        Object[].class)
                .setParameter("ids", customerIds)
                .setParameter("now", now)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    /**
     * Planned visits in scope in the coming weeks that the current user (a director or leader)
     * could ask to join, soonest first, filtered.
     */
    public List<VisitItem> openToJoin(OpenVisitFilter filter, int days) {
        KundeloftUser user = currentUser.require();
        if (!JOINERS.contains(user.role())) {
            return List.of();
        }
        RecordScope scope = organisation.currentScope();
        if (scope.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        StringBuilder jpql =
                new StringBuilder(
                        """
                select distinct v from Visit v join fetch v.customer c join fetch v.host h join c.owner o
                left join fetch v.participants p left join fetch p.employee
                where v.status = no.kundeloft.visit.VisitStatus.PLANNED and v.startsAt > :now and v.startsAt < :until
                  and h.id <> :me
                  and not exists (select m from VisitParticipant m where m.visit = v and m.employee.id = :me)""");
        jpql.append(inScope(scope, "o"));
        if (filter.keyCustomersOnly()) {
            jpql.append(" and c.tier = no.kundeloft.customer.CustomerTier.KEY");
        }
        if (filter.noDirectorInAYear()) {
            jpql.append(" ")
                    .append(
                            """
                    and not exists (select d from Visit d join d.participants dp where d.customer = c
                       and d.status <> no.kundeloft.visit.VisitStatus.CANCELLED and d.startsAt <= :now and d.startsAt > :yearAgo
                       and dp.status = no.kundeloft.visit.ParticipantStatus.ACCEPTED
                       and dp.employee.role = no.kundeloft.security.SalesRole.SALES_DIRECTOR)""");
        }
        jpql.append(" order by v.startsAt");
        TypedQuery<Visit> query =
                entityManager
                        .createQuery(jpql.toString(), Visit.class)
                        .setParameter("now", now)
                        .setParameter("until", now.plus(Duration.ofDays(days)))
                        .setParameter("me", user.employeeId());
        if (filter.noDirectorInAYear()) {
            query.setParameter("yearAgo", now.minus(Duration.ofDays(365)));
        }
        scope.bind(query);
        List<VisitItem> items = query.getResultList().stream().map(VisitItem::of).toList();
        if (filter.fallingRevenue() && !items.isEmpty()) {
            Map<Long, BigDecimal[]> revenue =
                    revenueService.yearToDate(
                            items.stream().map(VisitItem::customerId).distinct().toList());
            items =
                    items.stream()
                            .filter(
                                    item -> {
                                        BigDecimal[] figures = revenue.get(item.customerId());
                                        return figures != null
                                                && figures[0].compareTo(figures[1]) < 0;
                                    })
                            .toList();
        }
        return items;
    }

    /**
     * The scope's condition on what a seller (an alias or path) owns, to append to a where clause.
     */
    private static String inScope(RecordScope scope, String seller) {
        return " and " + scope.jpql(seller);
    }

    /**
     * For the given customers in scope, the start of the last visit held and of the next one
     * planned: by customer id, {last, next}, either null. One query.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Instant[]> lastAndNextVisits(Collection<Long> customerIds) {
        RecordScope scope = organisation.currentScope();
        if (customerIds.isEmpty()
                || scope.isEmpty()
                || currentUser.require().role() == SalesRole.MEETING_BOOKER) {
            return new HashMap<>();
        }
        return visitColumns.lastAndNext(customerIds, scope);
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
                .map(this::details)
                .toList();
    }

    /**
     * Who the current user may name as host: themselves as a seller, or sellers of the teams in
     * their scope.
     */
    public List<HostOption> possibleHosts() {
        KundeloftUser user = currentUser.require();
        RecordScope scope = organisation.currentScope();
        if (scope.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query =
                entityManager
                        .createQuery(
                                """
                select e.id, e.fullName, t.name from Employee e join e.team t
                where e.active = true and e.role in :roles"""
                                        + inScope(scope, "e")
                                        + " order by e.fullName",
                                Object[].class)
                        .setParameter("roles", SalesRole.selling());
        scope.bind(query);
        List<HostOption> hosts = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            if (user.role() != SalesRole.MEETING_BOOKER || !row[0].equals(user.employeeId())) {
                hosts.add(new HostOption((Long) row[0], (String) row[1], (String) row[2]));
            }
        }
        return hosts;
    }

    /**
     * Plans a visit. A seller hosts their own; a leader or manager may name a seller of their area
     * as host; a director schedules one with a seller as host and attends; a meeting booker books
     * one for a seller they serve and writes down the need. The host hears of what others plan.
     */
    @Transactional
    public VisitDetails plan(@Valid VisitForm form) {
        KundeloftUser user = currentUser.require();
        boolean granted =
                grants.stream().anyMatch(g -> g.mayBook(form.getCustomerId(), form.getHostId()));
        Customer customer =
                granted
                        ? entityManager.find(Customer.class, form.getCustomerId())
                        : visibleCustomer(form.getCustomerId());
        Employee host =
                granted
                        ? entityManager.find(Employee.class, form.getHostId())
                        : requireHost(user, form.getHostId());
        Visit visit = new Visit(customer, host);
        apply(visit, form, customer);
        if (granted || user.role() == SalesRole.MEETING_BOOKER) {
            if (form.getNeed() == null || form.getNeed().isBlank()) {
                throw new VisitRefusedException("visit.refused.needRequired");
            }
            visit.bookedBy(me(user), form.getNeed().strip());
        }
        if (user.role() == SalesRole.SALES_DIRECTOR) {
            visit.addParticipant(me(user), ParticipantStatus.ACCEPTED);
        }
        requireNoOverlap(visit);
        visit.markUpdated(user.fullName(), clock.instant());
        visits.saveAndFlush(visit);
        dealActivity.record(customer.getId(), host.getId(), clock.instant());
        if (!host.getId().equals(user.employeeId())) {
            tell(
                    host,
                    visit,
                    visit.getBookedBy() != null
                            ? NotificationKind.VISIT_BOOKED
                            : NotificationKind.VISIT_SCHEDULED,
                    user);
        }
        return details(visit);
    }

    /** Changes a planned visit; only its host may, and only from the version they saw. */
    @Transactional
    public VisitDetails update(Long id, @Valid VisitForm form) {
        KundeloftUser user = currentUser.require();
        Visit visit = lockedForHost(id, user, form.getVersion());
        if (!visit.getCustomer().getId().equals(form.getCustomerId())) {
            throw new VisitRefusedException("visit.refused.customerFixed");
        }
        Instant before = visit.getStartsAt();
        Instant beforeEnd = visit.getEndsAt();
        apply(visit, form, visit.getCustomer());
        requireNoOverlap(visit);
        visit.markUpdated(user.fullName(), clock.instant());
        visits.saveAndFlush(visit);
        if (!before.equals(visit.getStartsAt()) || !beforeEnd.equals(visit.getEndsAt())) {
            visit.getParticipants().stream()
                    .filter(
                            p ->
                                    p.getStatus() == ParticipantStatus.ACCEPTED
                                            || p.getStatus() == ParticipantStatus.REQUESTED)
                    .forEach(p -> tell(p.getEmployee(), visit, NotificationKind.VISIT_MOVED, user));
        }
        return details(visit);
    }

    /** Cancels a planned visit; participants hear of it. */
    @Transactional
    public VisitDetails cancel(Long id, long version) {
        KundeloftUser user = currentUser.require();
        Visit visit = lockedForHost(id, user, version);
        visit.cancel();
        visit.markUpdated(user.fullName(), clock.instant());
        visits.saveAndFlush(visit);
        visit.getParticipants().stream()
                .filter(p -> p.getStatus() == ParticipantStatus.ACCEPTED)
                .forEach(p -> tell(p.getEmployee(), visit, NotificationKind.VISIT_CANCELLED, user));
        return details(visit);
    }

    /**
     * The host's report after the visit: summary, outcome and next steps, each with an owner and a
     * due date.
     */
    @Transactional
    public VisitDetails report(
            Long id,
            long version,
            String summary,
            VisitOutcome outcome,
            List<FollowUpForm> followUps) {
        KundeloftUser user = currentUser.require();
        Visit visit = lockedForHost(id, user, version);
        if (visit.getStartsAt().isAfter(clock.instant())) {
            throw new VisitRefusedException("visit.refused.notYet");
        }
        if (summary == null || summary.isBlank()) {
            throw new VisitRefusedException("visit.refused.summaryRequired");
        }
        if (summary.length() > 4000) {
            throw new VisitRefusedException("visit.refused.tooLong", 4000);
        }
        int row = 0;
        for (FollowUpForm followUp : followUps) {
            row++;
            if (followUp.description() == null
                    || followUp.description().isBlank()
                    || followUp.ownerId() == null
                    || followUp.dueDate() == null) {
                throw new VisitRefusedException("visit.refused.followUpIncomplete", row);
            }
            if (followUp.description().strip().length() > 500) {
                throw new VisitRefusedException("visit.refused.tooLong", 500);
            }
        }
        visit.report(summary.strip(), outcome);
        for (FollowUpForm followUp : followUps) {
            tasks.add(
                    TaskSource.VISIT,
                    visit.getId(),
                    visit.getCustomer(),
                    me(user),
                    followUp.description().strip(),
                    entityManager.getReference(Employee.class, followUp.ownerId()),
                    followUp.dueDate(),
                    null);
        }
        visit.markUpdated(user.fullName(), clock.instant());
        visits.saveAndFlush(visit);
        dealActivity.record(visit.getCustomer().getId(), visit.getHost().getId(), clock.instant());
        return details(visit);
    }

    /**
     * Asks to join a planned visit as a director (or a leader) who may see it; refused when the
     * asker is already booked at that time, naming the other visit. The host hears of the request.
     */
    @Transactional
    public VisitDetails requestToJoin(Long id) {
        KundeloftUser user = currentUser.require();
        Visit visit = lockedVisible(id);
        if (!mayRequestToJoin(visit, user)) {
            throw new VisitRefusedException("visit.refused.cannotJoin");
        }
        requireFree(Set.of(user.employeeId()), visit);
        visit.addParticipant(me(user), ParticipantStatus.REQUESTED);
        visits.saveAndFlush(visit);
        tell(visit.getHost(), visit, NotificationKind.JOIN_REQUESTED, user);
        return details(visit);
    }

    /**
     * The other visits that would clash if the current user joined this one (shown before asking).
     */
    public List<VisitItem> conflictsIfIJoin(Long id) {
        Visit visit = requireVisible(id);
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

    /** The host accepts or declines a request to join; the one who asked hears the answer. */
    @Transactional
    public VisitDetails answer(Long id, Long participantEmployeeId, boolean accept) {
        KundeloftUser user = currentUser.require();
        Visit visit = lockedVisible(id);
        if (!visit.getHost().getId().equals(user.employeeId())) {
            throw new VisitRefusedException("visit.refused.onlyHost");
        }
        VisitParticipant participant =
                visit.participant(participantEmployeeId)
                        .filter(p -> p.getStatus() == ParticipantStatus.REQUESTED)
                        .orElseThrow(() -> new VisitRefusedException("visit.refused.noRequest"));
        if (accept) {
            requireFree(Set.of(participantEmployeeId), visit);
        }
        participant.setStatus(accept ? ParticipantStatus.ACCEPTED : ParticipantStatus.DECLINED);
        visit.markUpdated(user.fullName(), clock.instant());
        visits.saveAndFlush(visit);
        tell(
                participant.getEmployee(),
                visit,
                accept ? NotificationKind.JOIN_ACCEPTED : NotificationKind.JOIN_DECLINED,
                user);
        return details(visit);
    }

    /** A participant's debrief note on the report, once the visit has started. */
    @Transactional
    public VisitDetails debrief(Long id, String note) {
        KundeloftUser user = currentUser.require();
        Visit visit = lockedVisible(id);
        if (!mayDebrief(visit, user)) {
            throw new VisitRefusedException("visit.refused.cannotDebrief");
        }
        if (note == null || note.isBlank() || note.length() > 4000) {
            throw new VisitRefusedException("visit.refused.debriefRequired", 4000);
        }
        visit.setDebrief(note.strip());
        visit.markUpdated(user.fullName(), clock.instant());
        visits.saveAndFlush(visit);
        return details(visit);
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

    private void apply(Visit visit, VisitForm form, Customer customer) {
        Instant start =
                form.getStart().truncatedTo(ChronoUnit.MINUTES).atZone(Formats.ZONE).toInstant();
        visit.schedule(start, start.plusSeconds(form.getDurationMinutes() * 60L));
        if (form.getMode() == VisitMode.VIDEO
                && (form.getVideoLink() == null || form.getVideoLink().isBlank())) {
            throw new VisitRefusedException("visit.refused.linkRequired");
        }
        if (form.getMode() == VisitMode.VIDEO && !VideoLinks.isSafe(form.getVideoLink())) {
            throw new VisitRefusedException("visit.refused.linkUnsafe");
        }
        visit.describe(
                form.getMode(),
                Texts.blankToNull(form.getLocation()),
                Texts.blankToNull(form.getVideoLink()),
                form.getPurpose().strip(),
                Texts.blankToNull(form.getAgenda()));
        Set<Contact> contacts = new HashSet<>();
        for (Long contactId : form.getContactIds()) {
            Contact contact = entityManager.find(Contact.class, contactId);
            if (contact == null || !contact.getCustomer().getId().equals(customer.getId())) {
                throw new VisitRefusedException("visit.refused.contactElsewhere");
            }
            contacts.add(contact);
        }
        visit.setContacts(contacts);
    }

    private void requireNoOverlap(Visit visit) {
        Set<Long> involved = new HashSet<>();
        involved.add(visit.getHost().getId());
        visit.getParticipants().stream()
                .filter(p -> p.getStatus() == ParticipantStatus.ACCEPTED)
                .forEach(p -> involved.add(p.getEmployee().getId()));
        requireFree(involved, visit);
    }

    private void requireFree(Set<Long> involved, Visit visit) {
        // Everyone the visit involves is locked first, so a second booking of one of them waits for
        // this one.
        people.lock(involved);
        Long except = visit.getId() == null ? -1L : visit.getId();
        List<Visit> clashes =
                visits.findOverlapping(involved, visit.getStartsAt(), visit.getEndsAt(), except);
        if (!clashes.isEmpty()) {
            Visit other = clashes.getFirst();
            Set<Long> busyPeople = new HashSet<>();
            busyPeople.add(other.getHost().getId());
            other.getParticipants().stream()
                    .filter(p -> p.getStatus() == ParticipantStatus.ACCEPTED)
                    .forEach(p -> busyPeople.add(p.getEmployee().getId()));
            busyPeople.retainAll(involved);
            String who =
                    entityManager.find(Employee.class, busyPeople.iterator().next()).getFullName();
            throw new VisitRefusedException(
                    "visit.refused.doubleBooked",
                    who,
                    other.getCustomer().getName(),
                    other.getStartsAt());
        }
    }

    private Customer visibleCustomer(Long customerId) {
        customers.requireVisible(customerId);
        return entityManager.find(Customer.class, customerId);
    }

    private Employee requireHost(KundeloftUser user, Long hostId) {
        boolean allowed =
                switch (user.role()) {
                    case ACCOUNT_MANAGER, KEY_ACCOUNT_MANAGER, TELESALES, FIELD_SALES ->
                            hostId.equals(user.employeeId());
                    default ->
                            hostId.equals(user.employeeId()) && user.role() == SalesRole.TEAM_LEADER
                                    || possibleHosts().stream()
                                            .anyMatch(h -> h.id().equals(hostId));
                };
        if (!allowed) {
            throw new VisitRefusedException("visit.refused.host");
        }
        return entityManager.find(Employee.class, hostId);
    }

    private Visit requireVisible(Long id) {
        KundeloftUser user = currentUser.require();
        Visit visit = visits.findById(id).orElseThrow(() -> new NotFoundException("Visit", id));
        if (!visible(visit, user)) {
            throw new NotFoundException("Visit", id);
        }
        return visit;
    }

    private Visit lockedVisible(Long id) {
        Visit visit = visits.lockById(id).orElseThrow(() -> new NotFoundException("Visit", id));
        if (!visible(visit, currentUser.require())) {
            throw new NotFoundException("Visit", id);
        }
        return visit;
    }

    private Visit lockedForHost(Long id, KundeloftUser user, long version) {
        Visit visit = lockedVisible(id);
        if (!visit.getHost().getId().equals(user.employeeId())) {
            throw new VisitRefusedException("visit.refused.onlyHost");
        }
        if (visit.getStatus() == VisitStatus.CANCELLED) {
            throw new VisitRefusedException("visit.refused.cancelled");
        }
        if (visit.getVersion() != version) {
            throw new VisitRefusedException(
                    "visit.refused.changed",
                    Objects.toString(visit.getUpdatedBy(), ""),
                    visit.getUpdatedAt());
        }
        return visit;
    }

    private boolean visible(Visit visit, KundeloftUser user) {
        boolean bookedByMe =
                visit.getBookedBy() != null
                        && visit.getBookedBy().getId().equals(user.employeeId());
        if (bookedByMe || user.role() == SalesRole.MEETING_BOOKER) {
            return bookedByMe;
        }
        if (visit.getHost().getId().equals(user.employeeId())
                || visit.participant(user.employeeId()).isPresent()) {
            return true;
        }
        try {
            customers.requireVisible(visit.getCustomer().getId());
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private VisitDetails details(Visit visit) {
        KundeloftUser user = currentUser.require();
        boolean host = visit.getHost().getId().equals(user.employeeId());
        boolean answer =
                host
                        && visit.getParticipants().stream()
                                .anyMatch(p -> p.getStatus() == ParticipantStatus.REQUESTED);
        return VisitDetails.of(
                visit,
                tasks.rowsOf(TaskSource.VISIT, visit.getId()),
                new VisitDetails.Actions(
                        host && visit.getStatus() != VisitStatus.CANCELLED,
                        mayRequestToJoin(visit, user),
                        answer,
                        mayDebrief(visit, user)));
    }

    private boolean mayRequestToJoin(Visit visit, KundeloftUser user) {
        return JOINERS.contains(user.role())
                && visit.getStatus() == VisitStatus.PLANNED
                && visit.getStartsAt().isAfter(clock.instant())
                && !visit.getHost().getId().equals(user.employeeId())
                && visit.participant(user.employeeId())
                        .filter(p -> p.getStatus() != ParticipantStatus.DECLINED)
                        .isEmpty();
    }

    private boolean mayDebrief(Visit visit, KundeloftUser user) {
        return visit.getStatus() != VisitStatus.CANCELLED
                && !visit.getStartsAt().isAfter(clock.instant())
                && visit.participant(user.employeeId())
                        .filter(p -> p.getStatus() == ParticipantStatus.ACCEPTED)
                        .isPresent();
    }

    private void tell(Employee recipient, Visit visit, NotificationKind kind, KundeloftUser user) {
        notifications.send(
                recipient.getId(),
                kind,
                Notifications.Actor.of(user),
                new Notice(
                        visit.getCustomer().getName(),
                        visit.getStartsAt(),
                        null,
                        "visits/" + visit.getId()));
    }

    private Employee me(KundeloftUser user) {
        return entityManager.getReference(Employee.class, user.employeeId());
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
        requireVisible(id);
        List<HistoryEntry> entries =
                new ArrayList<>(
                        changeHistory.withParts(Visit.class, id, "visit", VisitParticipant.class));
        entries.addAll(tasks.history(TaskSource.VISIT, id));
        entries.sort(HistoryEntry.NEWEST_FIRST);
        return entries;
    }
}
