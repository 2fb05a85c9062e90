package no.kundeloft.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * A customer's revenue for the customer page: each month of the reporting year and the year before,
 * the year's loaded months ({@code upTo}, null when none is loaded) against the same months the
 * year before, and how this month's revenue counts.
 */
public record CustomerRevenue(
        int year,
        List<BigDecimal> thisYear,
        List<BigDecimal> lastYear,
        YearMonth upTo,
        BigDecimal yearToDate,
        BigDecimal sameMonthsLastYear,
        RevenueKind kindNow) {

    /** Growth in percent against the same months last year, or null when last year had nothing. */
    public BigDecimal growthPercent() {
        if (sameMonthsLastYear.signum() == 0) {
            return null;
        }
        return yearToDate
                .subtract(sameMonthsLastYear)
                .multiply(BigDecimal.valueOf(100))
                .divide(sameMonthsLastYear.abs(), 1, RoundingMode.HALF_UP);
    }

    /**
     * The loaded months after the given one (within the two years here), e.g. since a deal was won.
     */
    public int loadedMonthsAfter(YearMonth month) {
        return upTo == null || !upTo.isAfter(month)
                ? 0
                : (int) Math.min(24, month.until(upTo, java.time.temporal.ChronoUnit.MONTHS));
    }

    /** The revenue of the loaded months after the given one (within the two years here). */
    public BigDecimal revenueAfter(YearMonth month) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int at = 0; at < 24; at++) {
            YearMonth candidate = YearMonth.of(year - 1, 1).plusMonths(at);
            if (candidate.isAfter(month) && upTo != null && !candidate.isAfter(upTo)) {
                sum =
                        sum.add(
                                (candidate.getYear() == year ? thisYear : lastYear)
                                        .get(candidate.getMonthValue() - 1));
            }
        }
        return sum;
    }
}
