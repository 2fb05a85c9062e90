package no.kundeloft.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.RecordScope;
import org.springframework.stereotype.Component;

/**
 * A customer's last visit (held or planned, up to now) and next planned visit, as subqueries of a
 * customer query: the customer list's columns and {@link VisitService#lastAndNextVisits} state the
 * rule once here.
 */
@Component
public class VisitColumns {

    private final Clock clock;
    private final EntityManager entityManager;

    VisitColumns(Clock clock, EntityManager entityManager) {
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** The given customers in the scope that have either: by customer id. One query. */
    Map<Long, VisitDates> lastAndNext(Collection<Long> customerIds, RecordScope scope) {
        Map<Long, VisitDates> visits = new HashMap<>();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Customer> customer = query.from(Customer.class);
        query.multiselect(
                        customer.get("id"),
                        lastVisit(customer, query, cb),
                        nextVisit(customer, query, cb))
                .where(
                        customer.get("id").in(customerIds),
                        scope.predicate(cb, customer.get("owner")));
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            Instant last = row.get(1, Instant.class);
            Instant next = row.get(2, Instant.class);
            if (last != null || next != null) {
                visits.put(row.get(0, Long.class), new VisitDates(last, next));
            }
        }
        return visits;
    }

    public Expression<Instant> lastVisit(
            Root<Customer> customer, AbstractQuery<?> query, CriteriaBuilder cb) {
        Subquery<Instant> last = query.subquery(Instant.class);
        Root<Visit> visit = last.from(Visit.class);
        Expression<Instant> startsAt = visit.get("startsAt");
        last.select(cb.greatest(startsAt))
                .where(
                        cb.equal(visit.get("customer"), customer),
                        cb.lessThanOrEqualTo(startsAt, clock.instant()),
                        cb.notEqual(visit.get("status"), VisitStatus.CANCELLED));
        return last;
    }

    public Expression<Instant> nextVisit(
            Root<Customer> customer, AbstractQuery<?> query, CriteriaBuilder cb) {
        Subquery<Instant> next = query.subquery(Instant.class);
        Root<Visit> visit = next.from(Visit.class);
        Expression<Instant> startsAt = visit.get("startsAt");
        next.select(cb.least(startsAt))
                .where(
                        cb.equal(visit.get("customer"), customer),
                        cb.greaterThan(startsAt, clock.instant()),
                        cb.equal(visit.get("status"), VisitStatus.PLANNED));
        return next;
    }
}
