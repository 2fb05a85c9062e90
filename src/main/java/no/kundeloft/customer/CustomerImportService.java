package no.kundeloft.customer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.Table;
import no.kundeloft.organisation.AssignableOwner;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.People;
import no.kundeloft.organisation.PortfolioLimits;
import no.kundeloft.organisation.Sector;
import no.kundeloft.security.SalesRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports customers (and a primary contact each) from a table a leader uploads: every row is
 * checked first — name, organisation number (MOD11, not already known, not twice in the file),
 * formats, owner within the leader's area, key customers only for key account managers, and each
 * owner's limit — and then all rows are written in one transaction, or none.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('TEAM_LEADER','SALES_MANAGER','ADMIN')")
public class CustomerImportService {

    private static final int CHUNK = 1000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile(CustomerForm.PHONE_PATTERN);
    private static final Pattern WEBSITE = Pattern.compile(CustomerForm.WEBSITE_PATTERN);
    private static final List<DateTimeFormatter> DATES =
            List.of(
                    DateTimeFormatter.ISO_LOCAL_DATE,
                    DateTimeFormatter.ofPattern("d.M.yyyy"),
                    DateTimeFormatter.ofPattern("d/M/yyyy"));

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final CustomerOwnershipRepository ownerships;
    private final OrganisationService organisation;
    private final People people;
    private final PortfolioLimits limits;
    private final Clock clock;

    CustomerImportService(
            CustomerRepository customers,
            ContactRepository contacts,
            CustomerOwnershipRepository ownerships,
            OrganisationService organisation,
            People people,
            PortfolioLimits limits,
            Clock clock,
            Validator validator) {
        this.validator = validator;
        this.customers = customers;
        this.contacts = contacts;
        this.ownerships = ownerships;
        this.organisation = organisation;
        this.people = people;
        this.limits = limits;
        this.clock = clock;
    }

    private final Validator validator;

    /**
     * Which file column fills which field, to name the column when a value is too long for its
     * field.
     */
    private static final Map<String, ImportColumn> CUSTOMER_FIELDS =
            Map.of(
                    "name",
                    ImportColumn.NAME,
                    "orgNumber",
                    ImportColumn.ORG_NUMBER,
                    "industry",
                    ImportColumn.INDUSTRY,
                    "street",
                    ImportColumn.STREET,
                    "postalCode",
                    ImportColumn.POSTAL_CODE,
                    "city",
                    ImportColumn.CITY,
                    "email",
                    ImportColumn.EMAIL,
                    "phone",
                    ImportColumn.PHONE,
                    "website",
                    ImportColumn.WEBSITE);

    private static final Map<String, ImportColumn> CONTACT_FIELDS =
            Map.of(
                    "fullName",
                    ImportColumn.CONTACT_NAME,
                    "title",
                    ImportColumn.CONTACT_TITLE,
                    "email",
                    ImportColumn.CONTACT_EMAIL,
                    "phone",
                    ImportColumn.CONTACT_PHONE);

    /** A row ready to be written, or with the problems that keep it from being written. */
    private record Parsed(
            int line, Customer customer, Contact contact, Employee owner, List<Problem> problems) {}

    /**
     * Checks the table as it would be imported, writing nothing.
     *
     * @param mapping which column holds what, by column index
     * @param defaultOwnerId the owner of rows without an owner column value; may be null
     */
    @Transactional(readOnly = true)
    public ImportPreview check(
            Table table, Map<Integer, ImportColumn> mapping, Long defaultOwnerId) {
        return preview(parse(table, mapping, defaultOwnerId), mapping);
    }

    /**
     * Imports every row, or nothing when any check fails ({@link ImportRejectedException}).
     *
     * @param progress told how many rows have been written so far
     * @return the number of customers imported
     */
    public int importAll(
            Table table,
            Map<Integer, ImportColumn> mapping,
            Long defaultOwnerId,
            IntConsumer progress) {
        List<Parsed> rows = parse(table, mapping, defaultOwnerId);
        ImportPreview preview = preview(rows, mapping);
        if (!preview.canImport()) {
            throw new ImportRejectedException(preview);
        }
        LocalDate today = LocalDate.now(clock);
        int written = 0;
        for (Parsed row : rows) {
            customers.save(row.customer());
            LocalDate since = row.customer().getCustomerSince();
            ownerships.save(
                    new CustomerOwnership(
                            row.customer(),
                            row.owner(),
                            since != null && since.isBefore(today) ? since : today));
            if (row.contact() != null) {
                contacts.save(row.contact());
            }
            progress.accept(++written);
        }
        return written;
    }

