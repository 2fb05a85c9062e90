package no.kundeloft;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.attainment.AttainmentReport;
import no.kundeloft.attainment.AttainmentService;
import no.kundeloft.attainment.Figures;
import no.kundeloft.attainment.Measure;
import no.kundeloft.attainment.Period;
import no.kundeloft.base.Formats;
import no.kundeloft.budget.BudgetKind;
import no.kundeloft.budget.BudgetService;
import no.kundeloft.budget.BudgetSubject;
import no.kundeloft.budget.MonthTarget;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.Employee;
import no.kundeloft.plan.PlanService;
import no.kundeloft.revenue.CustomerRevenue;
import no.kundeloft.revenue.RevenueEntry;
import no.kundeloft.revenue.RevenueKind;
import no.kundeloft.revenue.RevenueService;
import no.kundeloft.task.TaskFilter;
import no.kundeloft.task.TaskRow;
import no.kundeloft.task.TaskService;
import no.kundeloft.task.TaskView;
import no.kundeloft.visit.VisitDetails;
import no.kundeloft.visit.VisitForm;
import no.kundeloft.visit.VisitMode;
import no.kundeloft.visit.VisitQueries;
import no.kundeloft.visit.VisitReports;
import no.kundeloft.visit.VisitService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every rule that depends on the date, run with the clock at the edges: New Year, the first and
 * last day of a month, a leap day, and around the Europe/Oslo summer-time changes (28 March and 31
 * October 2027, when 02:00–03:00 does not exist and then happens twice). The revenue is loaded
 * through the month before the clock's, as it would be right after the monthly import.
 */
class EdgeDatesServiceTest extends ScenarioTest {

    @Autowired TaskService tasks;
    @Autowired TestClock clock;
    @Autowired TestOrganisation testOrganisation;
    @Autowired EntityManager em;
    @Autowired RevenueService revenue;
    @Autowired AttainmentService attainment;
    @Autowired BudgetService budgets;
    @Autowired VisitService visits;
    @Autowired VisitQueries visitQueries;
    @Autowired VisitReports visitReports;
    @Autowired PlanService plans;

    private LocalDate today;

    private void standAt(String osloTime) {
        clock.set(LocalDateTime.parse(osloTime));
        today = clock.today();
        testOrganisation.revenueLoadedThrough(YearMonth.from(today).minusMonths(1));
    }

