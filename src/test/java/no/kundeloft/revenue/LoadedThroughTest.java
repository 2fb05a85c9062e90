package no.kundeloft.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadedThroughTest {

    @Test
    void
            the_loaded_months_of_a_year_are_all_of_an_earlier_year_those_through_the_month_and_none_of_a_later_year() {
        LoadedThrough october = LoadedThrough.through(YearMonth.of(2026, 10));
        assertThat(october.monthsOf(2025)).isEqualTo(12);
        assertThat(october.monthsOf(2026)).isEqualTo(10);
        assertThat(october.monthsOf(2027)).isZero();
        assertThat(october.includes(YearMonth.of(2026, 10))).isTrue();
        assertThat(october.includes(YearMonth.of(2026, 11))).isFalse();
        assertThat(LoadedThrough.nothing().monthsOf(2026)).isZero();
        assertThat(LoadedThrough.nothing().includes(YearMonth.of(1999, 1))).isFalse();
    }

    @ParameterizedTest(name = "loaded through {0}, on {1}: figures for {2}")
    @CsvSource({
        "2026-10, 2026-11-15, 2026",
        "2026-11, 2026-12-31, 2026",
        "2026-11, 2027-01-01, 2026", // January is not loaded on New Year's Day: last year's figures
        "2026-12, 2027-01-15, 2026",
        "2026-12, 2027-02-28, 2026", // a late January load keeps last year on show
        "2027-01, 2027-02-01, 2027",
        "2028-01, 2028-02-29, 2028",
        "2028-02, 2028-03-01, 2028"
    })
    void the_reporting_year_changes_when_its_january_is_loaded(
            String loaded, String today, int year) {
        assertThat(
                        LoadedThrough.through(YearMonth.parse(loaded))
                                .reportingYear(LocalDate.parse(today)))
                .isEqualTo(year);
    }

    @Test
    void with_nothing_loaded_the_reporting_year_is_this_year() {
        assertThat(LoadedThrough.nothing().reportingYear(LocalDate.of(2027, 1, 1))).isEqualTo(2027);
    }
}
