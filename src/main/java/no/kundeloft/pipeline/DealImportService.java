package no.kundeloft.pipeline;

import static no.kundeloft.pipeline.DealImportValues.amount;
import static no.kundeloft.pipeline.DealImportValues.date;
import static no.kundeloft.pipeline.DealImportValues.header;
import static no.kundeloft.pipeline.DealImportValues.kind;
import static no.kundeloft.pipeline.DealImportValues.month;
import static no.kundeloft.pipeline.DealImportValues.probability;
import static no.kundeloft.pipeline.DealImportValues.value;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kundeloft.base.Formats;
import no.kundeloft.base.Problem;
import no.kundeloft.base.i18n.Translations;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.importing.ImportRefusedException;
import no.kundeloft.importing.Table;
import no.kundeloft.organisation.Employee;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports deals from a table: each row names its customer (organisation number, or the exact name)
 * among the customers the user may see, and is checked by the rules the deal dialog keeps — values,
 * stage, close month, owner, kind, reason for a closed deal, lengths — before anything is written;
 * then every row is saved in one transaction, or none.
 */
@Service
@Transactional
@PreAuthorize(
        "hasAnyRole('ACCOUNT_MANAGER','KEY_ACCOUNT_MANAGER','TELESALES','FIELD_SALES','TEAM_LEADER','SALES_MANAGER','ADMIN')")
public class DealImportService {

    /**
     * Which file column fills which form field, to name the column when a value breaks the field's
     * constraint.
     */
    private static final Map<String, DealColumn> FORM_COLUMNS =
            Map.of(
                    "title",
                    DealColumn.TITLE,
                    "nextStep",
                    DealColumn.NEXT_STEP,
                    "competitor",
                    DealColumn.COMPETITOR,
                    "closeReason",
                    DealColumn.REASON,
                    "yearlyValue",
                    DealColumn.YEARLY_VALUE,
                    "oneOffValue",
                    DealColumn.ONE_OFF_VALUE);

    private final DealService deals;
    private final DealRules rules;
    private final DealStageRepository stages;
    private final CustomerService customers;
    private final Translations translations;
    private final Validator validator;
    private final EntityManager entityManager;
    private final Clock clock;

    DealImportService(
            DealService deals,
            DealRules rules,
            DealStageRepository stages,
            CustomerService customers,
            Translations translations,
            Validator validator,
            EntityManager entityManager,
            Clock clock) {
        this.deals = deals;
        this.rules = rules;
        this.stages = stages;
        this.customers = customers;
        this.translations = translations;
        this.validator = validator;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    private record Parsed(
            int line, Customer customer, DealForm form, DealStage stage, List<Problem> problems) {}

    /**
     * Checks the table as it would be imported, writing nothing.
     *
     * @param columns which column holds what, by column index (as {@link DealColumn#match}
     *     proposes, or as the user chose)
     */
    @Transactional(readOnly = true)
    public DealImportPreview check(Table table, Map<Integer, DealColumn> columns) {
        return preview(columns, parse(table, columns));
    }

    /**
     * Imports every row, or nothing when any check fails ({@link ImportRefusedException}); returns
     * how many.
     */
    public int importAll(Table table, Map<Integer, DealColumn> columns) {
        List<Parsed> rows = parse(table, columns);
        DealImportPreview preview = preview(columns, rows);
        if (!preview.canImport()) {
            throw new ImportRefusedException(preview);
        }
        rows.forEach(row -> deals.create(row.form()));
        return rows.size();
    }

    private DealImportPreview preview(Map<Integer, DealColumn> columns, List<Parsed> rows) {
        List<Problem> fileProblems = new ArrayList<>();
        if (!columns.containsValue(DealColumn.ORG_NUMBER)
                && !columns.containsValue(DealColumn.CUSTOMER)) {
            fileProblems.add(new Problem("dealimport.problem.noCustomerColumn"));
        }
        if (!columns.containsValue(DealColumn.TITLE)
                || !columns.containsValue(DealColumn.YEARLY_VALUE)
                || !columns.containsValue(DealColumn.CLOSE_MONTH)) {
            fileProblems.add(new Problem("dealimport.problem.columnsMissing"));
        }
        if (rows.isEmpty()) {
            fileProblems.add(new Problem("import.problem.noRows"));
        }
        return new DealImportPreview(
                columns,
                rows.stream()
                        .map(
                                row ->
                                        new DealImportPreview.Row(
                                                row.line(),
                                                row.customer() == null
                                                        ? null
                                                        : row.customer().getName(),
                                                row.form().getTitle(),
                                                row.form().getYearlyValue(),
                                                row.stage() == null ? null : row.stage().getName(),
                                                ownerName(row.form()),
                                                row.problems()))
                        .toList(),
                fileProblems);
    }

    private List<Parsed> parse(Table table, Map<Integer, DealColumn> mapping) {
        Map<DealColumn, Integer> columns = new HashMap<>();
        mapping.forEach((index, column) -> columns.put(column, index));
        List<DealStage> inUse =
                stages.findAllInOrder().stream().filter(DealStage::isActive).toList();
        DealCustomers lookup = new DealCustomers(table, columns, customers, entityManager);
        LocalDate today = LocalDate.now(clock.withZone(Formats.ZONE));
        List<Parsed> rows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            rows.add(parseRow(row, columns, table.headers(), lookup, inUse, today));
        }
        return rows;
    }