    private void book(Customer customer, YearMonth month, String amount) {
        em.persist(new RevenueEntry(em.merge(customer), month, new BigDecimal(amount)));
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(
            strings = {
                "2027-01-01T00:30",
                "2026-12-31T23:30",
                "2026-06-01T00:30",
                "2026-06-30T23:30",
                "2028-02-29T12:00",
                "2027-03-28T01:30",
                "2027-03-28T03:30",
                "2027-10-31T02:30",
                "2027-10-31T23:59"
            })
    void year_to_date_and_growth_count_the_loaded_months_and_leave_the_open_month_out(String at) {
        standAt(at);
        YearMonth loaded = YearMonth.from(today).minusMonths(1);
        int year = loaded.getYear();
        for (int month = 1; month <= loaded.getMonthValue(); month++) {
            book(s.c2(), YearMonth.of(year, month), "100");
            book(s.c2(), YearMonth.of(year - 1, month), "80");
        }
        book(s.c2(), YearMonth.from(today), "999"); // being invoiced, not loaded
        em.flush();
        signIn.as(s.lead1());
        budgets.saveDraft(
                new BudgetSubject(BudgetKind.SELLER, s.am1().getId()), year, -1, fiftyAMonth());
        signIn.as(s.am1());

        CustomerRevenue figures = revenue.forCustomer(s.c2().getId());
        assertThat(figures.year()).isEqualTo(year);
        assertThat(figures.upTo()).isEqualTo(loaded);
        assertThat(figures.yearToDate())
                .isEqualByComparingTo(BigDecimal.valueOf(100L * loaded.getMonthValue()));
        assertThat(figures.growthPercent()).isEqualByComparingTo("25.0");

        assertThat(attainment.currentYear()).isEqualTo(year);
        AttainmentReport report = attainment.report(attainment.myTop().orElseThrow(), year);
        Figures ytd = report.figures().figures(Period.yearToDate(year), Measure.TOTAL);
        assertThat(report.figures().measuredThrough(Period.yearToDate(year))).isEqualTo(loaded);
        assertThat(ytd.actual())
                .isEqualByComparingTo(BigDecimal.valueOf(100L * loaded.getMonthValue()));
        assertThat(ytd.growthPercent()).isEqualByComparingTo("25.0");
        assertThat(ytd.attainmentPercent()).isEqualByComparingTo("200.0");
        if (YearMonth.from(today).getYear() == year) {
            Figures thisMonth =
                    report.figures()
                            .figures(Period.month(year, today.getMonthValue()), Measure.TOTAL);
            assertThat(thisMonth.actual())
                    .as("the open month counts nothing")
                    .isEqualByComparingTo("0");
            assertThat(thisMonth.attainmentPercent()).as("and is never -100 %").isNull();
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(
            strings = {
                "2027-01-01T00:30",
                "2026-12-31T23:30",
                "2026-11-01T00:00",
                "2026-10-31T23:59",
                "2028-02-29T12:00",
                "2027-03-28T03:30",
                "2027-10-31T02:30"
            })
    void new_sales_run_twelve_calendar_months_and_budgets_open_on_the_year_being_budgeted(
            String at) {
        standAt(at);
        assertThat(RevenueKind.of(today, YearMonth.from(today))).isEqualTo(RevenueKind.NEW_SALES);
        assertThat(RevenueKind.of(today, YearMonth.from(today).plusMonths(11)))
                .isEqualTo(RevenueKind.NEW_SALES);
        assertThat(RevenueKind.of(today, YearMonth.from(today).plusMonths(12)))
                .isEqualTo(RevenueKind.PORTFOLIO);
        assertThat(RevenueKind.of(today, YearMonth.from(today).minusMonths(1)))
                .isEqualTo(RevenueKind.PORTFOLIO);
        signIn.as(s.lead1());
        assertThat(budgets.budgetYear())
                .isEqualTo(today.getMonthValue() >= 11 ? today.getYear() + 1 : today.getYear());
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(
            strings = {
                "2027-01-01T00:30",
                "2026-12-31T23:30",
                "2026-03-01T09:00",
                "2028-02-29T12:00",
                "2027-03-28T03:30",
                "2027-03-29T09:00",
                "2027-10-31T02:30",
                "2027-11-01T09:00"
            })
    void a_key_customer_is_overdue_for_a_visit_after_thirty_days_and_not_before(String at) {
        standAt(at);
        signIn.as(s.kam1());
        visits.plan(visit(s.k1(), s.kam1(), today.minusDays(31).atTime(10, 0)));
        assertThat(visitReports.overdueForVisit(10).count()).isEqualTo(1);
        visits.plan(visit(s.k1(), s.kam1(), today.minusDays(29).atTime(10, 0)));
        assertThat(visitReports.overdueForVisit(10).count()).isZero();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(
            strings = {
                "2027-03-27T10:00",
                "2027-10-30T10:00",
                "2026-12-31T23:30",
                "2028-02-28T12:00"
            })
    void a_visit_keeps_its_oslo_wall_clock_time_across_the_summer_time_change(String at) {
        standAt(at);
        signIn.as(s.am1());
        LocalDateTime tomorrowAtTen = today.plusDays(1).atTime(10, 0);
        VisitDetails planned = visits.plan(visit(s.c1(), s.am1(), tomorrowAtTen));
        ZonedDateTime starts = planned.item().startsAt().atZone(Formats.ZONE);
        assertThat(starts.toLocalDateTime()).isEqualTo(tomorrowAtTen);
        assertThat(
                        visitQueries.calendar(
                                clock.instant(),
                                clock.instant().plusSeconds(3 * 86_400L),
                                no.kundeloft.visit.VisitFilter.none()))
                .extracting(item -> item.startsAt().atZone(Formats.ZONE).toLocalDateTime())
                .containsExactly(tomorrowAtTen);
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(
            strings = {
                "2027-01-01T00:30",
                "2026-12-31T23:30",
                "2028-02-29T12:00",
                "2028-03-01T00:10",
                "2027-03-28T03:30"
            })
    void a_task_is_overdue_from_the_day_after_it_was_due(String at) {
        standAt(at);
        signIn.as(s.kam1());
        int year = today.getYear();
        plans.saveAction(
                s.k1().getId(), year, null, 0, "Due today", s.kam1().getId(), today, false);
        plans.saveAction(
                s.k1().getId(),
                year,
                null,
                0,
                "Due yesterday",
                s.kam1().getId(),
                today.minusDays(1),
                false);
        assertThat(tasks.list(TaskFilter.mine(TaskView.OVERDUE), 0, 10))
                .extracting(TaskRow::description)
                .containsExactly("Due yesterday");
        assertThat(tasks.list(TaskFilter.mine(TaskView.TODAY), 0, 10))
                .extracting(TaskRow::description)
                .containsExactly("Due today");
    }

    private static List<MonthTarget> fiftyAMonth() {
        List<MonthTarget> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new MonthTarget(month, BigDecimal.valueOf(50), BigDecimal.ZERO));
        }
        return months;
    }

    private static VisitForm visit(Customer customer, Employee host, LocalDateTime start) {
        VisitForm form = new VisitForm();
        form.setCustomerId(customer.getId());
        form.setHostId(host.getId());
        form.setStart(start);
        form.setDurationMinutes(60);
        form.setMode(VisitMode.ON_SITE);
        form.setLocation("Storgata 1, Oslo");
        form.setPurpose("Review");
        return form;
    }
}
