package no.kundeloft.revenue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Portfolio and new-sales amounts per month; a month without a row counts as zero. */
public final class MonthlyAmounts {

    /** A month's (or a span's) portfolio and new sales. */
    public record Amounts(BigDecimal portfolio, BigDecimal newSales) {

        public static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO);

        public Amounts plus(Amounts more) {
            return plus(more.portfolio(), more.newSales());
        }

        Amounts plus(BigDecimal morePortfolio, BigDecimal moreNewSales) {
            return new Amounts(portfolio.add(morePortfolio), newSales.add(moreNewSales));
        }
    }

    private final Map<YearMonth, Amounts> months = new TreeMap<>();

    public void add(YearMonth month, BigDecimal portfolio, BigDecimal newSales) {
        months.merge(month, Amounts.ZERO.plus(portfolio, newSales), Amounts::plus);
    }

    /** The months that have a row, in order. */
    public Set<YearMonth> months() {
        return Collections.unmodifiableSet(months.keySet());
    }

    public BigDecimal portfolio(YearMonth month) {
        return months.getOrDefault(month, Amounts.ZERO).portfolio();
    }

    public BigDecimal newSales(YearMonth month) {
        return months.getOrDefault(month, Amounts.ZERO).newSales();
    }

    public BigDecimal total(YearMonth month) {
        return portfolio(month).add(newSales(month));
    }

    /**
     * The sum of portfolio and new sales over the months from {@code from} to {@code to}, both
     * included.
     */
    public Amounts sum(YearMonth from, YearMonth to) {
        Amounts sum = Amounts.ZERO;
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            sum = sum.plus(portfolio(month), newSales(month));
        }
        return sum;
    }
}
