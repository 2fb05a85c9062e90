package no.kundeloft.customer;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.ImportRefusedException;
import no.kundeloft.importing.Table;
import no.kundeloft.organisation.AssignableOwner;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.People;
import no.kundeloft.organisation.PortfolioLimits;
import no.kundeloft.security.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports customers (and a primary contact each) from a table a leader uploads. Every row is
 * checked first ({@link ImportRowReader}); customers that exist already are skipped or updated
 * ({@link ExistingCustomers}); new rows get their owners from the file, the leader's choice or a
 * spread over sellers within their limits ({@link ImportOwners}). Then all rows are written in one
 * transaction, or none.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','ADMIN')")
public class CustomerImportService {

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final CustomerOwnershipRepository ownerships;
    private final OrganisationService organisation;
    private final People people;
    private final PortfolioLimits limits;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Validator validator;

    CustomerImportService(
            CustomerRepository customers,
            ContactRepository contacts,
            CustomerOwnershipRepository ownerships,
            OrganisationService organisation,
            People people,
            PortfolioLimits limits,
            CurrentUser currentUser,
            Clock clock,
            Validator validator) {
        this.customers = customers;
        this.contacts = contacts;
        this.ownerships = ownerships;
        this.organisation = organisation;
        this.people = people;
        this.limits = limits;
        this.currentUser = currentUser;
        this.clock = clock;
        this.validator = validator;
    }

    /** A seller the leader may give imported customers to, with their portfolio and limit. */
    public record Receiver(AssignableOwner owner, long portfolio, Integer max) {}

    /** Who the current leader may give imported customers to, with portfolio sizes and limits. */
    @Transactional(readOnly = true)
    public List<Receiver> receivers() {
        List<AssignableOwner> owners = organisation.assignableOwners();
        Map<Long, Long> sizes = sizes(owners.stream().map(AssignableOwner::id).toList());
        return owners.stream()
                .map(
                        o ->
                                new Receiver(
                                        o,
                                        sizes.getOrDefault(o.id(), 0L),
                                        limits.forRole(o.role())
                                                .map(PortfolioLimits.Limit::max)
                                                .orElse(null)))
                .toList();
    }

    /**
     * Checks the table as it would be imported, writing nothing.
     *
     * @param mapping which column holds what, by column index
     */
    @Transactional(readOnly = true)
    public ImportPreview check(
            Table table, Map<Integer, ImportColumn> mapping, CustomerImportOptions options) {
        List<Employee> allowed = people.byIds(allowedIds());
        return preview(parse(table, mapping, options, allowed), mapping);
    }

    /**
     * Imports every row, or nothing when any check fails ({@link ImportRefusedException}). The
     * receiving sellers are locked first, so no other change fills their portfolios meanwhile.
     *
     * @param progress told how many rows have been written so far
     * @return the number of customers created or updated
     */
    public int importAll(
            Table table,
            Map<Integer, ImportColumn> mapping,
            CustomerImportOptions options,
            IntConsumer progress) {
        List<Employee> allowed = people.lock(allowedIds());
        List<ImportRow> rows = parse(table, mapping, options, allowed);
        ImportPreview preview = preview(rows, mapping);
        if (!preview.canImport()) {
            throw new ImportRefusedException(preview);
        }
        LocalDate today = LocalDate.now(clock);
        String me = currentUser.require().fullName();
        int written = 0;
        for (ImportRow row : rows) {
            if (row.isNew()) {
                create(row, today);
            } else if (row.action == ImportRowResult.Action.UPDATE) {
                ExistingCustomers.apply(row);
                row.existing.markUpdated(me, clock.instant());
            } else {
                continue;
            }
            progress.accept(++written);
        }
        try {
            customers.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentChangeException(null, null);
        }
        return written;
    }

    private void create(ImportRow row, LocalDate today) {
        customers.save(row.customer);
        LocalDate since = row.customer.getCustomerSince();
        ownerships.save(
                new CustomerOwnership(
                        row.customer,
                        row.owner,
                        since != null && since.isBefore(today) ? since : today));
        if (row.contact != null) {
            contacts.save(row.contact);
        }
    }

    private List<Long> allowedIds() {
        return organisation.assignableOwners().stream().map(AssignableOwner::id).toList();
    }

    private List<ImportRow> parse(
            Table table,
            Map<Integer, ImportColumn> mapping,
            CustomerImportOptions options,
            List<Employee> allowed) {
        ImportRowReader reader = new ImportRowReader(table.headers(), mapping, validator);
        List<ImportRow> rows = new ArrayList<>();
        table.rows().forEach(row -> rows.add(reader.read(row)));
        new ExistingCustomers(customers, organisation.currentScope())
                .settle(rows, reader, options.existing());
        owners(options, allowed).assign(rows);
        return rows;
    }

    private ImportOwners owners(CustomerImportOptions options, List<Employee> allowed) {
        Map<Long, Employee> byId =
                allowed.stream().collect(Collectors.toMap(Employee::getId, e -> e));
        Employee fallback = byId.get(options.defaultOwnerId());
        List<Employee> spreadOver =
                options.spreadOver().stream().map(byId::get).filter(e -> e != null).toList();
        Map<Long, Long> sizes = sizes(spreadOver.stream().map(Employee::getId).toList());
        Map<Employee, Long> rooms = new LinkedHashMap<>();
        for (Employee seller : spreadOver) {
            long room =
                    limits.forRole(seller.getRole())
                            .map(l -> l.max() - sizes.getOrDefault(seller.getId(), 0L))
                            .orElse(Long.MAX_VALUE);
            rooms.put(seller, Math.max(room, 0));
        }
        return new ImportOwners(allowed, fallback, rooms, options.spread());
    }

    private Map<Long, Long> sizes(List<Long> ownerIds) {
        Map<Long, Long> sizes = new HashMap<>();
        if (!ownerIds.isEmpty()) {
            customers.portfolioSizes(ownerIds).forEach(p -> sizes.put(p.ownerId(), p.customers()));
        }
        return sizes;
    }

    private ImportPreview preview(List<ImportRow> rows, Map<Integer, ImportColumn> mapping) {
        List<Problem> fileProblems = new ArrayList<>();
        if (!mapping.containsValue(ImportColumn.NAME)) {
            fileProblems.add(new Problem("import.problem.noNameColumn"));
        }
        if (rows.isEmpty()) {
            fileProblems.add(new Problem("import.problem.noRows"));
        }
        Map<Employee, Long> incoming = ImportOwners.incoming(rows);
        Map<Long, Long> sizes = sizes(incoming.keySet().stream().map(Employee::getId).toList());
        List<ReceiverLoad> loads =
                incoming.entrySet().stream()
                        .map(
                                e ->
                                        new ReceiverLoad(
                                                e.getKey().getId(),
                                                e.getKey().getFullName(),
                                                sizes.getOrDefault(e.getKey().getId(), 0L),
                                                e.getValue(),
                                                limits.forRole(e.getKey().getRole())
                                                        .map(PortfolioLimits.Limit::max)
                                                        .orElse(null)))
                        .toList();
        return new ImportPreview(
                rows.stream().map(ImportRow::result).toList(), fileProblems, loads);
    }
}
