package no.kundeloft.revenue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kundeloft.base.Problem;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.OrganisationNumber;
import no.kundeloft.importing.ImportRefusedException;
import no.kundeloft.importing.Table;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports monthly revenue from an ERP export (organisation number or customer id, month, amount):
 * every row checked, then each customer's month inserted or replaced, all in one transaction or not
 * at all. Customers without a won date are dated as the importer chooses.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('SALES_MANAGER','ADMIN')")
public class RevenueImportService {

    private static final Pattern YEAR_MONTH =
            Pattern.compile("(\\d{4})[-./](\\d{1,2})(?:[-./]\\d{1,2})?");
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("-?\\d{1,13}(\\.\\d{1,2})?");
    private static final Pattern MONTH_YEAR =
            Pattern.compile("(?:\\d{1,2}[./-])?(\\d{1,2})[./-](\\d{4})");

    private final EntityManager entityManager;
    private final RevenueEntryRepository entries;
    private final CustomerService customerService;
    private final RevenueLoadService revenueLoad;

    RevenueImportService(
            EntityManager entityManager,
            RevenueEntryRepository entries,
            CustomerService customerService,
            RevenueLoadService revenueLoad) {
        this.entityManager = entityManager;
        this.entries = entries;
        this.customerService = customerService;
        this.revenueLoad = revenueLoad;
    }

    private record Parsed(RevenueImport.Row row, Customer customer) {}

    @Transactional(readOnly = true)
    public RevenueImport check(Table table) {
        return summary(parse(table));
    }

    /**
     * Writes every row, or nothing when any row has a problem; returns how many months were
     * written. With {@code completeThroughNewest} the importer says the file completes the
     * organisation's revenue through its newest month, which moves the loaded-through month forward
     * (never back).
     */
    public int importAll(
            Table table,
            RevenueImport.UnknownWonDate unknownWonDate,
            boolean completeThroughNewest) {
        List<Parsed> parsed = parse(table);
        RevenueImport checked = summary(parsed);
        if (!checked.canImport()) {
            throw new ImportRefusedException(checked);
        }
        if (completeThroughNewest) {
            revenueLoad.completeThrough(checked.newestMonth());
        }
        YearMonth firstOfImport =
                parsed.stream().map(p -> p.row().month()).min(YearMonth::compareTo).orElseThrow();
        Map<Long, RevenueEntry> existing = existing(parsed);
        Map<Long, YearMonth> firstMonthPerCustomer = new HashMap<>();
        for (Parsed p : parsed) {
            firstMonthPerCustomer.merge(
                    p.customer().getId(), p.row().month(), (a, b) -> a.isBefore(b) ? a : b);
            RevenueEntry entry = existing.get(key(p.customer().getId(), p.row().month()));
            if (entry == null) {
                entries.save(new RevenueEntry(p.customer(), p.row().month(), p.row().amount()));
            } else {
                entry.setAmount(p.row().amount());
            }
        }
        for (Parsed p : parsed) {
            if (p.customer().getCustomerSince() == null) {
                p.customer()
                        .setCustomerSince(
                                unknownWonDate
                                                == RevenueImport.UnknownWonDate
                                                        .NEW_FROM_FIRST_IMPORTED_MONTH
                                        ? firstMonthPerCustomer.get(p.customer().getId()).atDay(1)
                                        : firstOfImport.atDay(1).minusDays(1));
            }
        }
        return parsed.size();
    }

    private RevenueImport summary(List<Parsed> parsed) {
        long replacing = parsed.stream().filter(p -> p.row().replaces()).count();
        long unknown =
                parsed.stream()
                        .filter(
                                p ->
                                        p.customer() != null
                                                && p.customer().getCustomerSince() == null)
                        .map(p -> p.customer().getId())
                        .distinct()
                        .count();
        return new RevenueImport(
                parsed.stream().map(Parsed::row).toList(),
                parsed.size() - replacing,
                replacing,
                unknown);
    }

    private List<Parsed> parse(Table table) {
        int customerColumn =
                column(
                        table,
                        "orgnr",
                        "organisasjonsnummer",
                        "orgnumber",
                        "organisationnumber",
                        "kundenr",
                        "kundenummer",
                        "customerid",
                        "kundeid",
                        "customer");
        int monthColumn =
                column(table, "måned", "maned", "month", "periode", "period", "dato", "date");
        int amountColumn = column(table, "beløp", "belop", "amount", "omsetning", "revenue", "sum");
        List<Parsed> rows = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        Map<String, Optional<Customer>> customers = visibleCustomers(table, customerColumn);
        for (Table.Row row : table.rows()) {
            List<Problem> problems = new ArrayList<>();
            String customerText = customerColumn < 0 ? "" : row.cell(customerColumn);
            Optional<Customer> customer = customers.get(customerText);
            if (customer.isEmpty()) {
                problems.add(new Problem("revenueImport.problem.customer", customerText));
            }
            YearMonth month = month(monthColumn < 0 ? "" : row.cell(monthColumn));
            if (month == null) {
                problems.add(
                        new Problem(
                                "revenueImport.problem.month",
                                monthColumn < 0 ? "" : row.cell(monthColumn)));
            }
            BigDecimal amount = amount(amountColumn < 0 ? "" : row.cell(amountColumn));
            if (amount == null) {
                problems.add(
                        new Problem(
                                "revenueImport.problem.amount",
                                amountColumn < 0 ? "" : row.cell(amountColumn)));
            }
            if (customer.isPresent() && month != null) {
                Integer first = seen.putIfAbsent(key(customer.get().getId(), month), row.line());
                if (first != null) {
                    problems.add(new Problem("revenueImport.problem.twice", first));
                }
            }
            rows.add(
                    new Parsed(
                            new RevenueImport.Row(
                                    row.line(),
                                    customerText,
                                    customer.map(Customer::getName).orElse(null),
                                    month,
                                    amount,
                                    false,
                                    problems),
                            customer.orElse(null)));
        }
        Map<Long, RevenueEntry> existing = existing(rows);
        return rows.stream()
                .map(
                        p ->
                                p.customer() == null || p.row().month() == null
                                        ? p
                                        : new Parsed(
                                                new RevenueImport.Row(
                                                        p.row().line(),
                                                        p.row().customerText(),
                                                        p.row().customerName(),
                                                        p.row().month(),
                                                        p.row().amount(),
                                                        existing.containsKey(
                                                                key(
                                                                        p.customer().getId(),
                                                                        p.row().month())),
                                                        p.row().problems()),
                                                p.customer()))
                .toList();
    }

