package no.kundeloft.plan;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.kundeloft.base.AbstractEntity;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.Attitude;
import no.kundeloft.customer.BuyingRole;
import no.kundeloft.customer.Contact;
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
import no.kundeloft.task.Task;
import no.kundeloft.task.TaskRefusedException;
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

    PlanService(
            AccountPlanRepository plans,
            OfferingRepository offerings,
            CustomerService customers,
            PlanReader reader,
            CurrentUser currentUser,
            EntityManager entityManager,
            Clock clock,
            ChangeHistory changeHistory,
            Tasks tasks) {
        this.tasks = tasks;
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
        if (description == null || description.isBlank() || ownerId == null || dueDate == null) {
            throw new PlanRefusedException("plan.refused.actionIncomplete");
        }
        if (description.strip().length() > 500) {
            throw new PlanRefusedException("plan.refused.tooLong", 500);
        }
        AccountPlan plan = lockOrCreate(customer, year);
        plans.saveAndFlush(plan);
        Employee owner = entityManager.getReference(Employee.class, ownerId);
        if (actionId == null) {
            Task action =
                    tasks.add(
                            TaskSource.PLAN,
                            plan.getId(),
                            customer,
                            me(),
                            description.strip(),
                            owner,
                            dueDate,
                            null);
            if (done) {
                tasks.markDone(action, clock.instant());
            }
        } else {
            try {
                tasks.update(
                        TaskSource.PLAN,
                        plan.getId(),
                        actionId,
                        version,
                        description.strip(),
                        owner,
                        dueDate,
                        done);
            } catch (TaskRefusedException e) {
                throw new PlanRefusedException("plan.refused.itemChanged");
            }
        }
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
        if (influence != null && (influence < 0 || influence > 10)) {
            throw new PlanRefusedException("plan.refused.influence");
        }
        Contact contact = contactOf(customer, contactId);
        Contact reportsTo = reportsToId == null ? null : contactOf(customer, reportsToId);
        if (reportsTo != null && reportsTo.getId().equals(contact.getId())) {
            throw new PlanRefusedException("plan.refused.reportsToSelf");
        }
        contact.setStakeholder(
                role,
                influence,
                attitude,
                relationshipOwnerId == null
                        ? null
                        : entityManager.getReference(Employee.class, relationshipOwnerId));
        contact.setReportsTo(reportsTo);
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
        AccountPlan next = new AccountPlan(customer, fromYear + 1);
        next.describe(
                from.getBusiness(),
                from.getPriorities(),
                from.getOurPosition(),
                from.getCompetitors(),
                from.getStrategy());
        from.whitespace()
                .forEach(
                        cell ->
                                next.whitespace()
                                        .add(
                                                new WhitespaceCell(
                                                        cell.getOfferingId(),
                                                        cell.getState(),
                                                        cell.getPotential())));
        for (PlanObjective objective : from.objectives()) {
            if (objective.isOpen()) {
                PlanObjective copy = add(next.objectives(), new PlanObjective(next));
                copy.set(
                        objective.getDescription(),
                        objective.getTargetValue(),
                        objective.getTargetUnit(),
                        objective.getDueDate(),
                        objective.getOwner(),
                        objective.getStatus(),
                        objective.getPercentDone());
                copy.markCarriedOver();
            }
        }
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

    private Contact contactOf(Customer customer, Long contactId) {
        Contact contact = entityManager.find(Contact.class, contactId);
        if (contact == null || !contact.getCustomer().getId().equals(customer.getId())) {
            throw new NotFoundException("Contact", contactId);
        }
        return contact;
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

    private static <T> T add(List<T> list, T item) {
        list.add(item);
        return item;
    }

    /**
     * The item, unless someone saved it after the version the user opened (the plan's lock orders
     * the saves).
     */
    private static <T extends AbstractEntity> T unchanged(T item, long openedVersion) {
        if (item.getVersion() != openedVersion) {
            throw new PlanRefusedException("plan.refused.itemChanged");
        }
        return item;
    }

    private static <T extends AbstractEntity> T find(List<T> items, Long id) {
        return items.stream()
                .filter(item -> id.equals(item.getId()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Plan item", id));
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new PlanRefusedException("plan.refused.tooLong", max);
        }
        return stripped;
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
