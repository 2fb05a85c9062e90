package no.kundeloft.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.security.SignInLog;
import no.kundeloft.security.SignInLog.Outcome;
import no.kundeloft.security.SignInRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignInLogViewTest extends KaribuTest {

    @Autowired SignInLog log;
    @Autowired TestClock clock;

    @BeforeEach
    void attempts() {
        log.record("am1", "10.0.0.7", Outcome.FAILURE);
        clock.set(TestClock.NOW.plusSeconds(60));
        log.record("am1", "10.0.0.7", Outcome.SUCCESS);
        clock.set(TestClock.NOW.plusSeconds(120));
        log.record("mallory", "203.0.113.9", Outcome.THROTTLED);
        clock.reset();
    }

    private SignInLogView open() {
        login(s.admin());
        UI.getCurrent().navigate("admin/sign-ins");
        return _get(SignInLogView.class);
    }

    @Test
    void admins_see_every_attempt_newest_first_with_its_outcome() {
        SignInLogView view = open();
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(GridKt._get(view.grid, 0))
                .extracting(SignInRecord::username, SignInRecord::outcome)
                .containsExactly("mallory", Outcome.THROTTLED);
        assertThat(GridKt._getFormattedRow(view.grid, 2)).contains("am1", "10.0.0.7");
    }

    @Test
    void the_log_narrows_by_name_or_address_and_outcome() {
        SignInLogView view = open();
        view.text.setValue("203.0.113");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        view.text.setValue("am1");
        view.outcome.setValue(Outcome.FAILURE);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        view.outcome.setValue(Outcome.THROTTLED);
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateText())
                .isEqualTo("No sign-in attempts match the filter.");
    }

    @Test
    void only_admins_read_the_sign_in_log() {
        login(s.mgrA());
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/sign-ins"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
