package no.kundeloft.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * A customer's revenue for the customer page: each month of the reporting year and the year before,
 * the year's loaded months ({@code upTo}, null when none is loaded) against the same months the year
 * before, and how this month's revenue counts.
 */
public record CustomerRevenue(int year, List<BigDecimal> thisYear, List<BigDecimal> lastYear, YearMonth upTo,
                              BigDecimal yearToDate, BigDecimal sameMonthsLastYear, RevenueKind kindNow) {

    /** Growth in percent against the same months last year, or null when last year had nothing. */
    public BigDecimal growthPercent() {
        if (sameMonthsLastYear.signum() == 0) {
            return null;
        }
        return yearToDate.subtract(sameMonthsLastYear).multiply(BigDecimal.valueOf(100))
                .divide(sameMonthsLastYear.abs(), 1, RoundingMode.HALF_UP);
    }
}
