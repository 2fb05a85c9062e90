package no.kundeloft.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One measure over one period: the actual revenue of its complete months, the budget phased over
 * the same months (attainment compares these two), the budget of the whole period, the same months
 * last year (growth), and the full-year forecast and budget. Forecast is null before any month is
 * complete.
 */
public record Figures(
        BigDecimal actual,
        BigDecimal budgetToDate,
        BigDecimal periodBudget,
        BigDecimal lastYear,
        BigDecimal forecast,
        BigDecimal fullYearBudget) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Actual over phased budget to date, in percent with one decimal; null without a budget. */
    public BigDecimal attainmentPercent() {
        return percent(actual, budgetToDate);
    }

    /** Change against the same months last year in percent; null when last year had nothing. */
    public BigDecimal growthPercent() {
        if (lastYear.signum() == 0) {
            return null;
        }
        return actual.subtract(lastYear)
                .multiply(HUNDRED)
                .divide(lastYear.abs(), 1, RoundingMode.HALF_UP);
    }

    /** The forecast over the full-year budget in percent; null without either. */
    public BigDecimal forecastPercent() {
        return forecast == null ? null : percent(forecast, fullYearBudget);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
