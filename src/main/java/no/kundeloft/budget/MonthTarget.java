package no.kundeloft.budget;

import java.math.BigDecimal;

/** One month's portfolio and new-sales targets, month 1 = January. */
public record MonthTarget(int month, BigDecimal portfolio, BigDecimal newSales) {

    public static MonthTarget of(BudgetMonth month) {
        return new MonthTarget(month.getMonth(), month.getPortfolio(), month.getNewSales());
    }
}
