package no.kundeloft.revenue.ui;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerListColumns;
import no.kundeloft.revenue.RevenueColumns;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.SalesRole;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Revenue this year to date and in the same months last year, in the customer list; none for
 * meeting bookers.
 */
@Component
@Order(10)
class RevenueListColumns implements CustomerListColumns {

    private static final Column THIS_YEAR = new Column("revenueYtd", "customers.revenueYtd");
    private static final Column LAST_YEAR =
            new Column("revenueLastYear", "customers.revenueLastYear");

    private final RevenueColumns revenue;
    private final CurrentUser currentUser;

    RevenueListColumns(RevenueColumns revenue, CurrentUser currentUser) {
        this.revenue = revenue;
        this.currentUser = currentUser;
    }

    @Override
    public List<Column> columns() {
        if (currentUser.require().role() == SalesRole.MEETING_BOOKER) {
            return List.of();
        }
        return List.of(THIS_YEAR, LAST_YEAR);
    }

    @Override
    public Expression<?> value(
            Column column, Root<Customer> customer, AbstractQuery<?> query, CriteriaBuilder cb) {
        return revenue.yearToDate(customer, query, cb, column.equals(LAST_YEAR));
    }

    @Override
    public String text(Column column, Object value, Locale locale) {
        return value == null ? "" : Formats.nok((BigDecimal) value, locale);
    }
}
