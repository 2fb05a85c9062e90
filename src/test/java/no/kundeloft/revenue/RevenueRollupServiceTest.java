package no.kundeloft.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import no.kundeloft.ScenarioTest;
import no.kundeloft.customer.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Rollups on hand-checked rows. c1 was owned by am2 until 2026-03-01 and by am1 since; c3 (am2)
 * was won 2026-02-10, so its 2026 revenue is new sales; c4 belongs to another team.
 */
class RevenueRollupServiceTest extends ScenarioTest {

    private static final YearMonth UP_TO = YearMonth.of(2026, 4);

    @Autowired
    RevenueService revenue;
    @Autowired
    EntityManager em;

    private void book(Customer customer, int year, int month, String amount) {
        em.persist(new RevenueEntry(customer, YearMonth.of(year, month), new BigDecimal(amount)));
    }

    @BeforeEach
    void revenue() {
        s.c3().setCustomerSince(LocalDate.of(2026, 2, 10));
        book(s.c1(), 2026, 2, "100");   // credited to am2 (owner on 1 February)
        book(s.c1(), 2026, 3, "200");   // credited to am1 (owner from 1 March)
        book(s.c1(), 2026, 4, "300");   // am1
        book(s.c1(), 2026, 5, "999");   // after the period
        book(s.c1(), 2025, 3, "150");   // last year: am2 owned c1 then
        book(s.c3(), 2026, 2, "50");    // new sales for am2
        book(s.c3(), 2026, 4, "-10");   // a correction, still new sales
        book(s.c4(), 2026, 3, "1000");  // another team
        book(s.c4(), 2025, 3, "800");
        em.flush();
    }

    @Test
    void revenue_is_credited_to_the_owner_on_the_first_day_of_the_month() {
        signIn.as(s.am1());
        ScopeRevenue mine = revenue.forMyScope(UP_TO);
        assertThat(mine.portfolio()).isEqualByComparingTo("500");
        assertThat(mine.newSales()).isEqualByComparingTo("0");
        assertThat(mine.totalLastYear()).isEqualByComparingTo("0");
        assertThat(mine.growthPercent()).isNull();
        signIn.as(s.am2());
        ScopeRevenue theirs = revenue.forMyScope(UP_TO);
        assertThat(theirs.portfolio()).isEqualByComparingTo("100");
        assertThat(theirs.newSales()).isEqualByComparingTo("40");
        assertThat(theirs.portfolioLastYear()).isEqualByComparingTo("150");
    }

    @Test
    void a_team_sums_its_sellers_and_a_department_its_teams() {
        signIn.as(s.lead1());
        ScopeRevenue team = revenue.forMyScope(UP_TO);
        assertThat(team.portfolio()).isEqualByComparingTo("600");
        assertThat(team.newSales()).isEqualByComparingTo("40");
        assertThat(team.totalLastYear()).isEqualByComparingTo("150");
        assertThat(team.growthPercent()).isEqualByComparingTo("326.7");
        signIn.as(s.mgrA());
        ScopeRevenue department = revenue.forMyScope(UP_TO);
        assertThat(department.total()).isEqualByComparingTo("1640");
        assertThat(department.totalLastYear()).isEqualByComparingTo("950");
        signIn.as(s.dir1());
        assertThat(revenue.forMyScope(UP_TO).total()).isEqualByComparingTo(department.total());
        signIn.as(s.admin());
        assertThat(revenue.forMyScope(UP_TO).total()).isEqualByComparingTo("1640");
    }

    @Test
    void the_division_rolls_up_to_the_sum_of_its_sellers() {
        BigDecimal sellers = BigDecimal.ZERO;
        for (var seller : new no.kundeloft.organisation.Employee[] {s.am1(), s.am2(), s.kam1(), s.am3(), s.am4()}) {
            signIn.as(seller);
            sellers = sellers.add(revenue.forMyScope(UP_TO).total());
        }
        signIn.as(s.dir1());
        assertThat(revenue.forMyScope(UP_TO).total()).isEqualByComparingTo(sellers);
    }

    @Test
    void meeting_bookers_see_no_revenue() {
        signIn.as(s.booker());
        assertThatThrownBy(() -> revenue.forMyScope(UP_TO)).isInstanceOf(AccessDeniedException.class);
    }
}
