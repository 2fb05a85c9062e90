package no.kundeloft.budget;

import java.math.BigDecimal;

/**
 * A comparison shown beside a budget: a department's top-down budget against the bottom-up sum of
 * its sellers and team leaders, or a KAM's portfolio target against the sum of the key-customer
 * budgets.
 */
public record BudgetCheck(Kind kind, BigDecimal target, BigDecimal sum) {

    public enum Kind {
        TOP_DOWN_PORTFOLIO,
        TOP_DOWN_NEW_SALES,
        KEY_CUSTOMERS_VS_PORTFOLIO
    }

    /** Target minus sum: positive when the parts fall short of the target. */
    public BigDecimal gap() {
        return target.subtract(sum);
    }
}
