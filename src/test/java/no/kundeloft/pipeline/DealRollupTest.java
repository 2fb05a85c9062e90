package no.kundeloft.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import no.kundeloft.revenue.LoadedThrough;
import no.kundeloft.revenue.MonthlyAmounts;
import org.junit.jupiter.api.Test;

/** The spreading of a close month's weighted sums over open months, checked by hand. */
class DealRollupTest {

    // 120 000 a year at 50 %: 6 000 000 percent-kroner, 5 000 a month; a one-off 12 000 at 50 %: 6
    // 000
    private static final BigDecimal YEARLY = new BigDecimal("6000000");
    private static final BigDecimal ONE_OFF = new BigDecimal("600000");

    @Test
    void
            a_deal_counts_from_the_month_after_its_close_month_to_december_and_its_one_off_in_the_close_month() {
        MonthlyAmounts amounts = new MonthlyAmounts();
        DealRollup.spread(
                amounts,
                YearMonth.of(2026, 8),
                DealKind.NEW_CUSTOMER,
                YEARLY,
                ONE_OFF,
                YearMonth.of(2026, 6),
                YearMonth.of(2026, 12));
        assertThat(amounts.newSales(YearMonth.of(2026, 8))).isEqualByComparingTo("6000");
        assertThat(amounts.sum(YearMonth.of(2026, 9), YearMonth.of(2026, 12)).newSales())
                .isEqualByComparingTo("20000");
        assertThat(amounts.sum(YearMonth.of(2026, 1), YearMonth.of(2026, 12)).portfolio()).isZero();
    }

    @Test
    void a_passed_close_month_counts_in_the_open_months_only_with_its_one_off_in_the_first() {
        MonthlyAmounts amounts = new MonthlyAmounts();
        DealRollup.spread(
                amounts,
                YearMonth.of(2026, 3),
                DealKind.GROWTH,
                YEARLY,
                ONE_OFF,
                YearMonth.of(2026, 6),
                YearMonth.of(2026, 12));
        assertThat(amounts.portfolio(YearMonth.of(2026, 5))).isZero();
        assertThat(amounts.portfolio(YearMonth.of(2026, 6))).isEqualByComparingTo("11000");
        assertThat(amounts.sum(YearMonth.of(2026, 6), YearMonth.of(2026, 12)).portfolio())
                .isEqualByComparingTo("41000");
    }

    @Test
    void next_year_takes_all_twelve_months_of_a_deal_closing_in_december_but_not_its_one_off() {
        MonthlyAmounts amounts = new MonthlyAmounts();
        DealRollup.spread(
                amounts,
                YearMonth.of(2026, 12),
                DealKind.GROWTH,
                YEARLY,
                ONE_OFF,
                YearMonth.of(2027, 1),
                YearMonth.of(2027, 12));
        assertThat(amounts.sum(YearMonth.of(2027, 1), YearMonth.of(2027, 12)).portfolio())
                .isEqualByComparingTo("60000");
        assertThat(amounts.portfolio(YearMonth.of(2026, 12))).isZero();
    }

    @Test
    void a_year_whose_months_are_all_loaded_has_no_open_month() {
        assertThat(DealRollup.firstOpenMonth(2025, LoadedThrough.through(YearMonth.of(2026, 3))))
                .isNull();
        assertThat(DealRollup.firstOpenMonth(2026, LoadedThrough.through(YearMonth.of(2026, 3))))
                .isEqualTo(YearMonth.of(2026, 4));
        assertThat(DealRollup.firstOpenMonth(2027, LoadedThrough.through(YearMonth.of(2026, 3))))
                .isEqualTo(YearMonth.of(2027, 1));
        assertThat(DealRollup.firstOpenMonth(2026, LoadedThrough.nothing()))
                .isEqualTo(YearMonth.of(2026, 1));
    }
}
