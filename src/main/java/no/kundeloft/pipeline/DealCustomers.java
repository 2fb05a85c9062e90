package no.kundeloft.pipeline;

import static no.kundeloft.pipeline.DealImportValues.digits;
import static no.kundeloft.pipeline.DealImportValues.value;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kundeloft.base.Problem;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.importing.Table;

/**
 * The customers a deal import's rows name, by organisation number or exact name, among those the
 * importer may see: read for the whole file in a few queries.
 */
final class DealCustomers {

    private static final int CHUNK = 1000;

    private final CustomerService customers;
    private final EntityManager entityManager;

    private final Map<String, Customer> byOrgNumber = new HashMap<>();
    private final Map<String, List<Customer>> byName = new HashMap<>();

    DealCustomers(
            Table table,
            Map<DealColumn, Integer> columns,
            CustomerService customers,
            EntityManager entityManager) {
        this.customers = customers;
        this.entityManager = entityManager;
        List<String> numbers =
                table.rows().stream()
                        .map(row -> digits(value(row, columns, DealColumn.ORG_NUMBER)))
                        .filter(n -> !n.isEmpty())
                        .distinct()
                        .toList();
        List<String> names =
                table.rows().stream()
                        .map(
                                row ->
                                        value(row, columns, DealColumn.CUSTOMER)
                                                .toLowerCase(Locale.ROOT))
                        .filter(n -> !n.isEmpty())
                        .distinct()
                        .toList();
        List<Customer> found = new ArrayList<>();
        found.addAll(load("select c from Customer c where c.orgNumber in :values", numbers));
        found.addAll(load("select c from Customer c where lower(c.name) in :values", names));
        Set<Long> visible =
                customers.visibleAmong(
                        found.stream().map(Customer::getId).collect(Collectors.toSet()));
        found.stream()
                .filter(c -> visible.contains(c.getId()))
                .distinct()
                .forEach(
                        c -> {
                            if (c.getOrgNumber() != null) {
                                byOrgNumber.put(c.getOrgNumber(), c);
                            }
                            byName.computeIfAbsent(
                                            c.getName().toLowerCase(Locale.ROOT),
                                            k -> new ArrayList<>())
                                    .add(c);
                        });
    }

    private List<Customer> load(String jpql, List<String> values) {
        List<Customer> found = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            found.addAll(
                    entityManager
                            .createQuery(jpql, Customer.class)
                            .setParameter(
                                    "values",
                                    values.subList(from, Math.min(values.size(), from + CHUNK)))
                            .getResultList());
        }
        return found;
    }

    Customer find(String orgNumber, String name, List<Problem> problems) {
        String number = digits(orgNumber);
        if (!number.isEmpty()) {
            Customer customer = byOrgNumber.get(number);
            if (customer == null) {
                problems.add(new Problem("dealimport.problem.customer", orgNumber));
            }
            return customer;
        }
        List<Customer> named = byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        if (named.size() == 1) {
            return named.getFirst();
        }
        problems.add(
                new Problem(
                        named.isEmpty()
                                ? "dealimport.problem.customer"
                                : "dealimport.problem.customerTwice",
                        name.isBlank() ? "–" : name));
        return null;
    }
}
