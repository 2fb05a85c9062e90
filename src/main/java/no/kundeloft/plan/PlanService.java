package no.kundeloft.plan;

import static no.kundeloft.plan.PlanItems.add;
import static no.kundeloft.plan.PlanItems.find;
import static no.kundeloft.plan.PlanItems.text;
import static no.kundeloft.plan.PlanItems.unchanged;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.Attitude;
import no.kundeloft.customer.BuyingRole;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerListItem;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.history.ChangeHistory;
import no.kundeloft.history.HistoryEntry;
import no.kundeloft.organisation.Employee;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.task.TaskSource;
import no.kundeloft.task.Tasks;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key account plans. Readable by whoever may see the key customer (its KAM and the leaders above),
 * edited only by the customer's owner, reviewed by a team leader, sales manager or director in
 * scope. A plan comes into being with its first change.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('MEETING_BOOKER')")
public class PlanService {

    private static final int MAX_KEY_CUSTOMERS = 2000;

    private final AccountPlanRepository plans;
    private final ChangeHistory changeHistory;
    private final OfferingRepository offerings;
    private final CustomerService customers;
    private final PlanReader reader;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Tasks tasks;
    private final PlanActions actions;
    private final PlanStakeholders stakeholders;

    PlanService(
            AccountPlanRepository plans,
            OfferingRepository offerings,
            CustomerService customers,
            PlanReader reader,
            CurrentUser currentUser,
            EntityManager entityManager,
            Clock clock,
            ChangeHistory changeHistory,
            Tasks tasks,
            PlanActions actions,
            PlanStakeholders stakeholders) {
        this.stakeholders = stakeholders;
        this.tasks = tasks;
        this.actions = actions;
        this.plans = plans;
        this.changeHistory = changeHistory;
        this.offerings = offerings;
        this.customers = customers;
        this.reader = reader;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public int currentYear() {
        return today().getYear();
    }

    /** Every key customer in scope with its plan's score, last review and revenue attainment. */
    public List<PlanLine> plans(int year) {
        List<CustomerListItem> keyCustomers =
                customers
                        .list(
                                CustomerFilter.none().withTier(CustomerTier.KEY),
                                PageRequest.of(0, MAX_KEY_CUSTOMERS, Sort.by("name")))
                        .stream()
                        .filter(c -> c.status() != CustomerStatus.LOST)
                        .toList();
        if (keyCustomers.isEmpty()) {
            return List.of();
        }
        return reader.lines(keyCustomers, year);
    }

    /** A key customer's plan for a year (empty sections before the first change). */
    public PlanDetails plan(Long customerId, int year) {
        Customer customer = requireKeyCustomer(customerId);
        return reader.details(customer, plans.find(customerId, year).orElse(null), year);
    }

    @Transactional
    public PlanDetails saveSituation(
            Long customerId,
            int year,
            long version,
            String business,
            String priorities,
            String ourPosition,
            String competitors,
            String strategy) {
        Customer customer = requireOwner(customerId);
        AccountPlan plan = lockOrCreate(customer, year);
        if (plan.getId() != null && plan.getVersion() != version) {
            throw new PlanRefusedException(
                    "plan.refused.changed",
                    Objects.toString(plan.getUpdatedBy(), ""),
                    plan.getUpdatedAt());
        }
        plan.describe(
                text(business, 4000),
                text(priorities, 4000),
                text(ourPosition, 4000),
                text(competitors, 2000),
                text(strategy, 4000));
        return saved(customer, plan);
    }

    @Transactional
    public PlanDetails saveObjective(
            Long customerId, int year, Long objectiveId, ObjectiveForm form) {
        Customer customer = requireOwner(customerId);
        if (form.description() == null || form.description().isBlank()) {
            throw new PlanRefusedException("plan.refused.descriptionRequired");
        }
        if (form.percentDone() < 0 || form.percentDone() > 100) {
            throw new PlanRefusedException("plan.refused.percent");
        }
        AccountPlan plan = lockOrCreate(customer, year);
        PlanObjective objective =
                objectiveId == null
                        ? add(plan.objectives(), new PlanObjective(plan))
                        : unchanged(find(plan.objectives(), objectiveId), form.version());
        objective.set(
                text(form.description(), 500),
                form.targetValue(),
                text(form.targetUnit(), 50),
                form.dueDate(),
                form.ownerId() == null
                        ? null
                        : entityManager.getReference(Employee.class, form.ownerId()),
                form.status() == null ? ObjectiveStatus.OPEN : form.status(),
                form.percentDone());
        return saved(customer, plan);
    }

    @Transactional
    public PlanDetails removeObjective(Long customerId, int year, Long objectiveId) {
        Customer customer = requireOwner(customerId);
        AccountPlan plan = lockOrCreate(customer, year);
        plan.objectives().remove(find(plan.objectives(), objectiveId));
        return saved(customer, plan);
    }

    @Transactional
    public PlanDetails setWhitespace(
            Long customerId,
            int year,
            Long offeringId,
            WhitespaceState state,
            BigDecimal potential) {
        Customer customer = requireOwner(customerId);
        if (potential != null && potential.signum() < 0) {
            throw new PlanRefusedException("plan.refused.negativePotential");
        }
        offerings
                .findById(offeringId)
                .filter(Offering::isActive)
                .orElseThrow(() -> new NotFoundException("Offering", offeringId));
        AccountPlan plan = lockOrCreate(customer, year);
        plan.whitespace().removeIf(cell -> cell.getOfferingId().equals(offeringId));
        if (state != null) {
            plan.whitespace().add(new WhitespaceCell(offeringId, state, potential));
        }
        return saved(customer, plan);
    }

    @Transactional
    public PlanDetails saveAction(
            Long customerId,
            int year,
            Long actionId,
            long version,
            String description,
            Long ownerId,
            LocalDate dueDate,
            boolean done) {
        Customer customer = requireOwner(customerId);
        PlanActions.requireComplete(description, ownerId, dueDate);
        AccountPlan plan = lockOrCreate(customer, year);
        plans.saveAndFlush(plan);
        actions.save(
                plan,
                me(),
                new PlanActions.Action(
                        actionId, version, description.strip(), ownerId, dueDate, done));
        return saved(customer, plan);
    }

    @Transactional
    public PlanDetails removeAction(Long customerId, int year, Long actionId) {
        Customer customer = requireOwner(customerId);
        AccountPlan plan = lockOrCreate(customer, year);
        tasks.remove(TaskSource.PLAN, plan.getId(), actionId);
        return saved(customer, plan);
    }

    @Transactional
    public PlanDetails addRisk(
            Long customerId,
            int year,
            String description,
            int likelihood,
            int impact,
            String mitigation) {
        Customer customer = requireOwner(customerId);
        if (description == null || description.isBlank()) {
            throw new PlanRefusedException("plan.refused.descriptionRequired");
        }
        if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
            throw new PlanRefusedException("plan.refused.riskScale");
        }
        AccountPlan plan = lockOrCreate(customer, year);
        plan.risks()
                .add(
                        new PlanRisk(
                                plan,
                                text(description, 500),
                                likelihood,
                                impact,
                                text(mitigation, 1000)));
        return saved(customer, plan);
    }

