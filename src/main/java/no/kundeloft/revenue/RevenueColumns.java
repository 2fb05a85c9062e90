package no.kundeloft.revenue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.LocalDateField;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.RecordScope;
import org.springframework.stereotype.Component;

/**
 * A customer's revenue in the loaded months of the loaded year, or in the same months of the year
 * before, as a subquery of a customer query: null when the customer has revenue in neither, so a
 * prospect shows nothing and a customer that stopped buying shows 0. The loaded month is read in
 * the same subquery, not looked up first.
 */
@Component
public class RevenueColumns {

    private final EntityManager entityManager;

    RevenueColumns(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The given customers in the scope with revenue this year to date, by customer id. One query,
     * the subqueries below.
     */
    Map<Long, YearToDate> yearToDate(Collection<Long> customerIds, RecordScope scope) {
        Map<Long, YearToDate> figures = new HashMap<>();
        if (customerIds.isEmpty() || scope.isEmpty()) {
            return figures;
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Customer> customer = query.from(Customer.class);
        query.multiselect(
                        customer.get("id"),
                        yearToDate(customer, query, cb, false),
                        yearToDate(customer, query, cb, true))
                .where(
                        customer.get("id").in(customerIds),
                        scope.predicate(cb, customer.get("owner")));
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            BigDecimal thisYear = row.get(1, BigDecimal.class);
            if (thisYear != null) {
                figures.put(
                        row.get(0, Long.class),
                        new YearToDate(thisYear, row.get(2, BigDecimal.class)));
            }
        }
        return figures;
    }

    public Expression<BigDecimal> yearToDate(
            Root<Customer> customer,
            AbstractQuery<?> query,
            CriteriaBuilder cb,
            boolean yearBefore) {
        Subquery<BigDecimal> sum = query.subquery(BigDecimal.class);
        Root<RevenueEntry> entry = sum.from(RevenueEntry.class);
        Root<RevenueLoad> load = sum.from(RevenueLoad.class);
        Expression<LocalDate> loaded = load.get("loadedThrough");
        Expression<LocalDate> month = entry.get("month");
        Expression<Integer> loadedYear = cb.extract(LocalDateField.YEAR, loaded);
        Expression<Integer> year = cb.extract(LocalDateField.YEAR, month);
        Predicate thisYear = cb.equal(year, loadedYear);
        Predicate lastYear = cb.equal(year, cb.diff(loadedYear, 1));
        Expression<BigDecimal> amount = entry.get("amount");
        sum.select(
                        cb.sum(
                                cb.<BigDecimal>selectCase()
                                        .when(yearBefore ? lastYear : thisYear, amount)
                                        .otherwise(BigDecimal.ZERO)))
                .where(
                        cb.equal(entry.get("customer"), customer),
                        cb.le(
                                cb.extract(LocalDateField.MONTH, month),
                                cb.extract(LocalDateField.MONTH, loaded)),
                        cb.or(thisYear, lastYear));
        return sum;
    }
}
