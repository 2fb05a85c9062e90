package no.kundeloft.customer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import no.kundeloft.organisation.RecordScope;

/**
 * Finds the customers an import's rows already are — same organisation number, or, for a row
 * without one, same name and postal code — and settles what happens to each: skipped, or updated in
 * the fields the file carries. An update never changes owner, tier, sector or status (those are
 * reassignments and decisions of their own), never empties a field the file leaves blank, and never
 * touches a customer outside the importer's scope.
 */
final class ExistingCustomers {

    private static final int CHUNK = 1000;

    /** The fields an update may change: not the organisation number it is found by. */
    private static final List<CustomerField> UPDATABLE =
            Arrays.stream(CustomerField.values())
                    .filter(f -> f != CustomerField.ORG_NUMBER)
                    .toList();

    private final CustomerRepository customers;
    private final RecordScope scope;

    ExistingCustomers(CustomerRepository customers, RecordScope scope) {
        this.customers = customers;
        this.scope = scope;
    }

    /** Marks each row that matches an existing customer as skipped or as an update. */
    void settle(
            List<ImportRow> rows, ImportRowReader reader, CustomerImportOptions.Existing choice) {
        Map<String, Customer> byNumber = byNumber(rows);
        Map<String, List<Customer>> byName = byName(rows);
        for (ImportRow row : rows) {
            Customer existing = match(row, byNumber, byName);
            if (existing == null) {
                continue;
            }
            row.existing = existing;
            if (!scope.covers(existing.getOwner())) {
                row.action = ImportRowResult.Action.ELSEWHERE;
            } else if (choice == CustomerImportOptions.Existing.SKIP) {
                row.action = ImportRowResult.Action.EXISTS;
            } else {
                row.changes = changes(row.customer, existing, reader);
                row.action =
                        row.changes.isEmpty()
                                ? ImportRowResult.Action.UNCHANGED
                                : ImportRowResult.Action.UPDATE;
            }
            if (row.action.skipped()) {
                // a row left alone cannot fail the import
                row.problems.clear();
            }
        }
    }

    /** Writes a row's changes into its existing customer. */
    static void apply(ImportRow row) {
        for (ImportRowResult.FieldChange change : row.changes) {
            UPDATABLE.stream()
                    .filter(f -> f.column() == change.column())
                    .forEach(f -> f.copy(row.customer, row.existing));
        }
    }

    private static List<ImportRowResult.FieldChange> changes(
            Customer fromFile, Customer existing, ImportRowReader reader) {
        List<ImportRowResult.FieldChange> changes = new ArrayList<>();
        for (CustomerField field : UPDATABLE) {
            Object after = field.read(fromFile);
            Object before = field.read(existing);
            if (reader.has(field.column())
                    && after != null
                    && !after.toString().isBlank()
                    && !Objects.equals(after, before)) {
                changes.add(
                        new ImportRowResult.FieldChange(
                                field.column(),
                                before == null ? "" : before.toString(),
                                after.toString()));
            }
        }
        return changes;
    }

    private static Customer match(
            ImportRow row, Map<String, Customer> byNumber, Map<String, List<Customer>> byName) {
        String number = row.customer.getOrgNumber();
        if (number != null && !number.isBlank()) {
            return byNumber.get(number);
        }
        return byName.getOrDefault(key(row.customer.getName()), List.of()).stream()
                .filter(c -> Objects.equals(c.getPostalCode(), row.customer.getPostalCode()))
                .findFirst()
                .orElse(null);
    }

    private Map<String, Customer> byNumber(List<ImportRow> rows) {
        List<String> numbers =
                rows.stream()
                        .map(r -> r.customer.getOrgNumber())
                        .filter(n -> n != null && !n.isBlank())
                        .distinct()
                        .toList();
        Map<String, Customer> found = new HashMap<>();
        inChunks(numbers, customers::findByOrgNumbers).forEach(c -> found.put(c.getOrgNumber(), c));
        return found;
    }

    private Map<String, List<Customer>> byName(List<ImportRow> rows) {
        List<String> names =
                rows.stream()
                        .filter(r -> r.customer.getOrgNumber() == null)
                        .map(r -> key(r.customer.getName()))
                        .filter(n -> !n.isBlank())
                        .distinct()
                        .toList();
        Map<String, List<Customer>> found = new HashMap<>();
        inChunks(names, customers::findByLowerNames)
                .forEach(
                        c ->
                                found.computeIfAbsent(key(c.getName()), k -> new ArrayList<>())
                                        .add(c));
        return found;
    }

    private static List<Customer> inChunks(
            List<String> keys, Function<Collection<String>, List<Customer>> query) {
        List<Customer> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            found.addAll(query.apply(keys.subList(from, Math.min(keys.size(), from + CHUNK))));
        }
        return found;
    }

    private static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
