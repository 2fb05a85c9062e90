package no.kundeloft.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.kundeloft.CommittedScenarioTest;
import no.kundeloft.customer.Customer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The credited months per seller follow every committed change and equal a sum from scratch. */
class CreditedRevenueServiceTest extends CommittedScenarioTest {

    @Autowired EntityManager em;
    @Autowired JdbcTemplate jdbc;
    @Autowired CreditedRevenue credited;

    private List<String> creditedRows() {
        return jdbc.query(
                "select owner_id, revenue_month, portfolio, new_sales from credited_revenue order by owner_id, revenue_month",
                (row, n) ->
                        row.getLong(1)
                                + " "
                                + row.getDate(2)
                                + " "
                                + row.getBigDecimal(3).setScale(2)
                                + " "
                                + row.getBigDecimal(4).setScale(2));
    }

    private void book(Customer customer, int year, int month, String amount) {
        em.persist(
                new RevenueEntry(
                        em.find(Customer.class, customer.getId()),
                        YearMonth.of(year, month),
                        new BigDecimal(amount)));
    }

    @Test
    void
            committed_revenue_and_won_dates_are_credited_to_the_owner_of_the_month_and_match_a_sum_from_scratch() {
        transaction.executeWithoutResult(
                status -> {
                    book(s.c1(), 2026, 2, "100");
                    book(s.c1(), 2026, 3, "200");
                    book(s.c2(), 2026, 3, "50");
                });
        List<String> kept = creditedRows();
        assertThat(kept).contains(s.am1().getId() + " 2026-03-01 250.00 0.00");
        credited.rebuild();
        assertThat(creditedRows()).as("kept current = summed from scratch").isEqualTo(kept);

        transaction.executeWithoutResult(
                status ->
                        em.find(Customer.class, s.c1().getId())
                                .setCustomerSince(LocalDate.of(2026, 3, 5)));
        List<String> afterWon = creditedRows();
        assertThat(afterWon)
                .as("won in March: c1's March is new sales, c2's stays portfolio")
                .contains(
                        s.am1().getId() + " 2026-03-01 50.00 200.00",
                        s.am2().getId() + " 2026-02-01 100.00 0.00");
        credited.rebuild();
        assertThat(creditedRows()).isEqualTo(afterWon);
    }

    @Test
    void a_rolled_back_change_leaves_the_credited_months_alone() {
        transaction.executeWithoutResult(status -> book(s.c1(), 2026, 2, "100"));
        List<String> before = creditedRows();
        transaction.executeWithoutResult(
                status -> {
                    book(s.c1(), 2026, 2, "900");
                    status.setRollbackOnly();
                });
        assertThat(creditedRows()).isEqualTo(before).hasSize(1);
    }
}
