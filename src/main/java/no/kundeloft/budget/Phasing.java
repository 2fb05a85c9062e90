package no.kundeloft.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.kundeloft.revenue.LoadedThrough;

/** How a year's target is spread over its months. */
public enum Phasing {
    /** The same amount every month. */
    EVEN,
    /** In proportion to the revenue of the last twelve loaded months (even when they had none). */
    LAST_YEAR;

    /**
     * The last of the twelve months a budget for {@code year} is phased like: December of the year
     * before once it is loaded, else the last loaded month, so an incomplete year is never the
     * basis; null when nothing is loaded.
     */
    public static YearMonth basisEnd(int year, LoadedThrough loaded) {
        if (!loaded.any()) {
            return null;
        }
        YearMonth december = YearMonth.of(year - 1, 12);
        return loaded.month().isBefore(december) ? loaded.month() : december;
    }

    /**
     * Spreads an annual amount over twelve months in proportion to the weights, in whole kroner;
     * what rounding leaves over goes to December, so the months always add up to the annual amount.
     * Weights that are missing, negative in total or zero give an even spread.
     */
    public static List<BigDecimal> spread(BigDecimal annual, List<BigDecimal> weights) {
        List<BigDecimal> usable = weights;
        BigDecimal total =
                weights.stream()
                        .map(w -> w.max(BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.size() != 12 || total.signum() <= 0) {
            usable = Collections.nCopies(12, BigDecimal.ONE);
            total = BigDecimal.valueOf(12);
        }
        List<BigDecimal> months = new ArrayList<>(12);
        BigDecimal spent = BigDecimal.ZERO;
        for (int i = 0; i < 11; i++) {
            BigDecimal share =
                    annual.multiply(usable.get(i).max(BigDecimal.ZERO))
                            .divide(total, 0, RoundingMode.HALF_UP);
            months.add(share.setScale(2));
            spent = spent.add(share);
        }
        months.add(annual.subtract(spent).setScale(2, RoundingMode.HALF_UP));
        return months;
    }
}
