package no.kundeloft.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.kundeloft.base.i18n.Translations;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void dates_follow_the_language() {
        LocalDate date = LocalDate.of(2026, 3, 1);
        assertThat(Formats.date(date, Translations.NORWEGIAN)).isEqualTo("01.03.2026");
        assertThat(Formats.date(date, Translations.ENGLISH)).isEqualTo("1 Mar 2026");
        assertThat(Formats.date(null, Translations.ENGLISH)).isEmpty();
    }

    @Test
    void times_are_shown_in_oslo_time() {
        Instant summerNoonUtc = Instant.parse("2026-06-15T10:00:00Z");
        assertThat(Formats.dateTime(summerNoonUtc, Translations.NORWEGIAN))
                .isEqualTo("15.06.2026 kl. 12:00");
        Instant winterNoonUtc = Instant.parse("2026-12-15T11:00:00Z");
        assertThat(Formats.dateTime(winterNoonUtc, Translations.ENGLISH))
                .isEqualTo("15 Dec 2026 12:00");
    }

    @Test
    void nok_amounts_are_whole_kroner_grouped_for_the_language() {
        BigDecimal amount = new BigDecimal("1234567.50");
        assertThat(Formats.nok(amount, Translations.NORWEGIAN).replace('\u00a0', ' '))
                .isEqualTo("1 234 568 kr");
        assertThat(Formats.nok(amount, Translations.ENGLISH).replace('\u00a0', ' '))
                .isEqualTo("NOK 1,234,568");
    }

    @Test
    void typed_amounts_are_grouped_and_read_back_in_the_language() {
        BigDecimal amount = new BigDecimal("1500000");
        assertThat(Formats.amount(amount, Translations.NORWEGIAN).replaceAll("\\s", " "))
                .matches("1.500.000");
        assertThat(Formats.amount(amount, Translations.ENGLISH)).isEqualTo("1,500,000");
        assertThat(
                        Formats.parseAmount(
                                Formats.amount(amount, Translations.NORWEGIAN),
                                Translations.NORWEGIAN))
                .contains(amount);
        assertThat(Formats.parseAmount("1 500 000,5", Translations.NORWEGIAN))
                .contains(new BigDecimal("1500000.5"));
        assertThat(Formats.parseAmount("2500.75", Translations.NORWEGIAN))
                .contains(new BigDecimal("2500.75"));
        assertThat(Formats.parseAmount("1,500,000", Translations.ENGLISH)).contains(amount);
        assertThat(Formats.parseAmount("12 kr", Translations.NORWEGIAN)).isEmpty();
        assertThat(Formats.parseAmount("1.500.000", Translations.NORWEGIAN)).isEmpty();
        assertThat(Formats.parseAmount("  ", Translations.NORWEGIAN)).isEmpty();
    }

    @Test
    void whole_numbers_are_grouped_for_the_language() {
        assertThat(Formats.number(12345, Translations.NORWEGIAN).replace('\u00a0', ' '))
                .isEqualTo("12 345");
        assertThat(Formats.number(12345, Translations.ENGLISH)).isEqualTo("12,345");
    }

    @Test
    void shares_in_percent_have_one_decimal() {
        assertThat(
                        Formats.percent(new BigDecimal("71.66"), Translations.NORWEGIAN)
                                .replace('\u00a0', ' '))
                .isEqualTo("71,7 %");
        assertThat(Formats.percent(new BigDecimal("100"), Translations.ENGLISH))
                .isEqualTo("100.0%");
        assertThat(Formats.percent(null, Translations.ENGLISH)).isEqualTo("–");
    }

    @Test
    void changes_in_percent_carry_their_sign() {
        assertThat(
                        Formats.signedPercent(new BigDecimal("5.24"), Translations.NORWEGIAN)
                                .replace('\u00a0', ' '))
                .isEqualTo("+5,2 %");
        assertThat(Formats.signedPercent(new BigDecimal("-9.7"), Translations.ENGLISH))
                .isEqualTo("-9.7%");
        assertThat(Formats.signedPercent(null, Translations.ENGLISH)).isEqualTo("–");
    }
}
