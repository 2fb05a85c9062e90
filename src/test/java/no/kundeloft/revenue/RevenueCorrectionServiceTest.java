package no.kundeloft.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.YearMonth;
import no.kundeloft.ScenarioTest;
import no.kundeloft.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class RevenueCorrectionServiceTest extends ScenarioTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Autowired RevenueCorrectionService corrections;
    @Autowired RevenueService revenue;

    @Test
    void a_manager_enters_and_corrects_a_month_and_the_history_keeps_both() {
        signIn.as(s.mgrA());
        corrections.correct(
                s.c1().getId(), MARCH, new BigDecimal("1200"), "Faktura manglet i ERP-eksporten");
        corrections.correct(s.c1().getId(), MARCH, new BigDecimal("1500"), "Kreditnota reversert");
        signIn.as(s.am1());
        var history = corrections.history(s.c1().getId());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).previousAmount()).isEqualByComparingTo("1200");
        assertThat(history.get(0).newAmount()).isEqualByComparingTo("1500");
        assertThat(history.get(0).reason()).isEqualTo("Kreditnota reversert");
        assertThat(history.get(0).correctedBy()).isEqualTo("mgrA Testesen");
        assertThat(history.get(1).previousAmount()).isNull();
        assertThat(history.get(1).newAmount()).isEqualByComparingTo("1200");
        assertThat(revenue.forCustomer(s.c1().getId()).thisYear().get(2))
                .isEqualByComparingTo("1500");
    }

    @Test
    void a_reason_is_required() {
        signIn.as(s.mgrA());
        assertThatThrownBy(() -> corrections.correct(s.c1().getId(), MARCH, BigDecimal.TEN, " "))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void sellers_read_the_history_but_do_not_correct() {
        signIn.as(s.am1());
        assertThatThrownBy(() -> corrections.correct(s.c1().getId(), MARCH, BigDecimal.TEN, "Feil"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(corrections.history(s.c1().getId())).isEmpty();
        signIn.as(s.booker());
        assertThatThrownBy(() -> corrections.history(s.c1().getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_departments_customer_is_not_found() {
        signIn.as(s.mgrB());
        assertThatThrownBy(() -> corrections.correct(s.c1().getId(), MARCH, BigDecimal.TEN, "Feil"))
                .isInstanceOf(NotFoundException.class);
    }
}
