package no.kundeloft.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * Revenue credited to the sellers in a scope over the first months of a year (up to and including
 * {@code upTo}), split into new sales and portfolio revenue, against the same months last year.
 */
public record ScopeRevenue(YearMonth upTo, BigDecimal portfolio, BigDecimal newSales,
                           BigDecimal portfolioLastYear, BigDecimal newSalesLastYear) {

    public BigDecimal total() {
        return portfolio.add(newSales);
    }

    public BigDecimal totalLastYear() {
        return portfolioLastYear.add(newSalesLastYear);
    }

    /** Growth of the total in percent, or null when last year had nothing. */
    public BigDecimal growthPercent() {
        BigDecimal before = totalLastYear();
        if (before.signum() == 0) {
            return null;
        }
        return total().subtract(before).multiply(BigDecimal.valueOf(100)).divide(before.abs(), 1, RoundingMode.HALF_UP);
    }
}
