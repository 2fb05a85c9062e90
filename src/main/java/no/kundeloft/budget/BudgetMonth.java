package no.kundeloft.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import no.kundeloft.base.Labelled;

/** One month's targets in a budget. */
@Embeddable
public class BudgetMonth implements Labelled {

    @Column(name = "month_no", nullable = false)
    private int month;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal portfolio;

    @Column(name = "new_sales", nullable = false, precision = 15, scale = 2)
    private BigDecimal newSales;

    protected BudgetMonth() {}

    BudgetMonth(int month, BigDecimal portfolio, BigDecimal newSales) {
        this.month = month;
        this.portfolio = portfolio;
        this.newSales = newSales;
    }

    public int getMonth() {
        return month;
    }

    public BigDecimal getPortfolio() {
        return portfolio;
    }

    public BigDecimal getNewSales() {
        return newSales;
    }

    @Override
    public String label() {
        return "%02d: %s / %s"
                .formatted(month, portfolio.toPlainString(), newSales.toPlainString());
    }
}