    @Transactional
    public PlanDetails removeRisk(Long customerId, int year, Long riskId) {
        Customer customer = requireOwner(customerId);
        AccountPlan plan = lockOrCreate(customer, year);
        plan.risks().remove(find(plan.risks(), riskId));
        return saved(customer, plan);
    }

    /**
     * Places a contact on the stakeholder map: buying role, influence 0–10, attitude, reports to,
     * our relationship owner.
     */
    @Transactional
    public PlanDetails mapStakeholder(
            Long customerId,
            int year,
            Long contactId,
            BuyingRole role,
            Integer influence,
            Attitude attitude,
            Long reportsToId,
            Long relationshipOwnerId) {
        Customer customer = requireOwner(customerId);
        stakeholders.map(
                customer, contactId, role, influence, attitude, reportsToId, relationshipOwnerId);
        entityManager.flush();
        return reader.details(customer, plans.find(customerId, year).orElse(null), year);
    }

    /** A leader in scope reviews the plan: approved or needs work, with a comment. */
    @Transactional
    public PlanDetails review(Long customerId, int year, ReviewVerdict verdict, String comment) {
        Customer customer = requireKeyCustomer(customerId);
        KundeloftUser user = currentUser.require();
        if (!PlanReader.REVIEWERS.contains(user.role())
                || customer.getOwner().getId().equals(user.employeeId())) {
            throw new PlanRefusedException("plan.refused.notReviewer");
        }
        if (verdict == null) {
            throw new PlanRefusedException("plan.refused.verdictRequired");
        }
        AccountPlan plan =
                plans.lock(customerId, year)
                        .orElseThrow(() -> new PlanRefusedException("plan.refused.noPlan"));
        plan.reviews()
                .addFirst(
                        new PlanReview(
                                plan,
                                entityManager.getReference(Employee.class, user.employeeId()),
                                clock.instant(),
                                verdict,
                                text(comment, 2000)));
        plans.saveAndFlush(plan);
        return reader.details(customer, plan, year);
    }

