package no.kundeloft.budget;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.revenue.MonthlyAmounts;
import no.kundeloft.revenue.RevenueRollup;
import no.kundeloft.revenue.RollupLevel;
import org.springframework.stereotype.Component;

/**
 * What a budget sheet checks its targets against: a department's top-down targets against the sum
 * of its sellers' budgets, a key account manager's portfolio target against the key-customer
 * budgets.
 */
@Component
class BudgetChecks {

    private final BudgetSubjects subjects;
    private final BudgetRollup budgetRollup;
    private final OrganisationService organisation;

    BudgetChecks(
            BudgetSubjects subjects, BudgetRollup budgetRollup, OrganisationService organisation) {
        this.subjects = subjects;
        this.budgetRollup = budgetRollup;
        this.organisation = organisation;
    }

    List<BudgetCheck> of(SubjectInfo info, int year, List<BudgetRevision> revisions) {
        BudgetRevision current = revisions.isEmpty() ? null : revisions.getFirst();
        return switch (info.subject().kind()) {
            case DEPARTMENT -> {
                MonthlyAmounts.Amounts bottomUp =
                        wholeYear(
                                budgetRollup
                                        .byGroup(
                                                organisation.currentScope(),
                                                RollupLevel.DEPARTMENT,
                                                Set.of(info.subject().id()),
                                                RollupLevel.ALL,
                                                year)
                                        .getOrDefault(RevenueRollup.WHOLE, new MonthlyAmounts()),
                                year);
                yield List.of(
                        new BudgetCheck(
                                BudgetCheck.Kind.TOP_DOWN_PORTFOLIO,
                                current == null ? BigDecimal.ZERO : current.portfolio(),
                                bottomUp.portfolio()),
                        new BudgetCheck(
                                BudgetCheck.Kind.TOP_DOWN_NEW_SALES,
                                current == null ? BigDecimal.ZERO : current.newSales(),
                                bottomUp.newSales()));
            }
            case SELLER, KEY_CUSTOMER -> keyCustomerCheck(info, year);
            case LEADER -> List.of();
        };
    }

    /**
     * For a KAM: the portfolio target against the sum of the key-customer budgets (portfolio part).
     */
    private List<BudgetCheck> keyCustomerCheck(SubjectInfo info, int year) {
        boolean isKam =
                info.subject().kind() == BudgetKind.KEY_CUSTOMER
                        || !subjects.find(
                                        BudgetKind.KEY_CUSTOMER,
                                        RecordScope.owner(info.employeeId()),
                                        null)
                                .isEmpty();
        if (!isKam) {
            return List.of();
        }
        Set<Long> kam = Set.of(info.employeeId());
        MonthlyAmounts.Amounts keyCustomers =
                budgetRollup
                        .byGroup(
                                organisation.currentScope(),
                                RollupLevel.SELLER,
                                kam,
                                RollupLevel.CUSTOMER,
                                year)
                        .values()
                        .stream()
                        .map(amounts -> wholeYear(amounts, year))
                        .reduce(MonthlyAmounts.Amounts.ZERO, MonthlyAmounts.Amounts::plus);
        MonthlyAmounts.Amounts portfolio =
                wholeYear(
                        budgetRollup
                                .byGroup(
                                        organisation.currentScope(),
                                        RollupLevel.SELLER,
                                        kam,
                                        RollupLevel.ALL,
                                        year)
                                .getOrDefault(RevenueRollup.WHOLE, new MonthlyAmounts()),
                        year);
        return List.of(
                new BudgetCheck(
                        BudgetCheck.Kind.KEY_CUSTOMERS_VS_PORTFOLIO,
                        portfolio.portfolio(),
                        keyCustomers.portfolio()));
    }

    private static MonthlyAmounts.Amounts wholeYear(MonthlyAmounts amounts, int year) {
        return amounts.sum(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }
}
