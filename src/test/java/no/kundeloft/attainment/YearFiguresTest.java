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
 * customer won in July brings new sales of 50 a month from July. Budget: portfolio 120 and new
 * sales 40 a month.
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
                BigDecimal portfolio =
                        switch (month) {
                            case 3 -> BigDecimal.ZERO;
                            case 4 -> new BigDecimal("-20");
                            default -> new BigDecimal("110");
                        };
                actuals.add(
                        YearMonth.of(2026, month),
                        portfolio,
                        month >= 7 ? new BigDecimal("50") : BigDecimal.ZERO);
            }
        }
        // November is not loaded yet: a month after the loaded one never counts.
        actuals.add(YearMonth.of(2026, 11), new BigDecimal("999"), BigDecimal.ZERO);
        figures =
                new YearFigures(
                        2026, LoadedThrough.through(YearMonth.of(2026, 10)), actuals, budget);
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
    void coverage_and_forecast_take_the_weighted_pipeline_of_the_open_months_only() {
        MonthlyAmounts pipeline = new MonthlyAmounts();
        pipeline.add(YearMonth.of(2026, 10), new BigDecimal("999"), new BigDecimal("999"));
        pipeline.add(YearMonth.of(2026, 11), new BigDecimal("30"), BigDecimal.ZERO);
        pipeline.add(YearMonth.of(2026, 12), new BigDecimal("30"), new BigDecimal("60"));
        YearFigures withPipeline =
                new YearFigures(
                        2026,
                        LoadedThrough.through(YearMonth.of(2026, 10)),
                        actualsOf(figures),
                        budgetOf(figures),
                        pipeline);

        // portfolio: 1440 budget − 860 actual = 580 to reach; October is loaded, so its 999 never
        // counts
        Coverage portfolio = withPipeline.coverage(Measure.PORTFOLIO);
        assertThat(portfolio.stillToReach()).isEqualByComparingTo("580");
        assertThat(portfolio.pipeline()).isEqualByComparingTo("60");
        assertThat(portfolio.ratio()).isEqualByComparingTo("0.1");
        assertThat(portfolio.runRate()).isEqualByComparingTo("172");
        assertThat(portfolio.gap()).isEqualByComparingTo("408");
        Forecast forecast = withPipeline.forecastParts(Measure.PORTFOLIO);
        assertThat(forecast.actual()).isEqualByComparingTo("860");
        assertThat(forecast.runRate()).isEqualByComparingTo("172");
        assertThat(forecast.total()).isEqualByComparingTo("1092");
        assertThat(withPipeline.figures(Period.yearToDate(2026), Measure.PORTFOLIO).forecast())
                .isEqualByComparingTo("1092");
        // new sales: 480 − 200 = 280 to reach, 60 weighted: 0.2×; the run rate extends 200 over 10
        // months to 240
        Coverage newSales = withPipeline.coverage(Measure.NEW_SALES);
        assertThat(newSales.ratio()).isEqualByComparingTo("0.2");
        assertThat(withPipeline.forecastParts(Measure.NEW_SALES).total())
                .isEqualByComparingTo("300");
    }

    @Test
    void a_reached_budget_has_no_coverage_ratio_and_a_run_rate_that_reaches_it_no_gap() {
        Coverage reached = new Coverage(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE);
        assertThat(reached.ratio()).isNull();
        assertThat(reached.gapRatio()).isNull();
        assertThat(new Coverage(BigDecimal.TEN, BigDecimal.ONE, null).gap()).isNull();
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
        YearFigures leapYear =
                new YearFigures(
                        2024,
                        LoadedThrough.through(YearMonth.of(2025, 3)),
                        actuals,
                        new MonthlyAmounts());
        assertThat(leapYear.figures(Period.fullYear(2024), Measure.TOTAL).forecast())
                .isEqualByComparingTo("290");
        assertThat(leapYear.figures(Period.fullYear(2024), Measure.TOTAL).attainmentPercent())
                .isNull();
        YearFigures future =
                new YearFigures(
                        2027,
                        LoadedThrough.through(YearMonth.of(2026, 12)),
                        actuals,
                        new MonthlyAmounts());
        assertThat(future.figures(Period.yearToDate(2027), Measure.TOTAL).forecast()).isNull();
        assertThat(future.figures(Period.yearToDate(2027), Measure.TOTAL).actual())
                .isEqualByComparingTo("0");
    }

    @Test
    void periods_read_from_and_written_to_urls() {
        assertThat(Period.parse(2026, "q3")).isEqualTo(Period.quarter(2026, 3));
        assertThat(Period.parse(2026, "m10").token()).isEqualTo("m10");
        assertThat(Period.parse(2026, "year")).isEqualTo(Period.fullYear(2026));
        assertThat(Period.parse(2026, "m13")).isEqualTo(Period.yearToDate(2026));
        assertThat(Period.parse(2026, null)).isEqualTo(Period.yearToDate(2026));
    }

    private static MonthlyAmounts actualsOf(YearFigures figures) {
        MonthlyAmounts amounts = new MonthlyAmounts();
        for (int year = 2025; year <= 2026; year++) {
            for (int month = 1; month <= 12; month++) {
                YearMonth at = YearMonth.of(year, month);
                BigDecimal portfolio =
                        year == 2026
                                ? figures.actual(month, Measure.PORTFOLIO)
                                : figures.lastYear(month, Measure.PORTFOLIO);
                BigDecimal newSales =
                        year == 2026
                                ? figures.actual(month, Measure.NEW_SALES)
                                : figures.lastYear(month, Measure.NEW_SALES);
                amounts.add(at, portfolio, newSales);
            }
        }
        return amounts;
    }

    private static MonthlyAmounts budgetOf(YearFigures figures) {
        MonthlyAmounts amounts = new MonthlyAmounts();
        for (int month = 1; month <= 12; month++) {
            amounts.add(
                    YearMonth.of(2026, month),
                    figures.budget(month, Measure.PORTFOLIO),
                    figures.budget(month, Measure.NEW_SALES));
        }
        return amounts;
    }
}
