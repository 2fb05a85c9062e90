package no.kundeloft.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import no.kundeloft.revenue.LoadedThrough;
import no.kundeloft.revenue.MonthlyAmounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed figures for 2026 with ten complete months. Last year: portfolio 100 a month. This
 * year: portfolio 110 a month, except nothing in March and a negative correction (-20) in April; a
 * customer won in July brings new sales of 50 a month from July. Budget: portfolio 120 and new sales
 * 40 a month.
 */
class YearFiguresTest {

    private YearFigures figures;

    @BeforeEach
    void setUp() {
        MonthlyAmounts actuals = new MonthlyAmounts();
        MonthlyAmounts budget = new MonthlyAmounts();
        for (int month = 1; month <= 12; month++) {
            actuals.add(YearMonth.of(2025, month), new BigDecimal("100"), BigDecimal.ZERO);
            budget.add(YearMonth.of(2026, month), new BigDecimal("120"), new BigDecimal("40"));
            if (month <= 10) {
                BigDecimal portfolio = switch (month) {
                    case 3 -> BigDecimal.ZERO;
                    case 4 -> new BigDecimal("-20");
                    default -> new BigDecimal("110");
                };
                actuals.add(YearMonth.of(2026, month), portfolio, month >= 7 ? new BigDecimal("50") : BigDecimal.ZERO);
            }
        }
        // November is not loaded yet: a month after the loaded one never counts.
        actuals.add(YearMonth.of(2026, 11), new BigDecimal("999"), BigDecimal.ZERO);
        figures = new YearFigures(2026, LoadedThrough.through(YearMonth.of(2026, 10)), actuals, budget);
    }

    @Test
    void year_to_date_portfolio_attainment_growth_and_forecast() {
        Figures portfolio = figures.figures(Period.yearToDate(2026), Measure.PORTFOLIO);
        assertThat(portfolio.actual()).isEqualByComparingTo("860");
        assertThat(portfolio.budgetToDate()).isEqualByComparingTo("1200");
        assertThat(portfolio.attainmentPercent()).isEqualByComparingTo("71.7");
        assertThat(portfolio.lastYear()).isEqualByComparingTo("1000");
        assertThat(portfolio.growthPercent()).isEqualByComparingTo("-14.0");
        // 860 × (1200 / 1000): last year's shape
        assertThat(portfolio.forecast()).isEqualByComparingTo("1032");
        assertThat(portfolio.fullYearBudget()).isEqualByComparingTo("1440");
        assertThat(portfolio.forecastPercent()).isEqualByComparingTo("71.7");
    }

    @Test
    void new_sales_of_a_customer_won_mid_year_have_no_growth_and_a_run_rate_forecast() {
        Figures newSales = figures.figures(Period.yearToDate(2026), Measure.NEW_SALES);
        assertThat(newSales.actual()).isEqualByComparingTo("200");
        assertThat(newSales.budgetToDate()).isEqualByComparingTo("400");
        assertThat(newSales.attainmentPercent()).isEqualByComparingTo("50.0");
        assertThat(newSales.growthPercent()).isNull();
        assertThat(newSales.forecast()).isEqualByComparingTo("240");
    }

    @Test
    void a_quarter_a_month_without_revenue_and_the_total() {
        Figures q3 = figures.figures(Period.quarter(2026, 3), Measure.NEW_SALES);
        assertThat(q3.actual()).isEqualByComparingTo("150");
        assertThat(q3.attainmentPercent()).isEqualByComparingTo("125.0");
        Figures march = figures.figures(Period.month(2026, 3), Measure.TOTAL);
        assertThat(march.actual()).isEqualByComparingTo("0");
        assertThat(march.attainmentPercent()).isEqualByComparingTo("0.0");
        assertThat(march.growthPercent()).isEqualByComparingTo("-100.0");
        Figures total = figures.figures(Period.yearToDate(2026), Measure.TOTAL);
        assertThat(total.actual()).isEqualByComparingTo("1060");
        assertThat(total.attainmentPercent()).isEqualByComparingTo("66.3");
    }

    @Test
    void months_not_complete_count_no_actual_and_no_budget_to_date() {
        Figures q4 = figures.figures(Period.quarter(2026, 4), Measure.PORTFOLIO);
        assertThat(q4.actual()).isEqualByComparingTo("110");
        assertThat(q4.budgetToDate()).isEqualByComparingTo("120");
        assertThat(q4.periodBudget()).isEqualByComparingTo("360");
        Figures december = figures.figures(Period.month(2026, 12), Measure.PORTFOLIO);
        assertThat(december.actual()).isEqualByComparingTo("0");
        assertThat(december.attainmentPercent()).isNull();
        assertThat(december.periodBudget()).isEqualByComparingTo("120");
        assertThat(figures.actual(11, Measure.PORTFOLIO)).isEqualByComparingTo("0");
    }

    @Test
    void a_complete_leap_year_forecasts_its_actual_and_a_future_year_forecasts_nothing() {
        MonthlyAmounts actuals = new MonthlyAmounts();
        actuals.add(YearMonth.of(2024, 2), new BigDecimal("290"), BigDecimal.ZERO);
        YearFigures leapYear = new YearFigures(2024, LoadedThrough.through(YearMonth.of(2025, 3)), actuals, new MonthlyAmounts());
        assertThat(leapYear.figures(Period.fullYear(2024), Measure.TOTAL).forecast()).isEqualByComparingTo("290");
        assertThat(leapYear.figures(Period.fullYear(2024), Measure.TOTAL).attainmentPercent()).isNull();
        YearFigures future = new YearFigures(2027, LoadedThrough.through(YearMonth.of(2026, 12)), actuals, new MonthlyAmounts());
        assertThat(future.figures(Period.yearToDate(2027), Measure.TOTAL).forecast()).isNull();
        assertThat(future.figures(Period.yearToDate(2027), Measure.TOTAL).actual()).isEqualByComparingTo("0");
    }

    @Test
    void periods_read_from_and_written_to_urls() {
        assertThat(Period.parse(2026, "q3")).isEqualTo(Period.quarter(2026, 3));
        assertThat(Period.parse(2026, "m10").token()).isEqualTo("m10");
        assertThat(Period.parse(2026, "year")).isEqualTo(Period.fullYear(2026));
        assertThat(Period.parse(2026, "m13")).isEqualTo(Period.yearToDate(2026));
        assertThat(Period.parse(2026, null)).isEqualTo(Period.yearToDate(2026));
    }
}
