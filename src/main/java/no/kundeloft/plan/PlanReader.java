package no.kundeloft.plan;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.Attitude;
import no.kundeloft.customer.BuyingRole;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerListItem;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import no.kundeloft.task.Task;
import no.kundeloft.task.TaskSource;
import no.kundeloft.task.Tasks;
import no.kundeloft.visit.VisitCadence;
import no.kundeloft.visit.VisitDates;
import no.kundeloft.visit.VisitReports;
import org.springframework.stereotype.Component;

/**
 * Reads account plans for the plan service: a plan as its page shows it, with its score, and the
 * list of key customers' plans. Scope and ownership are checked by the service before.
 */
@Component
class PlanReader {

    static final Set<SalesRole> REVIEWERS =
            Set.of(SalesRole.TEAM_LEADER, SalesRole.SALES_MANAGER, SalesRole.SALES_DIRECTOR);

    private final AccountPlanRepository plans;
    private final OfferingRepository offerings;
    private final VisitReports visits;
    private final VisitCadence cadence;
    private final PlanAttainment attainment;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Tasks tasks;

    PlanReader(
            AccountPlanRepository plans,
            OfferingRepository offerings,
            VisitReports visits,
            VisitCadence cadence,
            PlanAttainment attainment,
            CurrentUser currentUser,
            EntityManager entityManager,
            Clock clock,
            Tasks tasks) {
        this.plans = plans;
        this.offerings = offerings;
        this.visits = visits;
        this.cadence = cadence;
        this.attainment = attainment;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
        this.tasks = tasks;
    }

    /** Every given key customer with its plan's score, last review and revenue attainment. */
    List<PlanLine> lines(List<CustomerListItem> keyCustomers, int year) {
        List<Long> ids = keyCustomers.stream().map(CustomerListItem::id).toList();
        Map<Long, AccountPlan> byCustomer =
                plans.findAll(ids, year).stream()
                        .collect(
                                Collectors.toMap(
                                        p -> p.getCustomer().getId(), Function.identity()));
        Map<Long, BigDecimal> attainments = attainment.yearToDate(ids, year);
        Set<Long> activeOfferings = activeOfferingIds();
        Map<Long, List<Contact>> contactsByCustomer =
                contacts(ids).stream().collect(Collectors.groupingBy(c -> c.getCustomer().getId()));
        Map<Long, VisitDates> visitTimes = visits.lastAndNextVisits(ids);
        Map<Long, List<Task>> actionsByPlan =
                tasks.ofAll(
                        TaskSource.PLAN,
                        byCustomer.values().stream().map(AccountPlan::getId).toList());
        List<PlanLine> lines = new ArrayList<>();
        for (CustomerListItem customer : keyCustomers) {
            AccountPlan plan = byCustomer.get(customer.id());
            PlanReview last =
                    plan == null || plan.reviews().isEmpty()
                            ? null
                            : plan.reviews().stream()
                                    .max(Comparator.comparing(PlanReview::getReviewedAt))
                                    .orElseThrow();
            Integer score =
                    plan == null
                            ? null
                            : scoreOf(
                                            plan,
                                            actionsByPlan.getOrDefault(plan.getId(), List.of()),
                                            contactsByCustomer.getOrDefault(
                                                    customer.id(), List.of()),
                                            activeOfferings,
                                            visitTimes
                                                    .getOrDefault(customer.id(), VisitDates.NONE)
                                                    .last())
                                    .total();
            lines.add(
                    new PlanLine(
                            customer.id(),
                            customer.name(),
                            customer.ownerName(),
                            plan != null,
                            score,
                            last == null ? null : last.getReviewedAt(),
                            last == null ? null : last.getReviewer().getFullName(),
                            last == null ? null : last.getVerdict(),
                            attainments.get(customer.id())));
        }
        return lines;
    }

