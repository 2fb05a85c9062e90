package no.kundeloft.customer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Sector;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;

/**
 * One page of the customer grid in two statements: the rows with their owner's name, then every
 * added column of those rows.
 */
final class CustomerRows {

    private static final String[] FIELDS = {"id", "name", "orgNumber", "sector", "status", "tier"};

    private CustomerRows() {}

    static List<CustomerListRow> page(
            EntityManager entityManager,
            Specification<Customer> condition,
            int offset,
            int limit,
            Sort sort,
            List<CustomerListColumns> extras) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Customer> customer = query.from(Customer.class);
        Join<Customer, Employee> owner = customer.join("owner");
        List<Selection<?>> selections = new ArrayList<>();
        for (String field : FIELDS) {
            selections.add(customer.get(field).alias(field));
        }
        selections.add(owner.get("fullName").alias("ownerName"));
        query.multiselect(selections)
                .where(condition.toPredicate(customer, query, cb))
                .orderBy(QueryUtils.toOrders(sort.and(Sort.by("id")), customer, cb));
        List<CustomerListItem> items =
                entityManager
                        .createQuery(query)
                        .setFirstResult(offset)
                        .setMaxResults(limit)
                        .getResultList()
                        .stream()
                        .map(
                                tuple ->
                                        new CustomerListItem(
                                                tuple.get("id", Long.class),
                                                tuple.get("name", String.class),
                                                tuple.get("orgNumber", String.class),
                                                tuple.get("sector", Sector.class),
                                                tuple.get("status", CustomerStatus.class),
                                                tuple.get("tier", CustomerTier.class),
                                                tuple.get("ownerName", String.class)))
                        .toList();
        Map<Long, Map<String, Object>> values =
                columnValues(
                        entityManager, items.stream().map(CustomerListItem::id).toList(), extras);
        return items.stream()
                .map(item -> new CustomerListRow(item, values.getOrDefault(item.id(), Map.of())))
                .toList();
    }

    /**
     * The added columns of the page's customers, in a second statement: inside the first,
     * PostgreSQL would work out the subqueries for every row the offset skips too.
     */
    private static Map<Long, Map<String, Object>> columnValues(
            EntityManager entityManager, List<Long> ids, List<CustomerListColumns> extras) {
        List<Map.Entry<CustomerListColumns, CustomerListColumns.Column>> columns =
                new ArrayList<>();
        extras.forEach(
                extra -> extra.columns().forEach(column -> columns.add(Map.entry(extra, column))));
        Map<Long, Map<String, Object>> values = new HashMap<>();
        if (ids.isEmpty() || columns.isEmpty()) {
            return values;
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Customer> customer = query.from(Customer.class);
        List<Selection<?>> selections = new ArrayList<>(List.of(customer.get("id").alias("id")));
        columns.forEach(
                column ->
                        selections.add(
                                column.getKey()
                                        .value(column.getValue(), customer, query, cb)
                                        .alias(column.getValue().key())));
        query.multiselect(selections).where(customer.get("id").in(ids));
        for (Tuple tuple : entityManager.createQuery(query).getResultList()) {
            Map<String, Object> row = new HashMap<>();
            columns.forEach(
                    column -> row.put(column.getValue().key(), tuple.get(column.getValue().key())));
            values.put(tuple.get("id", Long.class), row);
        }
        return values;
    }
}
