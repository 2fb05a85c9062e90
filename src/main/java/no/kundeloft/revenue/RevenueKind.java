package no.kundeloft.revenue;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Whether a month's revenue is new sales or portfolio revenue: new sales in the 12 calendar months
 * starting with the month the customer was won (won 2026-03-15 → March 2026 to February 2027),
 * portfolio revenue otherwise, and also when it is not known when the customer was won.
 */
public enum RevenueKind {
    NEW_SALES,
    PORTFOLIO;

    /** The one place that decides how a month's revenue counts. */
    public static RevenueKind of(LocalDate customerSince, YearMonth month) {
        if (customerSince == null) {
            return PORTFOLIO;
        }
        YearMonth won = YearMonth.from(customerSince);
        return !month.isBefore(won) && month.isBefore(won.plusMonths(12)) ? NEW_SALES : PORTFOLIO;
    }
}
