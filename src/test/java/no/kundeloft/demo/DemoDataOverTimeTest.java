package no.kundeloft.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import no.kundeloft.SignIn;
import no.kundeloft.TestClock;
import no.kundeloft.attainment.AttainmentReport;
import no.kundeloft.attainment.AttainmentService;
import no.kundeloft.attainment.Measure;
import no.kundeloft.attainment.Period;
import no.kundeloft.budget.BudgetService;
import no.kundeloft.revenue.RevenueLoadService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo follows the clock: seeded in November, started again in January and in March, it always
 * has revenue loaded through the last complete month, the budgets of the years that matter, and
 * visits ahead. Its own database, seeded by the test at the dates it chooses.
 */
@SpringBootTest(
        properties = {
            "kundeloft.demo.enabled=false",
            "spring.datasource.url=jdbc:h2:mem:demo-over-time;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
class DemoDataOverTimeTest {

    @Autowired List<DemoDataPart> parts;
    @Autowired TransactionTemplate transaction;
    @Autowired TestClock clock;
    @Autowired SignIn signIn;
    @Autowired AttainmentService attainment;
    @Autowired BudgetService budgets;
    @Autowired RevenueLoadService revenueLoad;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private void startDemoAt(LocalDateTime osloTime) {
        clock.set(osloTime);
        parts.forEach(part -> transaction.executeWithoutResult(status -> part.addIfMissing()));
    }

    private long budgetsOf(int year, String status) {
        return jdbc.queryForObject(
                "select count(*) from budget where budget_year = ? and status = ?",
                Long.class,
                year,
                status);
    }

    private long plannedVisitsAhead() {
        return jdbc.queryForObject(
                "select count(*) from visit where status = 'PLANNED' and starts_at > ?",
                Long.class,
                java.sql.Timestamp.from(clock.instant()));
    }

    @Test
    void a_demo_seeded_in_november_is_still_current_in_january_and_in_march() {
        startDemoAt(LocalDateTime.of(2026, 11, 20, 9, 0));
        assertThat(revenueLoad.loadedThrough().month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(
                        jdbc.queryForObject(
                                        "select min(revenue_month) from revenue_entry",
                                        java.sql.Date.class)
                                .toLocalDate())
                .isEqualTo(YearMonth.of(2023, 11).atDay(1));
        assertThat(budgetsOf(2025, "APPROVED")).isPositive();
        assertThat(budgetsOf(2025, "DRAFT")).isZero();
        assertThat(budgetsOf(2026, "APPROVED")).isPositive();
        assertThat(budgetsOf(2026, "SENT"))
                .as("the demo accounts' own, sent for approval")
                .isPositive();
        assertThat(budgetsOf(2027, "DRAFT") + budgetsOf(2027, "SENT"))
                .as("next year's drafts from October")
                .isPositive();
        assertThat(budgetsOf(2027, "APPROVED")).isZero();
        signIn.as("am");
        assertThat(budgets.budgetYear()).isEqualTo(2027);
        AttainmentReport november =
                attainment.report(attainment.myTop().orElseThrow(), attainment.currentYear());
        assertThat(november.figures().year()).isEqualTo(2026);
        assertThat(november.figures().measuredThrough(Period.yearToDate(2026)))
                .isEqualTo(YearMonth.of(2026, 10));
        assertThat(
                        november.figures()
                                .figures(Period.month(2026, 11), Measure.TOTAL)
                                .attainmentPercent())
                .as("November is open, never -100 %")
                .isNull();
        long plannedInNovember = plannedVisitsAhead();
        assertThat(plannedInNovember).isPositive();
        SignIn.out();

        startDemoAt(LocalDateTime.of(2027, 1, 15, 10, 0));
        assertThat(revenueLoad.loadedThrough().month()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from revenue_entry where revenue_month = ?",
                                Long.class,
                                java.sql.Date.valueOf("2026-12-01")))
                .isGreaterThan(1000);
        signIn.as("am");
        assertThat(attainment.currentYear())
                .as("last year's final figures until January is loaded")
                .isEqualTo(2026);
        assertThat(attainment.calendarYear()).isEqualTo(2027);
        AttainmentReport january = attainment.report(attainment.myTop().orElseThrow(), 2026);
        assertThat(january.figures().measuredThrough(Period.yearToDate(2026)))
                .isEqualTo(YearMonth.of(2026, 12));
        assertThat(
                        attainment
                                .report(attainment.myTop().orElseThrow(), 2027)
                                .figures()
                                .figures(Period.fullYear(2027), Measure.TOTAL)
                                .fullYearBudget())
                .as("the 2027 budget beside it")
                .isPositive();
        assertThat(plannedVisitsAhead()).isPositive();
        SignIn.out();

        startDemoAt(LocalDateTime.of(2027, 3, 5, 8, 0));
        assertThat(revenueLoad.loadedThrough().month()).isEqualTo(YearMonth.of(2027, 2));
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from account_plan where plan_year = 2027",
                                Long.class))
                .isEqualTo(2);
        signIn.as("am");
        assertThat(attainment.currentYear()).isEqualTo(2027);
        AttainmentReport march = attainment.report(attainment.myTop().orElseThrow(), 2027);
        assertThat(
                        march.figures()
                                .figures(Period.yearToDate(2027), Measure.PORTFOLIO)
                                .attainmentPercent())
                .isNotNull();
    }

    @Test
    void starting_again_in_the_same_month_adds_nothing() {
        startDemoAt(LocalDateTime.of(2026, 11, 20, 9, 0));
        Long revenue = jdbc.queryForObject("select count(*) from revenue_entry", Long.class);
        Long budgetsBefore = jdbc.queryForObject("select count(*) from budget", Long.class);
        Long visits = jdbc.queryForObject("select count(*) from visit", Long.class);
        startDemoAt(LocalDateTime.of(2026, 11, 30, 18, 0));
        assertThat(jdbc.queryForObject("select count(*) from revenue_entry", Long.class))
                .isEqualTo(revenue);
        assertThat(jdbc.queryForObject("select count(*) from budget", Long.class))
                .isEqualTo(budgetsBefore);
        assertThat(jdbc.queryForObject("select count(*) from visit", Long.class)).isEqualTo(visits);
    }
}