    /**
     * Starts next year's plan from this year's: situation and whitespace copied, open objectives
     * and actions carried over and marked so. Refused when next year's plan exists.
     */
    @Transactional
    public PlanDetails copyForward(Long customerId, int fromYear) {
        Customer customer = requireOwner(customerId);
        AccountPlan from =
                plans.find(customerId, fromYear)
                        .orElseThrow(() -> new PlanRefusedException("plan.refused.noPlan"));
        if (plans.find(customerId, fromYear + 1).isPresent()) {
            throw new PlanRefusedException("plan.refused.exists", fromYear + 1);
        }
        AccountPlan next = from.nextYear();
        plans.saveAndFlush(next);
        tasks.carryOver(TaskSource.PLAN, from.getId(), next.getId());
        return saved(customer, next);
    }

    /** The offering catalogue's active entries, for the whitespace grid. */
    public List<Offering> activeOfferings() {
        return offerings.findActive();
    }

    private PlanDetails saved(Customer customer, AccountPlan plan) {
        plan.markUpdated(currentUser.require().fullName(), clock.instant());
        plans.saveAndFlush(plan);
        return reader.details(customer, plan, plan.getYear());
    }

    private AccountPlan lockOrCreate(Customer customer, int year) {
        return plans.lock(customer.getId(), year).orElseGet(() -> new AccountPlan(customer, year));
    }

    private Customer requireKeyCustomer(Long customerId) {
        customers.requireVisible(customerId);
        Customer customer = entityManager.find(Customer.class, customerId);
        if (customer.getTier() != CustomerTier.KEY) {
            throw new NotFoundException("Plan", customerId);
        }
        return customer;
    }

    private Customer requireOwner(Long customerId) {
        Customer customer = requireKeyCustomer(customerId);
        if (!customer.getOwner().getId().equals(currentUser.require().employeeId())) {
            throw new PlanRefusedException("plan.refused.notOwner");
        }
        return customer;
    }

    private Employee me() {
        return entityManager.getReference(Employee.class, currentUser.require().employeeId());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.ZONE));
    }

    /**
     * Every change to a key customer's plan for a year and to its objectives, actions, risks and
     * reviews; newest first.
     */
    public List<HistoryEntry> history(Long customerId, int year) {
        requireKeyCustomer(customerId);
        AccountPlan plan = plans.find(customerId, year).orElse(null);
        if (plan == null) {
            return List.of();
        }
        List<HistoryEntry> entries =
                new ArrayList<>(
                        changeHistory.withParts(
                                AccountPlan.class,
                                plan.getId(),
                                "plan",
                                PlanObjective.class,
                                PlanRisk.class,
                                PlanReview.class));
        entries.addAll(tasks.history(TaskSource.PLAN, plan.getId()));
        entries.sort(HistoryEntry.NEWEST_FIRST);
        return entries;
    }
}
