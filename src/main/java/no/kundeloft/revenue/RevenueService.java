package no.kundeloft.revenue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.organisation.OrganisationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Revenue figures within the current user's scope; meeting bookers see no revenue at all. */
@Service
@PreAuthorize("isAuthenticated() and !hasRole('MEETING_BOOKER')")
@Transactional(readOnly = true)
public class RevenueService {

    private final RevenueEntryRepository entries;
    private final CustomerService customers;
    private final OrganisationService organisation;
    private final RevenueLoadService revenueLoad;
    private final Clock clock;
    private final RevenueColumns columns;

    RevenueService(
            RevenueEntryRepository entries,
            CustomerService customers,
            OrganisationService organisation,
            RevenueLoadService revenueLoad,
            Clock clock,
            RevenueColumns columns) {
        this.columns = columns;
        this.revenueLoad = revenueLoad;
        this.entries = entries;
        this.customers = customers;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * The given customers' revenue in the year of the last loaded month, from January through it,
     * and in the same months the year before, by customer id; customers outside the scope are left
     * out, and nothing is answered before any revenue is loaded.
     */
    public Map<Long, YearToDate> yearToDate(Collection<Long> customerIds) {
        return columns.yearToDate(customerIds, organisation.currentScope());
    }

    /**
     * A customer's monthly revenue in the reporting year (this year once its January is loaded,
     * last year until then) and the year before, with the loaded months of the year against the
     * same months the year before. Out of scope answers "not found".
     */
    public CustomerRevenue forCustomer(Long customerId) {
        LocalDate customerSince = customers.customerSince(customerId);
        LoadedThrough loaded = revenueLoad.loadedThrough();
        int year = loaded.reportingYear(LocalDate.now(clock));
        int completeMonths = loaded.monthsOf(year);
        List<BigDecimal> thisYear = months(customerId, year);
        List<BigDecimal> lastYear = months(customerId, year - 1);
        return new CustomerRevenue(
                year,
                thisYear,
                lastYear,
                completeMonths == 0 ? null : YearMonth.of(year, completeMonths),
                sum(thisYear, completeMonths),
                sum(lastYear, completeMonths),
                RevenueKind.of(customerSince, YearMonth.now(clock)));
    }

    private List<BigDecimal> months(Long customerId, int year) {
        List<BigDecimal> amounts = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        for (Object[] row :
                entries.monthsOf(
                        customerId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))) {
            amounts.set(((LocalDate) row[0]).getMonthValue() - 1, (BigDecimal) row[1]);
        }
        return amounts;
    }

    private static BigDecimal sum(List<BigDecimal> months, int count) {
        return months.subList(0, count).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