    private Map<Long, RevenueEntry> existing(List<Parsed> rows) {
        List<Parsed> complete =
                rows.stream().filter(p -> p.customer() != null && p.row().month() != null).toList();
        Map<Long, RevenueEntry> found = new HashMap<>();
        if (complete.isEmpty()) {
            return found;
        }
        YearMonth from =
                complete.stream().map(p -> p.row().month()).min(YearMonth::compareTo).orElseThrow();
        YearMonth to =
                complete.stream().map(p -> p.row().month()).max(YearMonth::compareTo).orElseThrow();
        List<Long> ids = complete.stream().map(p -> p.customer().getId()).distinct().toList();
        for (int start = 0; start < ids.size(); start += 1000) {
            for (RevenueEntry entry :
                    entries.findForCustomers(
                            ids.subList(start, Math.min(ids.size(), start + 1000)),
                            from.atDay(1),
                            to.atDay(1))) {
                found.put(key(entry.getCustomerId(), entry.getMonth()), entry);
            }
        }
        return found;
    }

    /** One number for a customer's month. */
    private static long key(Long customerId, YearMonth month) {
        return customerId * 100_000 + month.getYear() * 12L + month.getMonthValue();
    }

    /**
     * The customer each distinct text in the customer column names, by organisation number or
     * customer number, when the current user may see it (the customer scope's one rule); otherwise
     * empty.
     */
    private Map<String, Optional<Customer>> visibleCustomers(Table table, int customerColumn) {
        Map<String, Optional<Customer>> found = new HashMap<>();
        for (Table.Row row : table.rows()) {
            found.computeIfAbsent(customerColumn < 0 ? "" : row.cell(customerColumn), this::find);
        }
        Set<Long> visible =
                customerService.visibleAmong(
                        found.values().stream()
                                .flatMap(Optional::stream)
                                .map(Customer::getId)
                                .distinct()
                                .toList());
        found.replaceAll((text, customer) -> customer.filter(c -> visible.contains(c.getId())));
        return found;
    }

    private Optional<Customer> find(String text) {
        String digits = OrganisationNumber.normalise(text);
        if (digits == null || digits.isBlank()) {
            return Optional.empty();
        }
        List<Customer> byOrgNumber =
                entityManager
                        .createQuery(
                                "select c from Customer c where c.orgNumber = :n", Customer.class)
                        .setParameter("n", digits)
                        .getResultList();
        Optional<Customer> customer = byOrgNumber.stream().findFirst();
        if (customer.isEmpty() && digits.matches("\\d{1,12}") && digits.length() < 9) {
            customer =
                    Optional.ofNullable(entityManager.find(Customer.class, Long.valueOf(digits)));
        }
        return customer;
    }

    private static YearMonth month(String text) {
        String value = text.trim();
        Matcher ym = YEAR_MONTH.matcher(value);
        Matcher my = MONTH_YEAR.matcher(value);
        try {
            if (ym.matches()) {
                return YearMonth.of(Integer.parseInt(ym.group(1)), Integer.parseInt(ym.group(2)));
            }
            if (my.matches()) {
                return YearMonth.of(Integer.parseInt(my.group(2)), Integer.parseInt(my.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * "12 345,50", "12345.50", "-1 000" and "kr 1 000" are amounts; the last comma or dot is the
     * decimal separator. Exponents ("1E+20"), more than two decimals and more than 13 whole digits
     * (what the revenue column holds) are not.
     */
    static BigDecimal amount(String text) {
        String value =
                Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("(?i)kr|nok|\\s", "");
        if (value.isEmpty()) {
            return null;
        }
        int decimal = Math.max(value.lastIndexOf(','), value.lastIndexOf('.'));
        String digits =
                decimal >= 0 && value.length() - decimal - 1 <= 2
                        ? value.substring(0, decimal).replaceAll("[.,]", "")
                                + "."
                                + value.substring(decimal + 1)
                        : value.replaceAll("[.,]", "");
        return PLAIN_AMOUNT.matcher(digits).matches() ? new BigDecimal(digits) : null;
    }

    private static int column(Table table, String... names) {
        for (int i = 0; i < table.headers().size(); i++) {
            String header =
                    table.headers().get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9æøå]", "");
            for (String name : names) {
                if (header.equals(name)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
