package no.kundeloft.customer;

import static no.kundeloft.customer.CustomerSpecifications.hasTier;
import static no.kundeloft.customer.CustomerSpecifications.inScope;
import static no.kundeloft.customer.CustomerSpecifications.matches;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.People;
import no.kundeloft.organisation.PortfolioLimits;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Customers as the current user may see them: every query is limited to their record scope. */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CustomerService {

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final CustomerOwnershipRepository ownerships;
    private final OrganisationService organisation;
    private final People people;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;
    private final PortfolioLimits limits;

    CustomerService(
            CustomerRepository customers,
            ContactRepository contacts,
            CustomerOwnershipRepository ownerships,
            OrganisationService organisation,
            People people,
            EntityManager entityManager,
            CurrentUser currentUser,
            Validator validator,
            Clock clock,
            PortfolioLimits limits) {
        this.limits = limits;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
        this.customers = customers;
        this.contacts = contacts;
        this.ownerships = ownerships;
        this.organisation = organisation;
        this.people = people;
    }

    /**
     * Whether the current user's role may change customers in scope: directors and meeting bookers
     * only read.
     */
    public boolean mayEdit() {
        SalesRole role = currentUser.require().role();
        return role != SalesRole.SALES_DIRECTOR && role != SalesRole.MEETING_BOOKER;
    }

    /**
     * Saves the user's changes to a customer in scope. Refused with {@link
     * ConcurrentChangeException} when someone saved the customer after the form was opened, with
     * {@link DuplicateOrgNumberException} when another customer has the organisation number, and
     * with a validation error for bad fields.
     */
    @Transactional
    @PreAuthorize(
            "hasAnyRole('ACCOUNT_MANAGER','KEY_ACCOUNT_MANAGER','TELESALES','FIELD_SALES','TEAM_LEADER','SALES_MANAGER','ADMIN')")
    public CustomerDetails update(Long id, @Valid CustomerForm form) {
        customers.lockById(id);
        Customer customer = customers.requireInScope(organisation.currentScope(), id);
        if (customer.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException(customer.getUpdatedBy(), customer.getUpdatedAt());
        }
        requireFreeOrgNumber(
                OrganisationNumber.normalise(form.getOrgNumber()), customer.getOrgNumber());
        form.applyTo(customer);
        requireValid(customer);
        customer.markUpdated(currentUser.require().fullName(), clock.instant());
        try {
            customers.saveAndFlush(customer);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentChangeException(null, null);
        }
        return get(id);
    }

    /**
     * Registers a new customer (by default a prospect) owned by the current seller, or, for a
     * leader or a meeting booker, by a seller of their area; a key account manager's customers are
     * key customers. Refused when the owner's portfolio is full, the organisation number is taken
     * or a field is wrong.
     */
    @Transactional
    @PreAuthorize("isAuthenticated() and !hasRole('SALES_DIRECTOR')")
    public CustomerDetails create(@Valid CustomerForm form, Long ownerId) {
        // The owner is locked before their portfolio is counted, so two creations cannot both take
        // the last place.
        Employee owner = people.lock(List.of(ownerId)).stream().findFirst().orElse(null);
        if (owner == null || !owner.isActive() || !mayOwnMyCustomers(owner)) {
            // a person outside the user's scope is named by the id the request carried, never by
            // name
            boolean known = owner != null && organisation.currentScope().covers(owner);
            throw new PortfolioRuleException(
                    "portfolio.receiverNotAllowed",
                    known ? owner.getFullName() : String.valueOf(ownerId));
        }
        String orgNumber = OrganisationNumber.normalise(form.getOrgNumber());
        requireFreeOrgNumber(orgNumber, null);
        ReceiverLoad load =
                new ReceiverLoad(
                        owner.getId(),
                        owner.getFullName(),
                        customers.countPortfolio(owner.getId()),
                        1,
                        limits.forRole(owner.getRole())
                                .map(PortfolioLimits.Limit::max)
                                .orElse(null));
        if (!load.withinLimit()) {
            throw new PortfolioRuleException(
                    "portfolio.overLimit", owner.getFullName(), load.after(), load.max());
        }
        Customer customer = new Customer(form.getName().trim(), orgNumber, form.getSector(), owner);
        form.applyTo(customer);
        customer.setTier(
                owner.getRole() == SalesRole.KEY_ACCOUNT_MANAGER
                        ? CustomerTier.KEY
                        : CustomerTier.STANDARD);
        requireValid(customer);
        customer.markUpdated(currentUser.require().fullName(), clock.instant());
        customers.saveAndFlush(customer);
        ownerships.save(new CustomerOwnership(customer, owner, LocalDate.now(clock)));
        return get(customer.getId());
    }

    /**
     * Refused when another customer has the (normalised) organisation number; the customer's own
     * number is free.
     */
    private void requireFreeOrgNumber(String orgNumber, String current) {
        if (orgNumber != null
                && !orgNumber.isBlank()
                && !orgNumber.equals(current)
                && customers.existsByOrgNumber(orgNumber)) {
            Specification<Customer> withNumber =
                    (root, query, cb) -> cb.equal(root.get("orgNumber"), orgNumber);
            String visible =
                    customers
                            .findOne(inScope(organisation.currentScope()).and(withNumber))
                            .map(Customer::getName)
                            .orElse(null);
            throw new DuplicateOrgNumberException(orgNumber, visible);
        }
    }

    private void requireValid(Customer customer) {
        Set<ConstraintViolation<Customer>> violations = validator.validate(customer);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /**
     * Whether the employee may own customers the current user registers: themselves, or a seller of
     * their area.
     */
    private boolean mayOwnMyCustomers(Employee owner) {
        KundeloftUser user = currentUser.require();
        if (owner.getId().equals(user.employeeId())) {
            return owner.getRole().isSeller() || owner.getRole() == SalesRole.TEAM_LEADER;
        }
        if (user.role().isSeller()) {
            return false;
        }
        boolean sells = owner.getRole().isSeller() || owner.getRole() == SalesRole.TEAM_LEADER;
        return sells && organisation.currentScope().covers(owner);
    }

    /** One page of the customers in scope that match the filter, sorted as asked (then by id). */
    public Page<CustomerListItem> list(CustomerFilter filter, Pageable pageable) {
        Pageable stable =
                pageable.isPaged()
                        ? PageRequest.of(
                                pageable.getPageNumber(),
                                pageable.getPageSize(),
                                pageable.getSort().and(Sort.by("id")))
                        : pageable;
        return customers.findAll(scoped(filter), stable).map(CustomerListItem::of);
    }

    /**
     * One page of the customer grid — the customers in scope that match the filter, sorted as asked
     * (then by id) — with the other features' columns, in two statements.
     */
    public List<CustomerListRow> rows(
            CustomerFilter filter,
            int offset,
            int limit,
            Sort sort,
            List<CustomerListColumns> columns) {
        return CustomerRows.page(entityManager, scoped(filter), offset, limit, sort, columns);
    }

    /** How many customers in scope match the filter. */
    public long count(CustomerFilter filter) {
        return customers.count(scoped(filter));
    }

    /** How many customers of a tier are in scope. */
    public long countInScope(CustomerTier tier) {
        return customers.count(inScope(organisation.currentScope()).and(hasTier(tier)));
    }

    /**
     * A customer with contacts and ownership history; a customer outside the current user's scope
     * is reported as not found, exactly like a missing one.
     */
    public CustomerDetails get(Long id) {
        Customer c = customers.requireInScope(organisation.currentScope(), id);
        List<CustomerDetails.ContactItem> contactItems =
                contacts.findByCustomerId(id).stream()
                        .map(
                                p ->
                                        new CustomerDetails.ContactItem(
                                                p.getId(),
                                                p.getVersion(),
                                                p.getFullName(),
                                                p.getTitle(),
                                                p.getEmail(),
                                                p.getPhone(),
                                                p.isPrimary(),
                                                p.isDoNotCall()))
                        .toList();
        List<CustomerDetails.OwnershipPeriod> periods =
                ownerships.findByCustomerId(id).stream()
                        .map(
                                o ->
                                        new CustomerDetails.OwnershipPeriod(
                                                o.getOwner().getFullName(),
                                                o.getValidFrom(),
                                                o.getValidTo()))
                        .toList();
        return new CustomerDetails(
                c.getId(),
                c.getVersion(),
                c.getName(),
                c.getOrgNumber(),
                c.getSector(),
                c.getIndustry(),
                c.getCountry(),
                c.getStreet(),
                c.getPostalCode(),
                c.getCity(),
                c.getEmail(),
                c.getPhone(),
                c.getWebsite(),
                c.getStatus(),
                c.getTier(),
                c.getOwner().getFullName(),
                c.getCustomerSince(),
                contactItems,
                periods);
    }

    /** Fails with "not found" unless the current user may see the customer; loads nothing else. */
    public void requireVisible(Long id) {
        customers.requireInScope(organisation.currentScope(), id);
    }

    /** Those of the given customers the current user may see, in one query. */
    public Set<Long> visibleAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Specification<Customer> wanted = (root, query, cb) -> root.get("id").in(ids);
        return customers.findAll(inScope(organisation.currentScope()).and(wanted)).stream()
                .map(Customer::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Who owns a customer the current user may see; out of scope: "not found". */
    public Long ownerId(Long id) {
        return customers.requireInScope(organisation.currentScope(), id).getOwner().getId();
    }

    /**
     * When a customer the current user may see was won (null when not known); out of scope: "not
     * found".
     */
    public LocalDate customerSince(Long id) {
        return customers.requireInScope(organisation.currentScope(), id).getCustomerSince();
    }

    /**
     * The size of each given employee's portfolio (customers owned, lost ones not counted), counted
     * in one grouped query within the current user's scope: owners outside it count nothing.
     */
    public Map<Long, Long> portfolioSizes(Collection<Long> ownerIds) {
        Map<Long, Long> sizes = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return sizes;
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Customer> customer = query.from(Customer.class);
        Path<Long> ownerId = customer.get("owner").get("id");
        query.multiselect(ownerId, cb.count(customer))
                .where(
                        inScope(organisation.currentScope()).toPredicate(customer, query, cb),
                        ownerId.in(ownerIds),
                        cb.notEqual(customer.get("status"), CustomerStatus.LOST))
                .groupBy(ownerId);
        for (Object[] row : entityManager.createQuery(query).getResultList()) {
            sizes.put((Long) row[0], (Long) row[1]);
        }
        return sizes;
    }

    /**
     * Whom the current user may make the owner of a new customer: a leader their sellers, a meeting
     * booker the owners of the customers they serve, a seller only themself.
     */
    public List<OwnerOption> newCustomerOwners() {
        KundeloftUser me = currentUser.require();
        return switch (me.role()) {
            case TEAM_LEADER, SALES_MANAGER, ADMIN ->
                    organisation.assignableOwners().stream()
                            .map(o -> new OwnerOption(o.id(), o.fullName()))
                            .toList();
            case MEETING_BOOKER -> ownersInScope();
            default -> List.of(new OwnerOption(me.employeeId(), me.fullName()));
        };
    }

    /** The owners of the customers in scope, by name: the choices of the owner filter. */
    public List<OwnerOption> ownersInScope() {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<OwnerOption> query = cb.createQuery(OwnerOption.class);
        Root<Customer> customer = query.from(Customer.class);
        Path<Object> owner = customer.get("owner");
        query.select(cb.construct(OwnerOption.class, owner.get("id"), owner.get("fullName")))
                .distinct(true)
                .where(inScope(organisation.currentScope()).toPredicate(customer, query, cb))
                .orderBy(cb.asc(owner.get("fullName")));
        return entityManager.createQuery(query).getResultList();
    }

    /**
     * The industries of the customers in scope, alphabetically: the choices of the industry filter.
     */
    public List<String> industriesInScope() {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        Root<Customer> customer = query.from(Customer.class);
        Path<String> industry = customer.get("industry");
        query.select(industry)
                .distinct(true)
                .where(
                        inScope(organisation.currentScope()).toPredicate(customer, query, cb),
                        cb.isNotNull(industry))
                .orderBy(cb.asc(industry));
        return entityManager.createQuery(query).getResultList();
    }

    private Specification<Customer> scoped(CustomerFilter filter) {
        return inScope(organisation.currentScope()).and(matches(filter));
    }
}