    private Parsed parseRow(
            Table.Row row,
            Map<DealColumn, Integer> columns,
            List<String> headers,
            DealCustomers lookup,
            List<DealStage> inUse,
            LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Customer customer =
                lookup.find(
                        value(row, columns, DealColumn.ORG_NUMBER),
                        value(row, columns, DealColumn.CUSTOMER),
                        problems);
        DealForm form = new DealForm();
        form.setCustomerId(customer == null ? null : customer.getId());
        form.setTitle(value(row, columns, DealColumn.TITLE));
        if (form.getTitle().isBlank()) {
            problems.add(new Problem("dealimport.problem.title"));
        }
        form.setKind(kind(value(row, columns, DealColumn.KIND), customer, problems));
        form.setYearlyValue(amount(row, columns, headers, DealColumn.YEARLY_VALUE, true, problems));
        form.setOneOffValue(
                amount(row, columns, headers, DealColumn.ONE_OFF_VALUE, false, problems));
        DealStage stage = stage(value(row, columns, DealColumn.STAGE), inUse, problems);
        form.setStageId(stage == null ? null : stage.getId());
        form.setProbability(
                probability(value(row, columns, DealColumn.PROBABILITY), stage, problems));
        form.setCloseMonth(month(value(row, columns, DealColumn.CLOSE_MONTH), problems));
        form.setNextStep(value(row, columns, DealColumn.NEXT_STEP));
        form.setNextStepDue(date(value(row, columns, DealColumn.NEXT_STEP_DUE), problems));
        form.setCompetitor(value(row, columns, DealColumn.COMPETITOR));
        form.setCloseReason(value(row, columns, DealColumn.REASON));
        form.setOwnerId(owner(value(row, columns, DealColumn.OWNER), customer, problems));
        checkConstraints(form, headers, columns, problems);
        if (customer != null
                && form.getCloseMonth() != null
                && form.getOwnerId() != null
                && form.getKind() != null) {
            try {
                rules.check(customer, form, today);
                if (stage != null) {
                    DealRules.checkClosing(stage, form.getCloseReason());
                }
            } catch (DealRefusedException refused) {
                problems.add(new Problem(refused.messageKey(), refused.arguments()));
            }
        }
        return new Parsed(row.line(), customer, form, stage, problems);
    }

    /**
     * A stage by its name, its code or its name in either language; blank is the first open stage.
     */
    private DealStage stage(String value, List<DealStage> inUse, List<Problem> problems) {
        if (value.isBlank()) {
            return inUse.stream().filter(DealStage::isOpen).findFirst().orElse(null);
        }
        for (DealStage stage : inUse) {
            if (names(stage).stream().anyMatch(value::equalsIgnoreCase)) {
                return stage;
            }
        }
        problems.add(new Problem("dealimport.problem.stage", value));
        return null;
    }

    private List<String> names(DealStage stage) {
        List<String> names = new ArrayList<>(List.of(stage.getName()));
        if (stage.getCode() != null) {
            names.add(stage.getCode());
            Translations.LOCALES.forEach(
                    locale ->
                            names.add(
                                    translations.getTranslation(
                                            "stage." + stage.getCode(), locale)));
        }
        return names;
    }

    /**
     * The owner by username, e-mail or full name among those who may own a deal at the customer;
     * blank is the customer's owner.
     */
    private Long owner(String value, Customer customer, List<Problem> problems) {
        if (customer == null) {
            return null;
        }
        if (value.isBlank()) {
            return customer.getOwner().getId();
        }
        Optional<Employee> owner =
                rules.eligibleOwners(customer).stream()
                        .filter(
                                e ->
                                        e.getUsername().equalsIgnoreCase(value)
                                                || value.equalsIgnoreCase(e.getEmail())
                                                || e.getFullName().equalsIgnoreCase(value))
                        .findFirst();
        if (owner.isEmpty()) {
            problems.add(new Problem("dealimport.problem.owner", value, customer.getName()));
            return null;
        }
        return owner.get().getId();
    }

    private String ownerName(DealForm form) {
        Employee owner =
                form.getOwnerId() == null
                        ? null
                        : entityManager.find(Employee.class, form.getOwnerId());
        return owner == null ? null : owner.getFullName();
    }

    /**
     * Every value checked against the form's constraints, naming the file's column: texts too long,
     * amounts too large or with more than two decimals. (Missing and negative values are told while
     * reading the row.)
     */
    private void checkConstraints(
            DealForm form,
            List<String> headers,
            Map<DealColumn, Integer> columns,
            List<Problem> problems) {
        for (ConstraintViolation<DealForm> violation : validator.validate(form)) {
            DealColumn column = FORM_COLUMNS.get(violation.getPropertyPath().toString());
            Object constraint = violation.getConstraintDescriptor().getAnnotation();
            if (column == null) {
                continue;
            }
            if (constraint instanceof Size size) {
                problems.add(
                        new Problem(
                                "import.problem.tooLong",
                                header(headers, columns, column),
                                size.max()));
            } else if (constraint instanceof Digits) {
                problems.add(
                        new Problem(
                                "dealimport.problem.digits",
                                header(headers, columns, column),
                                violation.getInvalidValue()));
            }
        }
    }
}