    private ImportPreview preview(List<Parsed> rows, Map<Integer, ImportColumn> mapping) {
        List<Problem> fileProblems = new ArrayList<>();
        if (!mapping.containsValue(ImportColumn.NAME)) {
            fileProblems.add(new Problem("import.problem.noNameColumn"));
        }
        if (rows.isEmpty()) {
            fileProblems.add(new Problem("import.problem.noRows"));
        }
        Map<Employee, Long> incoming = new LinkedHashMap<>();
        rows.stream()
                .filter(r -> r.owner() != null && r.customer().getStatus() != CustomerStatus.LOST)
                .forEach(r -> incoming.merge(r.owner(), 1L, Long::sum));
        List<ReceiverLoad> loads =
                incoming.entrySet().stream()
                        .map(
                                e ->
                                        new ReceiverLoad(
                                                e.getKey().getId(),
                                                e.getKey().getFullName(),
                                                customers.countPortfolio(e.getKey().getId()),
                                                e.getValue(),
                                                limits.forRole(e.getKey().getRole())
                                                        .map(PortfolioLimits.Limit::max)
                                                        .orElse(null)))
                        .toList();
        List<ImportRowResult> results =
                rows.stream()
                        .map(
                                r ->
                                        new ImportRowResult(
                                                r.line(),
                                                r.customer().getName(),
                                                r.customer().getOrgNumber(),
                                                r.owner() == null ? null : r.owner().getFullName(),
                                                r.problems()))
                        .toList();
        return new ImportPreview(results, fileProblems, loads);
    }

