package no.kundeloft.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.YearMonth;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The test organisation's revenue is loaded through May 2026; the test clock stands in June 2026.
 */
class RevenueLoadServiceTest extends ScenarioTest {

    @Autowired RevenueLoadService revenueLoad;
    @Autowired TestClock clock;

    @Test
    void an_administrator_moves_the_month_back_and_forward_and_is_named() {
        signIn.as(s.admin());
        revenueLoad.set(YearMonth.of(2026, 2));
        assertThat(revenueLoad.loadedThrough().month()).isEqualTo(YearMonth.of(2026, 2));
        revenueLoad.set(YearMonth.of(2026, 5));
        RevenueLoadState state = revenueLoad.state();
        assertThat(state.loadedThrough().month()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(state.changedBy()).isEqualTo("admin Testesen");
        assertThat(state.changedAt()).isEqualTo(TestClock.NOW);
        assertThat(state.latestSettable()).isEqualTo(YearMonth.of(2026, 5));
    }

    @Test
    void the_current_month_cannot_be_loaded_until_it_has_ended() {
        signIn.as(s.admin());
        assertThatThrownBy(() -> revenueLoad.set(YearMonth.of(2026, 6)))
                .isInstanceOf(RevenueLoadRefusedException.class);
        clock.set(LocalDateTime.of(2026, 7, 1, 0, 0));
        revenueLoad.set(YearMonth.of(2026, 6));
        assertThat(revenueLoad.loadedThrough().month()).isEqualTo(YearMonth.of(2026, 6));
    }

    @Test
    void a_sales_manager_only_moves_it_forward_through_a_complete_import_and_never_sets_it() {
        signIn.as(s.mgrA());
        assertThatThrownBy(() -> revenueLoad.set(YearMonth.of(2026, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(revenueLoad.completeThrough(YearMonth.of(2026, 1)).month())
                .isEqualTo(YearMonth.of(2026, 5));
        assertThat(revenueLoad.loadedThrough().month()).isEqualTo(YearMonth.of(2026, 5));
    }

    @Test
    void sellers_and_leaders_read_the_month_but_change_nothing() {
        signIn.as(s.am1());
        assertThat(revenueLoad.loadedThrough().month()).isEqualTo(YearMonth.of(2026, 5));
        assertThatThrownBy(() -> revenueLoad.completeThrough(YearMonth.of(2026, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> revenueLoad.state()).isInstanceOf(AccessDeniedException.class);
        signIn.as(s.lead1());
        assertThatThrownBy(() -> revenueLoad.set(YearMonth.of(2026, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