    PlanDetails details(Customer customer, AccountPlan plan, int year) {
        KundeloftUser user = currentUser.require();
        LocalDate today = today();
        List<Contact> contacts = contacts(List.of(customer.getId()));
        List<Task> actions =
                plan == null || plan.getId() == null
                        ? List.of()
                        : tasks.of(TaskSource.PLAN, plan.getId());
        List<Offering> active = offerings.findActive();
        Map<Long, WhitespaceCell> cells = new HashMap<>();
        if (plan != null) {
            plan.whitespace().forEach(cell -> cells.put(cell.getOfferingId(), cell));
        }
        boolean owner = customer.getOwner().getId().equals(user.employeeId());
        return new PlanDetails(
                customer.getId(),
                customer.getName(),
                customer.getOwner().getFullName(),
                customer.getOwner().getId(),
                year,
                plan != null,
                plan == null ? -1 : plan.getVersion(),
                plan == null ? null : plan.getBusiness(),
                plan == null ? null : plan.getPriorities(),
                plan == null ? null : plan.getOurPosition(),
                plan == null ? null : plan.getCompetitors(),
                plan == null ? null : plan.getStrategy(),
                plan == null
                        ? List.of()
                        : plan.objectives().stream()
                                .map(
                                        o ->
                                                new PlanDetails.Objective(
                                                        o.getId(),
                                                        o.getDescription(),
                                                        o.getTargetValue(),
                                                        o.getTargetUnit(),
                                                        o.getDueDate(),
                                                        o.getOwner() == null
                                                                ? null
                                                                : o.getOwner().getId(),
                                                        o.getOwner() == null
                                                                ? null
                                                                : o.getOwner().getFullName(),
                                                        o.getStatus(),
                                                        o.getPercentDone(),
                                                        o.isCarriedOver(),
                                                        o.getVersion()))
                                .toList(),
                contacts.stream()
                        .map(
                                c ->
                                        new PlanDetails.Stakeholder(
                                                c.getId(),
                                                c.getFullName(),
                                                c.getTitle(),
                                                c.getBuyingRole(),
                                                c.getInfluence(),
                                                c.getAttitude(),
                                                c.getReportsTo() == null
                                                        ? null
                                                        : c.getReportsTo().getId(),
                                                c.getReportsTo() == null
                                                        ? null
                                                        : c.getReportsTo().getFullName(),
                                                c.getRelationshipOwner() == null
                                                        ? null
                                                        : c.getRelationshipOwner().getId(),
                                                c.getRelationshipOwner() == null
                                                        ? null
                                                        : c.getRelationshipOwner().getFullName()))
                        .toList(),
                active.stream()
                        .map(
                                o -> {
                                    WhitespaceCell cell = cells.get(o.getId());
                                    return new PlanDetails.Whitespace(
                                            o.getId(),
                                            o.getName(),
                                            cell == null ? null : cell.getState(),
                                            cell == null ? null : cell.getPotential());
                                })
                        .toList(),
                actions.stream()
                        .map(
                                a ->
                                        new PlanDetails.Action(
                                                a.getId(),
                                                a.getDescription(),
                                                a.getAssignee().getId(),
                                                a.getAssignee().getFullName(),
                                                a.getDueDate(),
                                                a.isDone(),
                                                a.isOverdue(today),
                                                a.isCarriedOver(),
                                                a.getVersion()))
                        .toList(),
                plan == null
                        ? List.of()
                        : plan.risks().stream()
                                .map(
                                        r ->
                                                new PlanDetails.Risk(
                                                        r.getId(),
                                                        r.getDescription(),
                                                        r.getLikelihood(),
                                                        r.getImpact(),
                                                        r.getMitigation()))
                                .toList(),
                plan == null
                        ? List.of()
                        : plan.reviews().stream()
                                .sorted(Comparator.comparing(PlanReview::getReviewedAt).reversed())
                                .map(
                                        r ->
                                                new PlanDetails.Review(
                                                        r.getReviewer().getFullName(),
                                                        r.getReviewedAt(),
                                                        r.getVerdict(),
                                                        r.getComment()))
                                .toList(),
                scoreOf(
                        plan,
                        actions,
                        contacts,
                        active.stream().map(Offering::getId).collect(Collectors.toSet()),
                        lastVisit(customer.getId())),
                owner,
                REVIEWERS.contains(user.role()) && !owner && plan != null);
    }

    private Instant lastVisit(Long customerId) {
        return visits.lastAndNextVisits(List.of(customerId))
                .getOrDefault(customerId, VisitDates.NONE)
                .last();
    }

    private Set<Long> activeOfferingIds() {
        return offerings.findActive().stream().map(Offering::getId).collect(Collectors.toSet());
    }

    private PlanScore scoreOf(
            AccountPlan plan,
            List<Task> actions,
            List<Contact> contacts,
            Set<Long> activeIds,
            Instant lastVisit) {
        LocalDate today = today();
        List<Contact> mapped = contacts.stream().filter(c -> c.getBuyingRole() != null).toList();
        List<Contact> deciders =
                mapped.stream()
                        .filter(c -> c.getBuyingRole() == BuyingRole.DECISION_MAKER)
                        .toList();
        return PlanScore.of(
                new PlanScore.Facts(
                        mapped.size(),
                        deciders.size(),
                        (int)
                                deciders.stream()
                                        .filter(c -> c.getAttitude() == Attitude.CRITIC)
                                        .count(),
                        activeIds.size(),
                        plan == null
                                ? 0
                                : (int)
                                        plan.whitespace().stream()
                                                .filter(c -> activeIds.contains(c.getOfferingId()))
                                                .count(),
                        plan == null ? 0 : plan.objectives().size(),
                        plan == null
                                ? 0
                                : (int)
                                        plan.objectives().stream()
                                                .filter(PlanObjective::isMeasurable)
                                                .count(),
                        actions.size(),
                        (int) actions.stream().filter(a -> a.isOverdue(today)).count(),
                        plan == null || plan.reviews().isEmpty()
                                ? null
                                : plan.reviews().stream()
                                        .map(PlanReview::getReviewedAt)
                                        .max(Comparator.naturalOrder())
                                        .orElse(null),
                        lastVisit,
                        cadence.keyDays(),
                        clock.instant()));
    }

    /** The contacts of the customers, by name, in one query. */
    private List<Contact> contacts(Collection<Long> customerIds) {
        return entityManager
                .createQuery(
                        """
                        select c from Contact c left join fetch c.reportsTo left join fetch c.relationshipOwner
                        where c.customer.id in :customerIds order by c.fullName""",
                        Contact.class)
                .setParameter("customerIds", customerIds)
                .getResultList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }
}
