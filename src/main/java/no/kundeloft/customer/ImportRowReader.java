package no.kundeloft.customer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.CountryNames;
import no.kundeloft.importing.Table;
import no.kundeloft.organisation.Sector;

/**
 * Reads one row of a customer import into the customer and primary contact it would create, with
 * every problem of its values: name, organisation number (MOD11, not twice in the file), country
 * (code or name), formats, words for sector, status and tier, dates, and lengths. Owner and
 * existing customers are settled afterwards, for all rows at once.
 */
final class ImportRowReader {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile(CustomerForm.PHONE_PATTERN);
    private static final Pattern WEBSITE = Pattern.compile(CustomerForm.WEBSITE_PATTERN);
    private static final List<DateTimeFormatter> DATES =
            List.of(
                    DateTimeFormatter.ISO_LOCAL_DATE,
                    DateTimeFormatter.ofPattern("d.M.yyyy"),
                    DateTimeFormatter.ofPattern("d/M/yyyy"));

    /** Which file column fills which field, to name the column when a value is too long. */
    private static final Map<String, ImportColumn> CUSTOMER_FIELDS =
            Map.of(
                    "name", ImportColumn.NAME,
                    "orgNumber", ImportColumn.ORG_NUMBER,
                    "industry", ImportColumn.INDUSTRY,
                    "street", ImportColumn.STREET,
                    "postalCode", ImportColumn.POSTAL_CODE,
                    "city", ImportColumn.CITY,
                    "email", ImportColumn.EMAIL,
                    "phone", ImportColumn.PHONE,
                    "website", ImportColumn.WEBSITE);

    private static final Map<String, ImportColumn> CONTACT_FIELDS =
            Map.of(
                    "fullName", ImportColumn.CONTACT_NAME,
                    "title", ImportColumn.CONTACT_TITLE,
                    "email", ImportColumn.CONTACT_EMAIL,
                    "phone", ImportColumn.CONTACT_PHONE);

    private final Map<ImportColumn, Integer> columns = new HashMap<>();
    private final List<String> headers;
    private final Validator validator;
    private final Map<String, Integer> numbersSeen = new HashMap<>();

    ImportRowReader(List<String> headers, Map<Integer, ImportColumn> mapping, Validator validator) {
        this.headers = headers;
        this.validator = validator;
        mapping.forEach((index, column) -> columns.put(column, index));
    }

    boolean has(ImportColumn column) {
        return columns.containsKey(column);
    }

    /** The organisation number a row gives, normalised; blank without one. */
    String orgNumber(Table.Row row) {
        String number = OrganisationNumber.normalise(value(row, ImportColumn.ORG_NUMBER));
        // a spreadsheet that took the number for a number may have dropped leading zeros
        return number.matches("\\d{6,8}") ? "0".repeat(9 - number.length()) + number : number;
    }

    ImportRow read(Table.Row row) {
        List<Problem> problems = new ArrayList<>();
        String name = value(row, ImportColumn.NAME);
        if (name.isBlank()) {
            problems.add(new Problem("import.problem.name"));
        }
        String sectorText = value(row, ImportColumn.SECTOR);
        Customer customer = new Customer(name, null, sector(sectorText, problems), null);
        customer.setCountry(country(value(row, ImportColumn.COUNTRY), problems));
        orgNumber(row, customer, problems);
        customer.setIndustry(blankToNull(value(row, ImportColumn.INDUSTRY)));
        customer.setAddress(
                blankToNull(value(row, ImportColumn.STREET)),
                postalCode(value(row, ImportColumn.POSTAL_CODE), customer.getCountry()),
                blankToNull(value(row, ImportColumn.CITY)));
        customer.setEmail(
                checked(value(row, ImportColumn.EMAIL), EMAIL, "import.problem.email", problems));
        customer.setPhone(
                checked(value(row, ImportColumn.PHONE), PHONE, "import.problem.phone", problems));
        customer.setWebsite(
                checked(
                        website(value(row, ImportColumn.WEBSITE)),
                        WEBSITE,
                        "import.problem.website",
                        problems));
        customer.setStatus(status(value(row, ImportColumn.STATUS), problems));
        customer.setTier(tier(value(row, ImportColumn.TIER), problems));
        customer.setCustomerSince(date(value(row, ImportColumn.CUSTOMER_SINCE), problems));
        Contact contact = contact(row, customer, problems);
        tooLong(customer, CUSTOMER_FIELDS, problems);
        if (contact != null) {
            tooLong(contact, CONTACT_FIELDS, problems);
        }
        ImportRow read =
                new ImportRow(
                        row.line(),
                        customer,
                        contact,
                        value(row, ImportColumn.OWNER),
                        !sectorText.isBlank());
        read.problems.addAll(problems);
        return read;
    }

