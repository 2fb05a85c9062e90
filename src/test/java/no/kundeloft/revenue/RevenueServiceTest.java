package no.kundeloft.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.YearMonth;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.Customer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class RevenueServiceTest extends ScenarioTest {

    @Autowired RevenueService revenue;
    @Autowired EntityManager em;

    private void book(Customer customer, YearMonth month, String amount) {
        em.persist(new RevenueEntry(customer, month, new BigDecimal(amount)));
    }

    @Test
    void year_to_date_and_growth_count_complete_months_against_the_same_months_last_year() {
        YearMonth now = YearMonth.from(TestClock.TODAY);
        YearMonth january = YearMonth.of(now.getYear(), 1);
        book(s.c1(), january, "1000.00");
        book(s.c1(), january.minusYears(1), "800.00");
        book(s.c1(), now, "5000.00");
        book(s.c1(), now.minusYears(1), "7000.00");
        book(s.c1(), january.minusMonths(1), "-200.00");
        em.flush();
        signIn.as(s.am1());
        CustomerRevenue figures = revenue.forCustomer(s.c1().getId());
        boolean january_now = now.getMonthValue() == 1;
        assertThat(figures.yearToDate()).isEqualByComparingTo(january_now ? "0" : "1000");
        assertThat(figures.sameMonthsLastYear()).isEqualByComparingTo(january_now ? "0" : "800");
        if (!january_now) {
            assertThat(figures.growthPercent()).isEqualByComparingTo("25.0");
        }
        assertThat(figures.thisYear().get(now.getMonthValue() - 1)).isEqualByComparingTo("5000");
        assertThat(figures.lastYear().get(11))
                .isEqualByComparingTo(now.getMonthValue() == 12 ? "7000" : "-200");
        assertThat(figures.kindNow()).isEqualTo(RevenueKind.PORTFOLIO);
    }

    @Test
    void a_customer_without_revenue_has_no_growth() {
        signIn.as(s.am1());
        CustomerRevenue figures = revenue.forCustomer(s.c2().getId());
        assertThat(figures.yearToDate()).isEqualByComparingTo("0");
        assertThat(figures.growthPercent()).isNull();
    }

    @Test
    void another_managers_customer_is_not_found() {
        signIn.as(s.am2());
        assertThatThrownBy(() -> revenue.forCustomer(s.c1().getId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void meeting_bookers_see_no_revenue() {
        signIn.as(s.booker());
        assertThatThrownBy(() -> revenue.forCustomer(s.c1().getId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