    private List<Parsed> parse(
            Table table, Map<Integer, ImportColumn> mapping, Long defaultOwnerId) {
        Map<ImportColumn, Integer> columns = new HashMap<>();
        mapping.forEach((index, column) -> columns.put(column, index));
        Owners owners = new Owners(defaultOwnerId);
        Set<String> known = existingOrgNumbers(table, columns);
        Map<String, Integer> seenInFile = new HashMap<>();
        List<Parsed> rows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            Parsed parsed = parseRow(row, columns, owners, known, seenInFile);
            tooLong(
                    parsed.customer(),
                    CUSTOMER_FIELDS,
                    table.headers(),
                    columns,
                    parsed.problems());
            if (parsed.contact() != null) {
                tooLong(
                        parsed.contact(),
                        CONTACT_FIELDS,
                        table.headers(),
                        columns,
                        parsed.problems());
            }
            rows.add(parsed);
        }
        return rows;
    }

    private Parsed parseRow(
            Table.Row row,
            Map<ImportColumn, Integer> columns,
            Owners owners,
            Set<String> known,
            Map<String, Integer> seenInFile) {
        List<Problem> problems = new ArrayList<>();
        String name = value(row, columns, ImportColumn.NAME);
        if (name.isBlank()) {
            problems.add(new Problem("import.problem.name"));
        }
        Optional<Employee> owner =
                owners.resolve(value(row, columns, ImportColumn.OWNER), problems);
        Sector sector = sector(value(row, columns, ImportColumn.SECTOR), owner, problems);
        Customer customer =
                new Customer(name.isBlank() ? "" : name, null, sector, owner.orElse(null));
        String country = value(row, columns, ImportColumn.COUNTRY).toUpperCase(Locale.ROOT);
        customer.setCountry(country.isBlank() ? "NO" : country);
        if (!customer.getCountry().matches("[A-Z]{2}")) {
            problems.add(new Problem("import.problem.country", country));
        }
        orgNumber(row, columns, customer, known, seenInFile, problems);
        customer.setIndustry(blankToNull(value(row, columns, ImportColumn.INDUSTRY)));
        customer.setAddress(
                blankToNull(value(row, columns, ImportColumn.STREET)),
                blankToNull(value(row, columns, ImportColumn.POSTAL_CODE)),
                blankToNull(value(row, columns, ImportColumn.CITY)));
        customer.setEmail(
                checked(
                        value(row, columns, ImportColumn.EMAIL),
                        EMAIL,
                        "import.problem.email",
                        problems));
        customer.setPhone(
                checked(
                        value(row, columns, ImportColumn.PHONE),
                        PHONE,
                        "import.problem.phone",
                        problems));
        customer.setWebsite(
                checked(
                        website(value(row, columns, ImportColumn.WEBSITE)),
                        WEBSITE,
                        "import.problem.website",
                        problems));
        customer.setStatus(status(value(row, columns, ImportColumn.STATUS), problems));
        customer.setTier(tier(value(row, columns, ImportColumn.TIER), problems));
        customer.setCustomerSince(date(value(row, columns, ImportColumn.CUSTOMER_SINCE), problems));
        owner.ifPresent(
                o -> {
                    if ((customer.getTier() == CustomerTier.KEY)
                            != (o.getRole() == SalesRole.KEY_ACCOUNT_MANAGER)) {
                        problems.add(
                                new Problem(
                                        customer.getTier() == CustomerTier.KEY
                                                ? "import.problem.keyOnlyToKam"
                                                : "import.problem.kamKeyOnly",
                                        o.getFullName()));
                    }
                });
        Contact contact = null;
        String contactName = value(row, columns, ImportColumn.CONTACT_NAME);
        if (!contactName.isBlank()) {
            contact =
                    new Contact(
                            customer,
                            contactName,
                            blankToNull(value(row, columns, ImportColumn.CONTACT_TITLE)),
                            checked(
                                    value(row, columns, ImportColumn.CONTACT_EMAIL),
                                    EMAIL,
                                    "import.problem.contactEmail",
                                    problems),
                            checked(
                                    value(row, columns, ImportColumn.CONTACT_PHONE),
                                    PHONE,
                                    "import.problem.contactPhone",
                                    problems));
            contact.setPrimary(true);
        }
        return new Parsed(row.line(), customer, contact, owner.orElse(null), problems);
    }

    /**
     * Every value checked against its field's length (the entity's constraints, which are the
     * columns' sizes), so the preview never says "no problems" for a row the database would refuse.
     */
    private void tooLong(
            Object record,
            Map<String, ImportColumn> fields,
            List<String> headers,
            Map<ImportColumn, Integer> columns,
            List<Problem> problems) {
        for (ConstraintViolation<Object> violation : validator.validate(record)) {
            ImportColumn column = fields.get(violation.getPropertyPath().toString());
            if (violation.getConstraintDescriptor().getAnnotation() instanceof Size size
                    && column != null
                    && columns.containsKey(column)) {
                problems.add(
                        new Problem(
                                "import.problem.tooLong",
                                headers.get(columns.get(column)),
                                size.max()));
            }
        }
    }

    private void orgNumber(
            Table.Row row,
            Map<ImportColumn, Integer> columns,
            Customer customer,
            Set<String> known,
            Map<String, Integer> seenInFile,
            List<Problem> problems) {
        String number = OrganisationNumber.normalise(value(row, columns, ImportColumn.ORG_NUMBER));
        if (number.isBlank()) {
            return;
        }
        customer.setOrgNumber(number);
        if ("NO".equals(customer.getCountry()) && !OrganisationNumber.isValid(number)) {
            problems.add(new Problem("import.problem.orgNumber", number));
        } else if (known.contains(number)) {
            problems.add(new Problem("import.problem.exists", number));
        } else {
            Integer firstLine = seenInFile.putIfAbsent(number, row.line());
            if (firstLine != null) {
                problems.add(new Problem("import.problem.twice", number, firstLine));
            }
        }
    }

    private Set<String> existingOrgNumbers(Table table, Map<ImportColumn, Integer> columns) {
        List<String> numbers =
                table.rows().stream()
                        .map(
                                row ->
                                        OrganisationNumber.normalise(
                                                value(row, columns, ImportColumn.ORG_NUMBER)))
                        .filter(n -> !n.isBlank())
                        .distinct()
                        .toList();
        Set<String> known = new HashSet<>();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            known.addAll(
                    customers.findExistingOrgNumbers(
                            numbers.subList(from, Math.min(numbers.size(), from + CHUNK))));
        }
        return known;
    }

    private static String value(
            Table.Row row, Map<ImportColumn, Integer> columns, ImportColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String checked(
            String value, Pattern pattern, String problemKey, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!pattern.matcher(value.trim()).matches()) {
            problems.add(new Problem(problemKey, value));
        }
        return value.trim();
    }

    /** "www.firma.no" is what people write; the web address is "https://www.firma.no". */
    private static String website(String value) {
        return value.isBlank() || value.contains("://") ? value : "https://" + value;
    }

    private static Sector sector(String value, Optional<Employee> owner, List<Problem> problems) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.isBlank()) {
            return owner.map(CustomerImportService::sectorOf).orElse(Sector.PRIVATE);
        }
        if (v.startsWith("off") || v.startsWith("pub")) {
            return Sector.PUBLIC;
        }
        if (v.startsWith("pri")) {
            return Sector.PRIVATE;
        }
        problems.add(new Problem("import.problem.sector", value));
        return Sector.PRIVATE;
    }

    private static Sector sectorOf(Employee owner) {
        if (owner.getTeam() == null
                || owner.getTeam().getDepartment().getDivision().getSector() == null) {
            return Sector.PRIVATE;
        }
        return owner.getTeam().getDepartment().getDivision().getSector();
    }

    private static CustomerStatus status(String value, List<Problem> problems) {
        String v = value.toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "active", "aktiv", "kunde", "customer" -> CustomerStatus.ACTIVE;
            case "prospect", "prospekt", "lead", "emne" -> CustomerStatus.PROSPECT;
            case "lost", "tapt", "inactive", "inaktiv" -> CustomerStatus.LOST;
            default -> {
                problems.add(new Problem("import.problem.status", value));
                yield CustomerStatus.ACTIVE;
            }
        };
    }

    private static CustomerTier tier(String value, List<Problem> problems) {
        String v = value.toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "standard", "normal" -> CustomerTier.STANDARD;
            case "key", "nøkkelkunde", "nøkkel", "key customer", "key account" -> CustomerTier.KEY;
            default -> {
                problems.add(new Problem("import.problem.tier", value));
                yield CustomerTier.STANDARD;
            }
        };
    }

    private static LocalDate date(String value, List<Problem> problems) {
        if (value.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        problems.add(new Problem("import.problem.date", value));
        return null;
    }

    /**
     * Resolves owner names and usernames among those the importing leader may give customers to.
     */
    private final class Owners {
        private final Map<Long, AssignableOwner> allowed = new HashMap<>();
        private final Map<String, Optional<Employee>> byText = new HashMap<>();
        private final Employee fallback;

        Owners(Long defaultOwnerId) {
            organisation.assignableOwners().forEach(o -> allowed.put(o.id(), o));
            fallback =
                    defaultOwnerId != null && allowed.containsKey(defaultOwnerId)
                            ? people.byId(defaultOwnerId).orElse(null)
                            : null;
        }

        Optional<Employee> resolve(String text, List<Problem> problems) {
            if (text.isBlank()) {
                if (fallback == null) {
                    problems.add(new Problem("import.problem.noOwner"));
                }
                return Optional.ofNullable(fallback);
            }
            Optional<Employee> owner =
                    byText.computeIfAbsent(text.toLowerCase(Locale.ROOT), this::lookUp);
            if (owner.isEmpty()) {
                problems.add(new Problem("import.problem.owner", text));
            }
            return owner;
        }

        private Optional<Employee> lookUp(String text) {
            Optional<AssignableOwner> byName =
                    allowed.values().stream()
                            .filter(o -> o.fullName().equalsIgnoreCase(text))
                            .findFirst();
            Optional<Employee> employee =
                    byName.isPresent() ? people.byId(byName.get().id()) : people.byUsername(text);
            return employee.filter(e -> allowed.containsKey(e.getId()));
        }
    }
}
