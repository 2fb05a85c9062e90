package no.kundeloft.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import no.kundeloft.KaribuTest;
import no.kundeloft.organisation.EmployeeRepository;
import no.kundeloft.visit.CalendarFeedService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminViewTest extends KaribuTest {

    @Autowired EmployeeRepository employees;
    @Autowired CalendarFeedService feeds;

    private AdminView open() {
        login(s.admin());
        UI.getCurrent().navigate("admin");
        return _get(AdminView.class);
    }

    @Test
    void the_admin_creates_a_person_and_sees_the_one_time_password_once() {
        AdminView view = open();
        _click(view.create);
        PersonDialog dialog = _get(PersonDialog.class);
        dialog.fullName.setValue("Nina Ny");
        dialog.username.setValue("nina.ny");
        _click(dialog.save);
        String oneTime = _get(Span.class, spec -> spec.withId("one-time-password")).getText();
        assertThat(oneTime).hasSize(16);
        assertThat(employees.findByUsername("nina.ny"))
                .hasValueSatisfying(e -> assertThat(e.isPasswordChangeRequired()).isTrue());
    }

    @Test
    void a_taken_username_is_refused_on_the_field() {
        AdminView view = open();
        _click(view.create);
        PersonDialog dialog = _get(PersonDialog.class);
        dialog.fullName.setValue("Ola Dobbel");
        dialog.username.setValue("AM1");
        _click(dialog.save);
        assertThat(dialog.username.getErrorMessage()).isEqualTo("The username am1 is taken.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_username_with_spaces_is_refused() {
        AdminView view = open();
        _click(view.create);
        PersonDialog dialog = _get(PersonDialog.class);
        dialog.fullName.setValue("Ola Mellomrom");
        dialog.username.setValue("ola mellomrom");
        _click(dialog.save);
        assertThat(dialog.username.getErrorMessage())
                .isEqualTo("Letters, digits, dot, dash and underscore only");
    }

    @Test
    void people_are_searched() {
        AdminView view = open();
        view.search.setValue("lead");
        assertThat(GridKt._size(view.grid)).isEqualTo(4);
    }

    @Test
    void only_admins_open_the_administration() {
        login(s.lead1());
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void people_are_filtered_by_team() {
        AdminView view = open();
        view.team.setValue(
                view.team
                        .getListDataView()
                        .getItems()
                        .filter(t -> t.name().equals("T1"))
                        .findFirst()
                        .orElseThrow());
        assertThat(GridKt._size(view.grid)).isEqualTo(4);
    }

    @Test
    void deactivating_someone_who_owns_customers_asks_first_and_points_to_the_hand_over() {
        AdminView view = open();
        confirmAction(view, "am1", "Deactivate");
        NotificationsKt.expectNotifications(
                "am1 Testesen still owns 2 customers: hand the portfolio over first (Team → Hand over portfolio).");
    }

    @Test
    void the_admin_turns_off_someones_calendar_feed_after_confirming() {
        login(s.am2());
        feeds.renew();
        AdminView view = open();
        confirmAction(view, "am2", "Turn off calendar feed");
        NotificationsKt.expectNotifications("am2 Testesen's calendar feed is off.");
        com.vaadin.flow.component.Component actions =
                GridKt._getCellComponent(view.grid, 0, "actions");
        assertThat(
                        LocatorJ._find(
                                actions,
                                com.vaadin.flow.component.button.Button.class,
                                spec -> spec.withAttribute("aria-label", "Turn off calendar feed")))
                .as("the action goes with the feed")
                .isEmpty();
    }

    /** Finds the person, clicks the row's action and confirms it. */
    private static void confirmAction(AdminView view, String username, String action) {
        view.search.setValue(username);
        com.vaadin.flow.component.Component actions =
                GridKt._getCellComponent(view.grid, 0, "actions");
        _click(
                _get(
                        actions,
                        com.vaadin.flow.component.button.Button.class,
                        spec -> spec.withAttribute("aria-label", action)));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        confirm.close();
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
    }
}
