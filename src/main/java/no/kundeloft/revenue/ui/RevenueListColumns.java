package no.kundeloft.revenue.ui;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.CustomerListColumns;
import no.kundeloft.revenue.RevenueService;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.SalesRole;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Revenue this year to date and in the same months last year, in the customer list; none for meeting bookers. */
@Component
@Order(10)
class RevenueListColumns implements CustomerListColumns {

    private final RevenueService revenue;
    private final CurrentUser currentUser;

    RevenueListColumns(RevenueService revenue, CurrentUser currentUser) {
        this.revenue = revenue;
        this.currentUser = currentUser;
    }

    @Override
    public List<Column> columns() {
        if (currentUser.require().role() == SalesRole.MEETING_BOOKER) {
            return List.of();
        }
        return List.of(new Column("revenueYtd", "customers.revenueYtd"), new Column("revenueLastYear", "customers.revenueLastYear"));
    }

    @Override
    public Map<Long, Map<String, String>> values(Collection<Long> customerIds, Locale locale) {
        Map<Long, Map<String, String>> values = new HashMap<>();
        revenue.yearToDate(customerIds).forEach((id, figures) -> values.put(id,
                Map.of("revenueYtd", text(figures[0], locale), "revenueLastYear", text(figures[1], locale))));
        return values;
    }

    private static String text(BigDecimal amount, Locale locale) {
        return Formats.nok(amount, locale);
    }
}
