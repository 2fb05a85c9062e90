package no.kundeloft.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.kundeloft.revenue.LoadedThrough;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhasingTest {

    private static BigDecimal sum(List<BigDecimal> months) {
        return months.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void an_even_spread_rounds_to_whole_kroner_and_leaves_the_rest_in_december() {
        List<BigDecimal> months = Phasing.spread(new BigDecimal("100000"), List.of());
        assertThat(months).hasSize(12);
        assertThat(months.getFirst()).isEqualByComparingTo("8333");
        assertThat(months.getLast()).isEqualByComparingTo("8337");
        assertThat(sum(months)).isEqualByComparingTo("100000");
    }

    @Test
    void a_seasonal_spread_follows_the_weights() {
        List<BigDecimal> weights = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
        weights.set(6, BigDecimal.ZERO); // July: closed
        weights.set(11, new BigDecimal("2")); // December: double
        List<BigDecimal> months = Phasing.spread(new BigDecimal("1200"), weights);
        assertThat(months.get(6)).isEqualByComparingTo("0");
        assertThat(months.get(0)).isEqualByComparingTo("100");
        assertThat(months.get(11)).isEqualByComparingTo("200");
        assertThat(sum(months)).isEqualByComparingTo("1200");
    }

    @Test
    void weights_without_anything_positive_give_an_even_spread() {
        List<BigDecimal> months =
                Phasing.spread(
                        new BigDecimal("120"), Collections.nCopies(12, new BigDecimal("-5")));
        assertThat(months).allSatisfy(month -> assertThat(month).isEqualByComparingTo("10"));
    }

    @ParameterizedTest(name = "budget {0}, loaded through {1}: basis ends {2}")
    @CsvSource({
        "2027, 2026-10, 2026-10", // budgeting in November: the last twelve loaded months, not the
        // incomplete year
        "2027, 2026-12, 2026-12", // last year complete: its full year
        "2027, 2027-02, 2026-12", // later loads do not move the basis past last year
        "2028, 2026-12, 2026-12",
        "2029, 2028-02, 2028-02",
        "2026, 2024-02, 2024-02"
    })
    void the_basis_is_last_year_when_loaded_else_the_last_twelve_loaded_months(
            int year, String loaded, String end) {
        assertThat(Phasing.basisEnd(year, LoadedThrough.through(YearMonth.parse(loaded))))
                .isEqualTo(YearMonth.parse(end));
    }

    @Test
    void nothing_loaded_gives_no_basis() {
        assertThat(Phasing.basisEnd(2027, LoadedThrough.nothing())).isNull();
    }
}
