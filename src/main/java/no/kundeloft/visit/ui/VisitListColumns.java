package no.kundeloft.visit.ui;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.CustomerListColumns;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.SalesRole;
import no.kundeloft.visit.VisitService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The last visit held and the next one planned, in the customer list; not for meeting bookers or admins. */
@Component
@Order(20)
class VisitListColumns implements CustomerListColumns {

    private final VisitService visits;
    private final CurrentUser currentUser;

    VisitListColumns(VisitService visits, CurrentUser currentUser) {
        this.visits = visits;
        this.currentUser = currentUser;
    }

    @Override
    public List<Column> columns() {
        SalesRole role = currentUser.require().role();
        if (role == SalesRole.MEETING_BOOKER || role == SalesRole.ADMIN) {
            return List.of();
        }
        return List.of(new Column("lastVisit", "customers.lastVisit"), new Column("nextVisit", "customers.nextVisit"));
    }

    @Override
    public Map<Long, Map<String, String>> values(Collection<Long> customerIds, Locale locale) {
        Map<Long, Map<String, String>> values = new HashMap<>();
        visits.lastAndNextVisits(customerIds).forEach((id, times) ->
                values.put(id, Map.of("lastVisit", date(times[0], locale), "nextVisit", date(times[1], locale))));
        return values;
    }

    private static String date(Instant instant, Locale locale) {
        return instant == null ? "" : Formats.date(instant.atZone(Formats.ZONE).toLocalDate(), locale);
    }
}
