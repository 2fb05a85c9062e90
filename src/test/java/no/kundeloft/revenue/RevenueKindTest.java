package no.kundeloft.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RevenueKindTest {

    @Test
    void a_customer_won_mid_month_is_new_sales_for_twelve_calendar_months() {
        LocalDate won = LocalDate.of(2026, 3, 15);
        assertThat(RevenueKind.of(won, YearMonth.of(2026, 2))).isEqualTo(RevenueKind.PORTFOLIO);
        assertThat(RevenueKind.of(won, YearMonth.of(2026, 3))).isEqualTo(RevenueKind.NEW_SALES);
        assertThat(RevenueKind.of(won, YearMonth.of(2027, 2))).isEqualTo(RevenueKind.NEW_SALES);
        assertThat(RevenueKind.of(won, YearMonth.of(2027, 3))).isEqualTo(RevenueKind.PORTFOLIO);
    }

    @Test
    void a_customer_won_on_a_leap_day_counts_from_february() {
        LocalDate won = LocalDate.of(2024, 2, 29);
        assertThat(RevenueKind.of(won, YearMonth.of(2024, 2))).isEqualTo(RevenueKind.NEW_SALES);
        assertThat(RevenueKind.of(won, YearMonth.of(2025, 1))).isEqualTo(RevenueKind.NEW_SALES);
        assertThat(RevenueKind.of(won, YearMonth.of(2025, 2))).isEqualTo(RevenueKind.PORTFOLIO);
    }

    @Test
    void a_customer_won_in_december_is_new_sales_into_next_november() {
        LocalDate won = LocalDate.of(2025, 12, 31);
        assertThat(RevenueKind.of(won, YearMonth.of(2026, 11))).isEqualTo(RevenueKind.NEW_SALES);
        assertThat(RevenueKind.of(won, YearMonth.of(2026, 12))).isEqualTo(RevenueKind.PORTFOLIO);
    }

    @Test
    void without_a_won_date_revenue_is_portfolio_revenue() {
        assertThat(RevenueKind.of(null, YearMonth.of(2026, 1))).isEqualTo(RevenueKind.PORTFOLIO);
    }
}
