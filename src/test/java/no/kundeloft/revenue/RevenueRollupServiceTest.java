package no.kundeloft.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import no.kundeloft.ScenarioTest;
import no.kundeloft.attainment.AttainmentService;
import no.kundeloft.attainment.Measure;
import no.kundeloft.attainment.YearFigures;
import no.kundeloft.customer.Customer;
import no.kundeloft.organisation.Employee;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Rollups on hand-checked rows, January to April 2026 against the same months of 2025. c1 was owned
 * by am2 until 2026-03-01 and by am1 since; c3 (am2) was won 2026-02-10, so its 2026 revenue is new
 * sales; c4 belongs to another team.
 */
class RevenueRollupServiceTest extends ScenarioTest {

    @Autowired AttainmentService attainment;
    @Autowired EntityManager em;

    private void book(Customer customer, int year, int month, String amount) {
        em.persist(new RevenueEntry(customer, YearMonth.of(year, month), new BigDecimal(amount)));
    }

    @BeforeEach
    void revenue() {
        s.c3().setCustomerSince(LocalDate.of(2026, 2, 10));
        book(s.c1(), 2026, 2, "100"); // credited to am2 (owner on 1 February)
        book(s.c1(), 2026, 3, "200"); // credited to am1 (owner from 1 March)
        book(s.c1(), 2026, 4, "300"); // am1
        book(s.c1(), 2026, 5, "999"); // after the period
        book(s.c1(), 2025, 3, "150"); // last year: am2 owned c1 then
        book(s.c3(), 2026, 2, "50"); // new sales for am2
        book(s.c3(), 2026, 4, "-10"); // a correction, still new sales
        book(s.c4(), 2026, 3, "1000"); // another team
        book(s.c4(), 2025, 3, "800");
        em.flush();
    }

    /** My scope's {portfolio, new sales, last year's total} from January to April 2026. */
    private BigDecimal[] januaryToApril() {
        YearFigures figures = attainment.report(attainment.myTop().orElseThrow(), 2026).figures();
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (int month = 1; month <= 4; month++) {
            sums[0] = sums[0].add(figures.actual(month, Measure.PORTFOLIO));
            sums[1] = sums[1].add(figures.actual(month, Measure.NEW_SALES));
            sums[2] = sums[2].add(figures.lastYear(month, Measure.TOTAL));
        }
        return sums;
    }

    private BigDecimal total() {
        BigDecimal[] sums = januaryToApril();
        return sums[0].add(sums[1]);
    }

    @Test
    void revenue_is_credited_to_the_owner_on_the_first_day_of_the_month() {
        signIn.as(s.am1());
        BigDecimal[] mine = januaryToApril();
        assertThat(mine[0]).isEqualByComparingTo("500");
        assertThat(mine[1]).isEqualByComparingTo("0");
        assertThat(mine[2]).isEqualByComparingTo("0");
        signIn.as(s.am2());
        BigDecimal[] theirs = januaryToApril();
        assertThat(theirs[0]).isEqualByComparingTo("100");
        assertThat(theirs[1]).isEqualByComparingTo("40");
        assertThat(theirs[2]).isEqualByComparingTo("150");
    }

    @Test
    void a_team_sums_its_sellers_and_a_department_its_teams() {
        signIn.as(s.lead1());
        BigDecimal[] team = januaryToApril();
        assertThat(team[0]).isEqualByComparingTo("600");
        assertThat(team[1]).isEqualByComparingTo("40");
        assertThat(team[2]).isEqualByComparingTo("150");
        signIn.as(s.mgrA());
        assertThat(total()).isEqualByComparingTo("1640");
        assertThat(januaryToApril()[2]).isEqualByComparingTo("950");
        signIn.as(s.dir1());
        assertThat(total()).isEqualByComparingTo("1640");
        signIn.as(s.admin());
        assertThat(total()).isEqualByComparingTo("1640");
    }

    @Test
    void the_division_rolls_up_to_the_sum_of_its_sellers() {
        BigDecimal sellers = BigDecimal.ZERO;
        for (Employee seller : new Employee[] {s.am1(), s.am2(), s.kam1(), s.am3(), s.am4()}) {
            signIn.as(seller);
            sellers = sellers.add(total());
        }
        signIn.as(s.dir1());
        assertThat(total()).isEqualByComparingTo(sellers);
    }

    @Test
    void meeting_bookers_see_no_revenue() {
        signIn.as(s.booker());
        assertThatThrownBy(() -> attainment.report(attainment.myTop().orElseThrow(), 2026))
                .isInstanceOf(AccessDeniedException.class);
    }
}
