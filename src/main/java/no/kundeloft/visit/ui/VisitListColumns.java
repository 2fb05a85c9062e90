package no.kundeloft.visit.ui;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerListColumns;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.SalesRole;
import no.kundeloft.visit.VisitColumns;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The last visit held and the next one planned, in the customer list; not for meeting bookers or
 * admins.
 */
@Component
@Order(20)
class VisitListColumns implements CustomerListColumns {

    private static final Column LAST = new Column("lastVisit", "customers.lastVisit");
    private static final Column NEXT = new Column("nextVisit", "customers.nextVisit");

    private final VisitColumns visits;
    private final CurrentUser currentUser;

    VisitListColumns(VisitColumns visits, CurrentUser currentUser) {
        this.visits = visits;
        this.currentUser = currentUser;
    }

    @Override
    public List<Column> columns() {
        SalesRole role = currentUser.require().role();
        if (role == SalesRole.MEETING_BOOKER || role == SalesRole.ADMIN) {
            return List.of();
        }
        return List.of(LAST, NEXT);
    }

    @Override
    public Expression<?> value(
            Column column, Root<Customer> customer, AbstractQuery<?> query, CriteriaBuilder cb) {
        return column.equals(LAST)
                ? visits.lastVisit(customer, query, cb)
                : visits.nextVisit(customer, query, cb);
    }

    @Override
    public String text(Column column, Object value, Locale locale) {
        return value == null
                ? ""
                : Formats.date(((Instant) value).atZone(Formats.ZONE).toLocalDate(), locale);
    }
}
