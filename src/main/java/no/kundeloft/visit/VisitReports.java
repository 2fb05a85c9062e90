package no.kundeloft.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.revenue.RevenueService;
import no.kundeloft.revenue.YearToDate;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import no.kundeloft.visit.OpenVisit.Reason;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reports over the visits in scope: customers overdue for a visit, directors' coverage of key
 * customers, visits a leader could join, and each customer's last and next visit.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('ADMIN')")
public class VisitReports {

    /** Stands for "never visited" where a last visit is sorted. */
    private static final Instant NEVER_VISITED = Instant.EPOCH;

    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;
    private final VisitCadence cadence;
    private final RevenueService revenueService;
    private final VisitColumns visitColumns;

    VisitReports(
            OrganisationService organisation,
            CurrentUser currentUser,
            EntityManager entityManager,
            Clock clock,
            VisitCadence cadence,
            RevenueService revenueService,
            VisitColumns visitColumns) {
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
        this.cadence = cadence;
        this.revenueService = revenueService;
        this.visitColumns = visitColumns;
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
        String scopeCondition = VisitAccess.inScope(scope, "o");
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
        if (!VisitAccess.JOINERS.contains(user.role())) {
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
                                        + VisitAccess.inScope(scope, "o")
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
     * could ask to join, soonest first, each with why it is suggested; the filter keeps those
     * suggested for the reasons it names.
     */
    public List<OpenVisit> openToJoin(OpenVisitFilter filter, int days) {
        KundeloftUser user = currentUser.require();
        if (!VisitAccess.JOINERS.contains(user.role())) {
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
        jpql.append(VisitAccess.inScope(scope, "o"));
        if (filter.keyCustomersOnly()) {
            jpql.append(" and c.tier = no.kundeloft.customer.CustomerTier.KEY");
        }
        jpql.append(" order by v.startsAt");
        TypedQuery<Visit> query =
                entityManager
                        .createQuery(jpql.toString(), Visit.class)
                        .setParameter("now", now)
                        .setParameter("until", now.plus(Duration.ofDays(days)))
                        .setParameter("me", user.employeeId());
        scope.bind(query);
        List<VisitItem> items = query.getResultList().stream().map(VisitItem::of).toList();
        if (items.isEmpty()) {
            return List.of();
        }
        List<Long> customerIds = items.stream().map(VisitItem::customerId).distinct().toList();
        Map<Long, YearToDate> revenue = revenueService.yearToDate(customerIds);
        Set<Long> metByDirector = metByDirectorWithinAYear(customerIds, now);
        return items.stream()
                .map(item -> new OpenVisit(item, reasons(item, revenue, metByDirector)))
                .filter(
                        open ->
                                !filter.noDirectorInAYear()
                                        || open.has(Reason.NO_DIRECTOR_IN_A_YEAR))
                .filter(open -> !filter.fallingRevenue() || open.has(Reason.FALLING_REVENUE))
                .toList();
    }

    private static Set<OpenVisit.Reason> reasons(
            VisitItem item, Map<Long, YearToDate> revenue, Set<Long> metByDirector) {
        Set<OpenVisit.Reason> reasons = EnumSet.noneOf(OpenVisit.Reason.class);
        if (item.keyCustomer()) {
            reasons.add(OpenVisit.Reason.KEY_CUSTOMER);
        }
        if (!metByDirector.contains(item.customerId())) {
            reasons.add(OpenVisit.Reason.NO_DIRECTOR_IN_A_YEAR);
        }
        YearToDate figures = revenue.get(item.customerId());
        if (figures != null && figures.falling()) {
            reasons.add(OpenVisit.Reason.FALLING_REVENUE);
        }
        return reasons;
    }

    /** The customers a director has visited in the last twelve months. */
    private Set<Long> metByDirectorWithinAYear(List<Long> customerIds, Instant now) {
        return new HashSet<>(
                entityManager
                        .createQuery(
                                """
                                select distinct v.customer.id from Visit v join v.participants p
                                where v.customer.id in :ids and v.status <> no.kundeloft.visit.VisitStatus.CANCELLED
                                  and v.startsAt <= :now and v.startsAt > :yearAgo
                                  and p.status = no.kundeloft.visit.ParticipantStatus.ACCEPTED
                                  and p.employee.role = no.kundeloft.security.SalesRole.SALES_DIRECTOR""",
                                Long.class)
                        .setParameter("ids", customerIds)
                        .setParameter("now", now)
                        .setParameter("yearAgo", now.minus(Duration.ofDays(365)))
                        .getResultList());
    }

    /**
     * For the given customers in scope, the start of the last visit held and of the next one
     * planned, by customer id. One query.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, VisitDates> lastAndNextVisits(Collection<Long> customerIds) {
        RecordScope scope = organisation.currentScope();
        if (customerIds.isEmpty()
                || scope.isEmpty()
                || currentUser.require().role() == SalesRole.MEETING_BOOKER) {
            return new HashMap<>();
        }
        return visitColumns.lastAndNext(customerIds, scope);
    }
}