    private Contact contact(Table.Row row, Customer customer, List<Problem> problems) {
        String contactName = value(row, ImportColumn.CONTACT_NAME);
        if (contactName.isBlank()) {
            return null;
        }
        Contact contact =
                new Contact(
                        customer,
                        contactName,
                        blankToNull(value(row, ImportColumn.CONTACT_TITLE)),
                        checked(
                                value(row, ImportColumn.CONTACT_EMAIL),
                                EMAIL,
                                "import.problem.contactEmail",
                                problems),
                        checked(
                                value(row, ImportColumn.CONTACT_PHONE),
                                PHONE,
                                "import.problem.contactPhone",
                                problems));
        contact.setPrimary(true);
        return contact;
    }

    /**
     * Every value checked against its field's length (the entity's constraints, which are the
     * columns' sizes), so the preview never says "no problems" for a row the database would refuse.
     */
    private void tooLong(Object record, Map<String, ImportColumn> fields, List<Problem> problems) {
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

    private void orgNumber(Table.Row row, Customer customer, List<Problem> problems) {
        String number = orgNumber(row);
        if (number.isBlank()) {
            return;
        }
        customer.setOrgNumber(number);
        if ("NO".equals(customer.getCountry()) && !OrganisationNumber.isValid(number)) {
            problems.add(new Problem("import.problem.orgNumber", number));
            return;
        }
        Integer firstLine = numbersSeen.putIfAbsent(number, row.line());
        if (firstLine != null) {
            problems.add(new Problem("import.problem.twice", number, firstLine));
        }
    }

    /** Norway when blank; otherwise a code or a name the JDK knows in Norwegian or English. */
    private String country(String value, List<Problem> problems) {
        if (value.isBlank()) {
            return "NO";
        }
        return CountryNames.code(value)
                .orElseGet(
                        () -> {
                            problems.add(
                                    new Problem(
                                            "import.problem.country",
                                            value,
                                            headers.get(columns.get(ImportColumn.COUNTRY))));
                            return "NO";
                        });
    }

    /** Norwegian postal codes are four digits; a spreadsheet may have dropped the leading zero. */
    private static String postalCode(String value, String country) {
        String code = blankToNull(value);
        return code != null && "NO".equals(country) && code.matches("\\d{1,3}")
                ? "0".repeat(4 - code.length()) + code
                : code;
    }

    private String value(Table.Row row, ImportColumn column) {
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

    /** The sector the row names; private (or the owner's, later) when it names none. */
    private static Sector sector(String value, List<Problem> problems) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.isBlank() || v.startsWith("pri")) {
            return Sector.PRIVATE;
        }
        if (v.startsWith("off") || v.startsWith("pub")) {
            return Sector.PUBLIC;
        }
        problems.add(new Problem("import.problem.sector", value));
        return Sector.PRIVATE;
    }

    private static CustomerStatus status(String value, List<Problem> problems) {
        return switch (value.toLowerCase(Locale.ROOT)) {
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
        return switch (value.toLowerCase(Locale.ROOT)) {
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
}
