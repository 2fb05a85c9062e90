package no.kundeloft.revenue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Portfolio and new-sales amounts per month; a month without a row counts as zero. */
public final class MonthlyAmounts {

    private final Map<YearMonth, BigDecimal[]> months = new TreeMap<>();

    public void add(YearMonth month, BigDecimal portfolio, BigDecimal newSales) {
        BigDecimal[] sums =
                months.computeIfAbsent(
                        month, m -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sums[0] = sums[0].add(portfolio);
        sums[1] = sums[1].add(newSales);
    }

    /** The months that have a row, in order. */
    public Set<YearMonth> months() {
        return Collections.unmodifiableSet(months.keySet());
    }

    public BigDecimal portfolio(YearMonth month) {
        BigDecimal[] sums = months.get(month);
        return sums == null ? BigDecimal.ZERO : sums[0];
    }

    public BigDecimal newSales(YearMonth month) {
        BigDecimal[] sums = months.get(month);
        return sums == null ? BigDecimal.ZERO : sums[1];
    }

    public BigDecimal total(YearMonth month) {
        return portfolio(month).add(newSales(month));
    }

    /**
     * The sum of portfolio and new sales over the months from {@code from} to {@code to}, both
     * included.
     */
    public BigDecimal[] sum(YearMonth from, YearMonth to) {
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            sums[0] = sums[0].add(portfolio(month));
            sums[1] = sums[1].add(newSales(month));
        }
        return sums;
    }
}
