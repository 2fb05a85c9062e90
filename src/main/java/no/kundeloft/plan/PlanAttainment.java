package no.kundeloft.plan;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.kundeloft.attainment.Measure;
import no.kundeloft.attainment.Period;
import no.kundeloft.attainment.YearFigures;
import no.kundeloft.budget.BudgetRollup;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.RecordScope;
import no.kundeloft.revenue.LoadedThrough;
import no.kundeloft.revenue.MonthlyAmounts;
import no.kundeloft.revenue.RevenueLoadService;
import no.kundeloft.revenue.RevenueRollup;
import no.kundeloft.revenue.RollupLevel;
import org.springframework.stereotype.Component;

/**
 * Key customers' revenue attainment this year to date against their key-customer budgets, in two
 * grouped queries.
 */
@Component
class PlanAttainment {

    private final RevenueRollup revenue;
    private final BudgetRollup budgets;
    private final OrganisationService organisation;
    private final RevenueLoadService revenueLoad;

    PlanAttainment(
            RevenueRollup revenue,
            BudgetRollup budgets,
            RevenueLoadService revenueLoad,
            OrganisationService organisation) {
        this.organisation = organisation;
        this.revenue = revenue;
        this.budgets = budgets;
        this.revenueLoad = revenueLoad;
    }

    /** Attainment in percent by customer; customers without a budget to date are left out. */
    Map<Long, BigDecimal> yearToDate(Collection<Long> customerIds, int year) {
        Map<Long, BigDecimal> percents = new HashMap<>();
        LoadedThrough loaded = revenueLoad.loadedThrough();
        int complete = loaded.monthsOf(year);
        if (complete == 0 || customerIds.isEmpty()) {
            return percents;
        }
        YearMonth from = YearMonth.of(year, 1);
        YearMonth to = YearMonth.of(year, complete);
        Set<Long> ids = Set.copyOf(customerIds);
        RecordScope scope = organisation.currentScope();
        Map<Long, MonthlyAmounts> actual =
                revenue.byGroup(scope, RollupLevel.CUSTOMER, ids, RollupLevel.CUSTOMER, from, to);
        Map<Long, MonthlyAmounts> budget =
                budgets.byGroup(scope, RollupLevel.CUSTOMER, ids, RollupLevel.CUSTOMER, year);
        budget.forEach(
                (id, amounts) -> {
                    BigDecimal percent =
                            new YearFigures(
                                            year,
                                            loaded,
                                            actual.getOrDefault(id, new MonthlyAmounts()),
                                            amounts)
                                    .figures(Period.yearToDate(year), Measure.TOTAL)
                                    .attainmentPercent();
                    if (percent != null) {
                        percents.put(id, percent);
                    }
                });
        return percents;
    }
}
