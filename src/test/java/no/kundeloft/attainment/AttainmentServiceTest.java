package no.kundeloft.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.ScenarioTest;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.budget.BudgetKind;
import no.kundeloft.budget.BudgetService;
import no.kundeloft.budget.BudgetSubject;
import no.kundeloft.budget.MonthTarget;
import no.kundeloft.customer.Customer;
import no.kundeloft.revenue.RevenueEntry;
import no.kundeloft.revenue.RollupLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Reports on hand-checked rows; the test clock stands in 2026 (complete months depend on it). */
class AttainmentServiceTest extends ScenarioTest {

    @Autowired AttainmentService attainment;
    @Autowired BudgetService budgets;
    @Autowired EntityManager em;

    private int year;

    private void book(Customer customer, int yearsAgo, int month, String amount) {
        em.persist(
                new RevenueEntry(
                        customer, YearMonth.of(year - yearsAgo, month), new BigDecimal(amount)));
    }

    @BeforeEach
    void data() {
        signIn.as(s.lead1());
        year = attainment.currentYear() - 1; // a complete year: every month counts
        book(s.c2(), 0, 1, "300");
        book(s.c2(), 1, 1, "200");
        book(s.c3(), 0, 6, "100");
        book(s.c4(), 0, 6, "1000");
        book(s.c6(), 0, 6, "5");
        em.flush();
        List<MonthTarget> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new MonthTarget(month, BigDecimal.valueOf(50), BigDecimal.ZERO));
        }
        budgets.saveDraft(new BudgetSubject(BudgetKind.SELLER, s.am1().getId()), year, -1, months);
    }

    @Test
    void a_seller_sees_attainment_growth_and_their_customers() {
        signIn.as(s.am1());
        Node top = attainment.myTop().orElseThrow();
        assertThat(top.level()).isEqualTo(RollupLevel.SELLER);
        AttainmentReport report = attainment.report(top, year);
        Figures total = report.figures().figures(Period.fullYear(year), Measure.TOTAL);
        assertThat(total.actual()).isEqualByComparingTo("300");
        assertThat(total.budgetToDate()).isEqualByComparingTo("600");
        assertThat(total.attainmentPercent()).isEqualByComparingTo("50.0");
        assertThat(total.growthPercent()).isEqualByComparingTo("50.0");
        assertThat(report.path()).extracting(Node::level).containsExactly(RollupLevel.SELLER);
        assertThat(report.rows())
                .extracting(row -> row.node().name())
                .contains(s.c1().getName(), s.c2().getName());
    }

    @Test
    void a_team_leader_sees_the_sellers_with_totals_and_cannot_see_the_department() {
        signIn.as(s.lead1());
        AttainmentReport team = attainment.report(attainment.myTop().orElseThrow(), year);
        assertThat(team.node().name()).isEqualTo("T1");
        assertThat(team.rows())
                .extracting(row -> row.node().id())
                .contains(s.am1().getId(), s.am2().getId(), s.kam1().getId());
        assertThat(team.rows())
                .filteredOn(row -> row.node().id().equals(s.am1().getId()))
                .singleElement()
                .extracting(AttainmentRow::portfolioSize)
                .isEqualTo(2L);
        assertThat(team.figures().figures(Period.fullYear(year), Measure.TOTAL).actual())
                .isEqualByComparingTo("400");
        assertThatThrownBy(
                        () ->
                                attainment.report(
                                        Node.of(
                                                RollupLevel.DEPARTMENT,
                                                s.t1().getDepartment().getId()),
                                        year))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () ->
                                attainment.report(
                                        Node.of(RollupLevel.CUSTOMER, s.c4().getId()), year))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_director_drills_down_and_the_division_equals_the_sum_of_its_rows() {
        signIn.as(s.dir1());
        AttainmentReport division = attainment.report(attainment.myTop().orElseThrow(), year);
        BigDecimal divisionTotal =
                division.figures().figures(Period.fullYear(year), Measure.TOTAL).actual();
        assertThat(divisionTotal).isEqualByComparingTo("1400");
        assertThat(
                        division.rows().stream()
                                .map(
                                        row ->
                                                row.figures()
                                                        .figures(
                                                                Period.fullYear(year),
                                                                Measure.TOTAL)
                                                        .actual())
                                .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(divisionTotal);
        AttainmentReport customer =
                attainment.report(Node.of(RollupLevel.CUSTOMER, s.c2().getId()), year);
        assertThat(customer.path())
                .extracting(Node::level)
                .containsExactly(
                        RollupLevel.DIVISION,
                        RollupLevel.DEPARTMENT,
                        RollupLevel.TEAM,
                        RollupLevel.SELLER,
                        RollupLevel.CUSTOMER);
        assertThat(customer.figures().actual(1, Measure.TOTAL)).isEqualByComparingTo("300");
        assertThatThrownBy(() -> attainment.report(Node.of(RollupLevel.TEAM, 999_999L), year))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attainment.report(new Node(RollupLevel.ALL, null, null), year))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_manager_sees_the_department_against_its_top_down_budget() {
        signIn.as(s.mgrA());
        AttainmentReport department = attainment.report(attainment.myTop().orElseThrow(), year);
        assertThat(department.topDown()).isNotNull();
        assertThat(department.rows())
                .extracting(row -> row.node().name())
                .containsExactly("T1", "T2");
    }

    @Test
    void meeting_bookers_see_no_attainment() {
        signIn.as(s.booker());
        assertThatThrownBy(() -> attainment.myTop()).isInstanceOf(AccessDeniedException.class);
    }
}
