package no.kundeloft.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestOrganisation;
import no.kundeloft.dashboard.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ChangePasswordViewTest extends KaribuTest {

    @Autowired PasswordEncoder passwordEncoder;

    private void oneTimePassword() {
        s.am1().changePassword(passwordEncoder.encode(TestOrganisation.PASSWORD), true);
    }

    @Test
    void with_a_one_time_password_no_other_page_is_reachable() {
        oneTimePassword();
        login(s.am1());
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
        UI.getCurrent().navigate("customers");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat(_get(ChangePasswordView.class).current.getLabel())
                .isEqualTo("One-time password");
    }

    @Test
    void choosing_a_good_password_opens_the_home_page() {
        oneTimePassword();
        login(s.am1());
        UI.getCurrent().navigate("");
        ChangePasswordView view = _get(ChangePasswordView.class);
        view.current.setValue(TestOrganisation.PASSWORD);
        view.next.setValue("Fjordkraft i Bergen 2026");
        view.repeat.setValue("Fjordkraft i Bergen 2026");
        _click(view.save);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void refusals_are_shown_on_the_right_field() {
        login(s.am1());
        UI.getCurrent().navigate("change-password");
        ChangePasswordView view = _get(ChangePasswordView.class);
        view.current.setValue(TestOrganisation.PASSWORD);
        view.next.setValue("Fjordkraft i Bergen 2026");
        view.repeat.setValue("Fjordkraft i Bergen 2025");
        _click(view.save);
        assertThat(view.repeat.getErrorMessage())
                .isEqualTo("The two new passwords are not the same.");
        view.next.setValue("kort");
        view.repeat.setValue("kort");
        _click(view.save);
        assertThat(view.next.getErrorMessage()).isEqualTo("Use at least 12 characters.");
        view.current.setValue("wrong");
        view.next.setValue("Fjordkraft i Bergen 2026");
        view.repeat.setValue("Fjordkraft i Bergen 2026");
        _click(view.save);
        assertThat(view.current.getErrorMessage()).isEqualTo("The current password is not right.");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }
}
