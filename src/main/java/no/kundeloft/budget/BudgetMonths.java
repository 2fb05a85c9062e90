package no.kundeloft.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Twelve month targets as a sheet saves them: each month once, none negative or too large. */
final class BudgetMonths {

    private BudgetMonths() {}

    static List<BudgetMonth> checked(List<MonthTarget> months) {
        if (months == null || months.size() != 12) {
            throw new BudgetRefusedException("budget.refused.twelveMonths");
        }
        List<BudgetMonth> checked = new ArrayList<>(12);
        for (int i = 0; i < 12; i++) {
            MonthTarget target = months.get(i);
            if (target.month() != i + 1) {
                throw new BudgetRefusedException("budget.refused.twelveMonths");
            }
            checked.add(
                    new BudgetMonth(
                            i + 1,
                            amount(target.portfolio(), i + 1),
                            amount(target.newSales(), i + 1)));
        }
        return checked;
    }

    static BigDecimal amount(BigDecimal value, int month) {
        BigDecimal amount = orZero(value);
        if (amount.signum() < 0) {
            throw new BudgetRefusedException("budget.refused.negative", month);
        }
        if (amount.compareTo(BudgetService.MAX_AMOUNT) > 0) {
            throw new BudgetRefusedException("budget.refused.tooLarge", month);
        }
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
