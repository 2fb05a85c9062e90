package no.kundeloft.customer;

import static no.kundeloft.customer.CustomerSpecifications.inScope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.notification.Notice;
import no.kundeloft.notification.NotificationKind;
import no.kundeloft.notification.Notifications;
import no.kundeloft.organisation.AssignableOwner;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.People;
import no.kundeloft.organisation.PortfolioLimits;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who owns which customers: assigning and reassigning customers, and handing over a whole
 * portfolio, by a team leader within the team, a sales manager within the department, or an admin.
 * Every change keeps the portfolio rules (limits, key customers with key account managers only) and
 * the ownership periods; a change that breaks a rule changes nothing.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','ADMIN')")
public class PortfolioService {

    /** How much of the given customers' names a notification shows. */
    private static final int NAMES_SHOWN = 280;

    private final CustomerRepository customers;
    private final CustomerOwnershipRepository ownerships;
    private final OrganisationService organisation;
    private final People people;
    private final PortfolioLimits limits;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Notifications notifications;
    private final CurrentUser currentUser;

    PortfolioService(
            CustomerRepository customers,
            CustomerOwnershipRepository ownerships,
            OrganisationService organisation,
            People people,
            PortfolioLimits limits,
            Clock clock,
            ApplicationEventPublisher events,
            Notifications notifications,
            CurrentUser currentUser) {
        this.events = events;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.customers = customers;
        this.ownerships = ownerships;
        this.organisation = organisation;
        this.people = people;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * The receiver hears of the customers given to them: one notification, naming them (a link to
     * the one, or the list).
     */
    private void tell(Employee receiver, List<Customer> given) {
        if (given.isEmpty()) {
            return;
        }
        String names = given.stream().map(Customer::getName).collect(Collectors.joining(", "));
        String subject =
                names.length() <= NAMES_SHOWN ? names : names.substring(0, NAMES_SHOWN - 1) + "…";
        KundeloftUser user = currentUser.require();
        notifications.send(
                receiver.getId(),
                NotificationKind.CUSTOMERS_ASSIGNED,
                Notifications.Actor.of(user),
                Notice.of(
                        subject,
                        given.size() == 1 ? "customers/" + given.getFirst().getId() : "customers"));
    }

    /** Whether the current user gives customers to other sellers and changes tiers: leaders. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayReassign() {
        return switch (currentUser.require().role()) {
            case TEAM_LEADER, SALES_MANAGER, ADMIN -> true;
            default -> false;
        };
    }

    /** Who the current user may give customers to. */
    @Transactional(readOnly = true)
    public List<AssignableOwner> receivers() {
        return organisation.assignableOwners();
    }

    /** What giving these customers to the receiver would do to the receiver's portfolio. */
    @Transactional(readOnly = true)
    public ReceiverLoad previewReassign(Collection<Long> customerIds, Long receiverId) {
        return load(receiver(receiverId), customersInScope(customerIds));
    }

    /**
     * Gives the customers to the receiver from today, ending the current owners' periods. Refused,
     * changing nothing, when the receiver is outside the user's area, would go over the limit, or a
     * customer's tier does not fit the receiver's role.
     */
    public void reassign(Collection<Long> customerIds, Long receiverId) {
        List<Customer> moving = customersInScope(customerIds);
        Employee receiver = receiver(receiverId);
        checkRules(receiver, moving);
        moving.forEach(customer -> transfer(customer, receiver));
        tell(receiver, moving);
    }

    /**
     * Makes a customer a key customer or a standard one again — a leader's decision — and gives it
     * to an owner whose role fits the new tier (a key account manager for a key customer), in one
     * step.
     */
    public void changeTier(Long customerId, CustomerTier tier, Long receiverId) {
        Customer customer = customersInScope(List.of(customerId)).getFirst();
        Employee receiver = receiver(receiverId);
        CustomerTier before = customer.getTier();
        customer.setTier(tier);
        try {
            checkRules(receiver, List.of(customer));
        } catch (PortfolioRuleException refused) {
            customer.setTier(before);
            throw refused;
        }
        transfer(customer, receiver);
        tell(receiver, List.of(customer));
    }

    /**
     * Every customer an employee in the user's area owns, by name: what a hand-over distributes.
     */
    @Transactional(readOnly = true)
    public List<CustomerListItem> portfolioOf(Long employeeId) {
        return portfolio(employeeId).stream().map(CustomerListItem::of).toList();
    }

    /**
     * A plan that spreads the leaving employee's customers evenly over the receivers, in turn by
     * name, key customers only to key account managers and standard ones only to the others.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> spreadEvenly(Long leavingId, List<Long> receiverIds) {
        List<Employee> receivers = receiverIds.stream().map(this::receiver).toList();
        Map<Long, Long> plan = new LinkedHashMap<>();
        Map<Boolean, List<Employee>> byKeyRole =
                receivers.stream()
                        .collect(
                                Collectors.partitioningBy(
                                        r -> r.getRole() == SalesRole.KEY_ACCOUNT_MANAGER));
        Map<Boolean, Integer> turn = new LinkedHashMap<>(Map.of(true, 0, false, 0));
        for (Customer customer : portfolio(leavingId)) {
            boolean key = customer.getTier() == CustomerTier.KEY;
            List<Employee> candidates = byKeyRole.get(key);
            if (!candidates.isEmpty()) {
                int next = turn.merge(key, 1, Integer::sum) - 1;
                plan.put(customer.getId(), candidates.get(next % candidates.size()).getId());
            }
        }
        return plan;
    }

    /** What a hand-over plan (customer id → receiver id) would do, without changing anything. */
    @Transactional(readOnly = true)
    public HandOverPreview previewHandOver(Long leavingId, Map<Long, Long> plan) {
        List<Customer> portfolio = portfolio(leavingId);
        List<String> unassigned =
                portfolio.stream()
                        .filter(c -> !plan.containsKey(c.getId()))
                        .map(Customer::getName)
                        .toList();
        Map<Long, Employee> receivers =
                plan.values().stream()
                        .distinct()
                        .collect(
                                Collectors.toMap(
                                        Function.identity(),
                                        this::receiver,
                                        (a, b) -> a,
                                        LinkedHashMap::new));
        List<String> tierConflicts = new ArrayList<>();
        List<ReceiverLoad> loads = new ArrayList<>();
        for (Employee receiver : receivers.values()) {
            List<Customer> incoming =
                    portfolio.stream()
                            .filter(c -> receiver.getId().equals(plan.get(c.getId())))
                            .toList();
            incoming.stream()
                    .filter(c -> !tierFits(c, receiver))
                    .map(Customer::getName)
                    .forEach(tierConflicts::add);
            loads.add(load(receiver, incoming));
        }
        return new HandOverPreview(loads, unassigned, tierConflicts);
    }

    /**
     * Hands the leaving employee's whole portfolio over as planned, in one transaction: every
     * customer must have a receiver, and every receiver's portfolio must keep the rules.
     */
    public void handOver(Long leavingId, Map<Long, Long> plan) {
        List<Customer> portfolio = portfolio(leavingId);
        List<String> unassigned =
                portfolio.stream()
                        .filter(c -> !plan.containsKey(c.getId()))
                        .map(Customer::getName)
                        .toList();
        if (!unassigned.isEmpty()) {
            throw new PortfolioRuleException(
                    "portfolio.unassigned", unassigned.size(), String.join(", ", unassigned));
        }
        Map<Long, List<Customer>> byReceiver =
                portfolio.stream()
                        .collect(
                                Collectors.groupingBy(
                                        c -> plan.get(c.getId()),
                                        LinkedHashMap::new,
                                        Collectors.toList()));
        Map<Employee, List<Customer>> checked = new LinkedHashMap<>();
        byReceiver.forEach(
                (receiverId, incoming) -> {
                    Employee receiver = receiver(receiverId);
                    checkRules(receiver, incoming);
                    checked.put(receiver, incoming);
                });
        checked.forEach(
                (receiver, incoming) -> {
                    incoming.forEach(customer -> transfer(customer, receiver));
                    tell(receiver, incoming);
                });
    }

    private List<Customer> portfolio(Long employeeId) {
        if (organisation.assignableOwners().stream().noneMatch(o -> o.id().equals(employeeId))) {
            throw new NotFoundException("Employee", employeeId);
        }
        return customers.findByOwnerId(employeeId);
    }

    private List<Customer> customersInScope(Collection<Long> customerIds) {
        List<Customer> found =
                customers.findAll(
                        inScope(organisation.currentScope())
                                .and((root, query, cb) -> root.get("id").in(customerIds)));
        if (found.size() != customerIds.stream().distinct().count()) {
            throw new NotFoundException("Customer", customerIds);
        }
        return found;
    }

    private Employee receiver(Long receiverId) {
        if (organisation.assignableOwners().stream().noneMatch(o -> o.id().equals(receiverId))) {
            String name =
                    people.byId(receiverId)
                            .filter(organisation.currentScope()::covers)
                            .map(Employee::getFullName)
                            .orElse(String.valueOf(receiverId));
            throw new PortfolioRuleException("portfolio.receiverNotAllowed", name);
        }
        return people.lock(List.of(receiverId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Employee", receiverId));
    }

    private void checkRules(Employee receiver, List<Customer> incoming) {
        for (Customer customer : incoming) {
            if (!tierFits(customer, receiver)) {
                throw new PortfolioRuleException(
                        customer.getTier() == CustomerTier.KEY
                                ? "portfolio.keyOnlyToKam"
                                : "portfolio.kamKeyOnly",
                        customer.getName(),
                        receiver.getFullName());
            }
        }
        ReceiverLoad load = load(receiver, incoming);
        if (!load.withinLimit()) {
            throw new PortfolioRuleException(
                    "portfolio.overLimit", receiver.getFullName(), load.after(), load.max());
        }
    }

    private static boolean tierFits(Customer customer, Employee receiver) {
        boolean keyAccountManager = receiver.getRole() == SalesRole.KEY_ACCOUNT_MANAGER;
        return (customer.getTier() == CustomerTier.KEY) == keyAccountManager;
    }

    private ReceiverLoad load(Employee receiver, List<Customer> incoming) {
        long counted =
                incoming.stream()
                        .filter(
                                c ->
                                        c.getStatus() != CustomerStatus.LOST
                                                && !c.getOwner().equals(receiver))
                        .count();
        Integer max =
                limits.forRole(receiver.getRole()).map(PortfolioLimits.Limit::max).orElse(null);
        return new ReceiverLoad(
                receiver.getId(),
                receiver.getFullName(),
                customers.countPortfolio(receiver.getId()),
                counted,
                max);
    }

    private void transfer(Customer customer, Employee receiver) {
        if (customer.getOwner().equals(receiver)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Optional<CustomerOwnership> current = ownerships.findCurrent(customer.getId());
        current.ifPresent(
                period -> {
                    if (period.getValidFrom().isBefore(today)) {
                        period.end(today);
                    } else {
                        ownerships.delete(period);
                    }
                });
        ownerships.save(new CustomerOwnership(customer, receiver, today));
        Long previous = customer.getOwner().getId();
        customer.setOwner(receiver);
        events.publishEvent(new CustomerOwnerChanged(customer.getId(), previous, receiver.getId()));
    }
}
