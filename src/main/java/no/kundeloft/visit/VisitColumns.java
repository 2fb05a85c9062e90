package no.kundeloft.visit;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import no.kundeloft.customer.Customer;
import org.springframework.stereotype.Component;

/** A customer's last visit (held or planned, up to now) and next planned visit, as subqueries of a customer query. */
@Component
public class VisitColumns {

    private final Clock clock;

    VisitColumns(Clock clock) {
        this.clock = clock;
    }

    public Expression<Instant> lastVisit(Root<Customer> customer, AbstractQuery<?> query, CriteriaBuilder cb) {
        Subquery<Instant> last = query.subquery(Instant.class);
        Root<Visit> visit = last.from(Visit.class);
        Expression<Instant> startsAt = visit.get("startsAt");
        last.select(cb.greatest(startsAt)).where(cb.equal(visit.get("customer"), customer),
                cb.lessThanOrEqualTo(startsAt, clock.instant()), cb.notEqual(visit.get("status"), VisitStatus.CANCELLED));
        return last;
    }

    public Expression<Instant> nextVisit(Root<Customer> customer, AbstractQuery<?> query, CriteriaBuilder cb) {
        Subquery<Instant> next = query.subquery(Instant.class);
        Root<Visit> visit = next.from(Visit.class);
        Expression<Instant> startsAt = visit.get("startsAt");
        next.select(cb.least(startsAt)).where(cb.equal(visit.get("customer"), customer),
                cb.greaterThan(startsAt, clock.instant()), cb.equal(visit.get("status"), VisitStatus.PLANNED));
        return next;
    }
}
