package no.kundeloft.pipeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.kundeloft.base.Problem;
import no.kundeloft.base.i18n.Translations;
import no.kundeloft.customer.Customer;
import no.kundeloft.importing.Table;

/**
 * The values of a deal import's cells as people write them: kinds, sums of kroner, percentages,
 * months and dates in Norwegian or English; what cannot be read becomes a problem naming the value.
 */
final class DealImportValues {

    private static final List<DateTimeFormatter> DATES =
            List.of(
                    DateTimeFormatter.ISO_LOCAL_DATE,
                    DateTimeFormatter.ofPattern("d.M.yyyy"),
                    DateTimeFormatter.ofPattern("d/M/yyyy"));
    private static final List<DateTimeFormatter> MONTHS =
            List.of(
                    DateTimeFormatter.ofPattern("yyyy-M"),
                    DateTimeFormatter.ofPattern("M.yyyy"),
                    DateTimeFormatter.ofPattern("M/yyyy"));

    private DealImportValues() {}

    static String digits(String value) {
        return value.replaceAll("\\D", "");
    }

    static DealKind kind(String value, Customer customer, List<Problem> problems) {
        String v = value.toLowerCase(Locale.ROOT).replaceAll("[^a-zæøå]", "");
        if (v.isEmpty()) {
            return customer == null ? null : DealKind.usualFor(customer.getStatus());
        }
        if (v.startsWith("ny") || v.startsWith("new")) {
            return DealKind.NEW_CUSTOMER;
        }
        if (v.startsWith("vekst") || v.startsWith("growth") || v.startsWith("mersalg")) {
            return DealKind.GROWTH;
        }
        problems.add(new Problem("dealimport.problem.kind", value));
        return null;
    }

    /**
     * "1 200 000", "1200000,50", "kr 250 000": a sum of kroner; blank is no sum (a problem where
     * one is required).
     */
    static BigDecimal amount(
            Table.Row row,
            Map<DealColumn, Integer> columns,
            List<String> headers,
            DealColumn column,
            boolean required,
            List<Problem> problems) {
        String value = value(row, columns, column);
        String cleaned = value.replaceAll("(?i)nok|kr|[\\s\\u00a0]", "").replace(',', '.');
        if (cleaned.isEmpty()) {
            if (required) {
                problems.add(
                        new Problem(
                                "dealimport.problem.valueMissing",
                                header(headers, columns, column)));
            }
            return required ? null : BigDecimal.ZERO;
        }
        try {
            BigDecimal amount = new BigDecimal(cleaned);
            if (amount.signum() < 0) {
                problems.add(
                        new Problem(
                                "dealimport.problem.negative",
                                header(headers, columns, column),
                                value));
            }
            return amount;
        } catch (NumberFormatException e) {
            problems.add(
                    new Problem(
                            "dealimport.problem.number", header(headers, columns, column), value));
            return null;
        }
    }

    static int probability(String value, DealStage stage, List<Problem> problems) {
        String cleaned = value.replaceAll("[%\\s]", "");
        if (cleaned.isEmpty()) {
            return stage == null ? 0 : stage.getProbability();
        }
        try {
            int percent = Integer.parseInt(cleaned);
            if (percent >= 0 && percent <= 100) {
                return percent;
            }
        } catch (NumberFormatException ignored) {
            // told below
        }
        problems.add(new Problem("dealimport.problem.probability", value));
        return 0;
    }

    /** "2027-03", "03.2027", "3/2027", "mars 2027", "March 2027", or any day of the month. */
    static YearMonth month(String value, List<Problem> problems) {
        if (value.isBlank()) {
            problems.add(new Problem("dealimport.problem.monthMissing"));
            return null;
        }
        for (DateTimeFormatter format : MONTHS) {
            try {
                return YearMonth.parse(value, format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a month
            }
        }
        Optional<YearMonth> named = namedMonth(value);
        if (named.isPresent()) {
            return named.get();
        }
        LocalDate day = parseDate(value);
        if (day != null) {
            return YearMonth.from(day);
        }
        problems.add(new Problem("dealimport.problem.month", value));
        return null;
    }

    static Optional<YearMonth> namedMonth(String value) {
        String[] parts = value.trim().toLowerCase(Locale.ROOT).split("\\s+");
        if (parts.length != 2 || !parts[1].matches("\\d{4}")) {
            return Optional.empty();
        }
        for (Locale locale : Translations.LOCALES) {
            for (java.time.Month month : java.time.Month.values()) {
                if (month.getDisplayName(TextStyle.FULL_STANDALONE, locale)
                                .equalsIgnoreCase(parts[0])
                        || month.getDisplayName(TextStyle.FULL, locale)
                                .equalsIgnoreCase(parts[0])) {
                    return Optional.of(YearMonth.of(Integer.parseInt(parts[1]), month));
                }
            }
        }
        return Optional.empty();
    }

    static LocalDate date(String value, List<Problem> problems) {
        if (value.isBlank()) {
            return null;
        }
        LocalDate day = parseDate(value);
        if (day == null) {
            problems.add(new Problem("dealimport.problem.date", value));
        }
        return day;
    }

    static LocalDate parseDate(String value) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value.trim(), format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    static String header(
            List<String> headers, Map<DealColumn, Integer> columns, DealColumn column) {
        Integer index = columns.get(column);
        return index == null ? column.header() : headers.get(index);
    }

    static String value(Table.Row row, Map<DealColumn, Integer> columns, DealColumn column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }
}
