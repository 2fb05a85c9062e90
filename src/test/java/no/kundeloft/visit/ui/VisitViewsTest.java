package no.kundeloft.visit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.ui.FullCalendar;
import no.kundeloft.customer.CustomerListItem;
import no.kundeloft.notification.NotificationService;
import no.kundeloft.visit.ParticipantStatus;
import no.kundeloft.visit.VisitDetails;
import no.kundeloft.visit.VisitForm;
import no.kundeloft.visit.VisitMode;
import no.kundeloft.visit.VisitQueries;
import no.kundeloft.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VisitViewsTest extends KaribuTest {

    private static final LocalDateTime AT =
            TestClock.DEFAULT.plusDays(20).truncatedTo(ChronoUnit.DAYS).withHour(10);

    @Autowired VisitService visits;

    @Autowired VisitQueries visitQueries;
    @Autowired NotificationService notifications;

    private VisitDetails planForAm1() {
        login(s.am1());
        VisitForm form = new VisitForm();
        form.setCustomerId(s.c1().getId());
        form.setHostId(s.am1().getId());
        form.setStart(AT);
        form.setMode(VisitMode.ON_SITE);
        form.setPurpose("Yearly review");
        return visits.plan(form);
    }

    @Test
    void the_calendar_shows_the_visits_of_the_dates_it_asks_for() {
        VisitDetails visit = planForAm1();
        UI.getCurrent().navigate("visits");
        FullCalendar calendar = _get(FullCalendar.class, spec -> spec.withId("visits-calendar"));
        calendar.datesSet(
                AT.toLocalDate().minusDays(3).atStartOfDay().toString(),
                AT.toLocalDate().plusDays(4).atStartOfDay().toString());
        assertThat(calendar.getEvents())
                .contains(
                        "\"id\":\"" + visit.item().id() + "\"",
                        s.c1().getName(),
                        "\"start\":\"" + AT + "\"");
        calendar.datesSet(
                AT.toLocalDate().plusDays(5).atStartOfDay().toString(),
                AT.toLocalDate().plusDays(12).atStartOfDay().toString());
        assertThat(calendar.getEvents()).isEqualTo("[]");
        calendar.eventClicked(String.valueOf(visit.item().id()));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(VisitView.class);
    }

    @Test
    void
            the_feed_link_is_shown_once_when_it_is_made_and_the_dialog_later_says_since_when_it_is_on() {
        login(s.am1());
        UI.getCurrent().navigate("visits");
        _click(_get(Button.class, spec -> spec.withId("visits-feed")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("feed-state")).getText())
                .isEqualTo("Your feed is off.");
        _click(_get(Button.class, spec -> spec.withId("feed-renew")));
        TextField link = _get(TextField.class, spec -> spec.withId("feed-link"));
        assertThat(link.getValue()).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(_get(Paragraph.class, spec -> spec.withId("feed-state")).getText())
                .startsWith("Copy this link into your calendar now");
        _get(Dialog.class, spec -> spec.withId("feed-dialog")).close();

        _click(_get(Button.class, spec -> spec.withId("visits-feed")));
        assertThat(
                        com.github.mvysny.kaributesting.v10.LocatorJ._find(
                                TextField.class, spec -> spec.withId("feed-link")))
                .as("the link is not kept, so not shown")
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("feed-state")).getText())
                .startsWith("Your feed has been on since");
        _click(_get(Button.class, spec -> spec.withId("feed-off")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("feed-state")).getText())
                .isEqualTo("Your feed is off.");
    }

    @Test
    void a_seller_plans_a_visit_from_the_calendar_with_messages_on_missing_fields() {
        login(s.am1());
        UI.getCurrent().navigate("visits");
        _get(FullCalendar.class, spec -> spec.withId("visits-calendar"))
                .dateClicked(AT.toLocalDate().toString());
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("visit-start")).getValue())
                .isEqualTo(AT);
        _click(_get(Button.class, spec -> spec.withId("visit-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("visit-purpose")).getErrorMessage())
                .isEqualTo("Say what the visit is for");
        @SuppressWarnings("unchecked")
        ComboBox<CustomerListItem> customer =
                _get(ComboBox.class, spec -> spec.withId("visit-customer"));
        assertThat(customer.isInvalid()).isTrue();
        customer.setValue(
                customer.getLazyDataView()
                        .getItems()
                        .filter(c -> c.id().equals(s.c2().getId()))
                        .findFirst()
                        .orElseThrow());
        _get(TextField.class, spec -> spec.withId("visit-purpose")).setValue("Renewal");
        _click(_get(Button.class, spec -> spec.withId("visit-save")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(VisitView.class);
        assertThat(_get(Span.class, spec -> spec.withId("visit-status")).getText())
                .isEqualTo("Planned");
    }

    @Test
    void the_director_asks_to_join_and_the_host_accepts_on_the_visit_page() {
        VisitDetails visit = planForAm1();
        login(s.dir1());
        UI.getCurrent().navigate("visits/" + visit.item().id());
        _click(_get(Button.class, spec -> spec.withId("visit-join")));
        assertThat(_find(Button.class, spec -> spec.withId("visit-join"))).isEmpty();
        assertThat(
                        _get(
                                        com.vaadin.flow.component.html.Div.class,
                                        spec -> spec.withId("visit-participants"))
                                .getElement()
                                .getTextRecursively())
                .contains("Asks to join");

        login(s.am1());
        UI.getCurrent().navigate("visits/" + visit.item().id());
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText())
                .isEqualTo("1");
        _click(_get(Button.class, spec -> spec.withId("accept-" + s.dir1().getId())));
        assertThat(visitQueries.get(visit.item().id()).participants())
                .singleElement()
                .extracting(VisitDetails.Participant::status)
                .isEqualTo(ParticipantStatus.ACCEPTED);
        assertThat(
                        _get(
                                        com.vaadin.flow.component.html.Div.class,
                                        spec -> spec.withId("visit-participants"))
                                .getElement()
                                .getTextRecursively())
                .contains("Attending");
    }

    @Test
    void the_host_cancels_after_a_confirmation_and_a_booker_writes_the_need() {
        VisitDetails visit = planForAm1();
        UI.getCurrent().navigate("visits/" + visit.item().id());
        _click(_get(Button.class, spec -> spec.withId("visit-cancel")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(_get(Span.class, spec -> spec.withId("visit-status")).getText())
                .isEqualTo("Cancelled");

        login(s.booker());
        UI.getCurrent().navigate("visits");
        _click(_get(Button.class, spec -> spec.withId("visits-plan")));
        assertThat(_find(TextArea.class, spec -> spec.withId("visit-need"))).hasSize(1);
        UI.getCurrent().navigate("visits/" + visit.item().id());
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(no.kundeloft.shell.NotFoundView.class);
    }

    @Test
    void admins_have_no_visits() {
        login(s.admin());
        assertThatThrownBy(() -> UI.getCurrent().navigate("visits"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void the_briefing_shows_the_customers_figures_follow_ups_and_reports() {
        VisitDetails visit = planForAm1();
        login(s.dir1());
        UI.getCurrent().navigate("visits/" + visit.item().id() + "/briefing");
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText())
                .isEqualTo("Briefing: " + s.c1().getName());
        assertThat(_get(Span.class, spec -> spec.withId("briefing-ytd")).getText())
                .isEqualTo("NOK\u00a00");
        assertThat(_get(Span.class, spec -> spec.withId("briefing-owner-attainment")).getText())
                .isEqualTo("–");
        assertThat(
                        _get(
                                        com.vaadin.flow.component.html.Div.class,
                                        spec -> spec.withId("briefing-follow-ups"))
                                .getElement()
                                .getTextRecursively())
                .isEqualTo("No open tasks.");
        login(s.booker());
        assertThatThrownBy(
                        () -> UI.getCurrent().navigate("visits/" + visit.item().id() + "/briefing"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void the_director_sees_coverage_and_visits_to_join() {
        VisitDetails visit = planForAm1();
        login(s.dir1());
        UI.getCurrent().navigate("visits/coverage");
        assertThat(
                        _get(
                                        com.vaadin.flow.component.html.Paragraph.class,
                                        spec -> spec.withId("coverage-summary"))
                                .getText())
                .isEqualTo(
                        "1 key customers; 1 without a director at a visit in the last 12 months.");
        UI.getCurrent().navigate("visits/open");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<no.kundeloft.visit.OpenVisit> open =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("open-visits"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._findAll(open))
                .extracting(o -> o.visit().id())
                .containsExactly(visit.item().id());
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(open, 0))
                .contains("No director in 12 months");
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("open-key"))
                .setValue(true);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(open)).isZero();
        login(s.am1());
        assertThatThrownBy(() -> UI.getCurrent().navigate("visits/coverage"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void a_booker_sees_when_the_seller_is_busy_but_not_what_the_visit_is_and_picks_a_free_slot() {
        planForAm1();
        login(s.booker());
        UI.getCurrent().navigate("visits");
        _click(_get(Button.class, spec -> spec.withId("visits-plan")));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<no.kundeloft.visit.HostOption> host =
                _get(
                        com.vaadin.flow.component.select.Select.class,
                        spec -> spec.withId("visit-host"));
        host.setValue(
                host.getListDataView()
                        .getItems()
                        .filter(h -> h.id().equals(s.am1().getId()))
                        .findFirst()
                        .orElseThrow());
        // from the week of tomorrow (17 June) to the week of the visit (7 July)
        for (int week = 0; week < 3; week++) {
            _click(_get(Button.class, spec -> spec.withId("free-time-next")));
        }
        com.vaadin.flow.component.html.Div freeTime =
                _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("free-time"));
        assertThat(freeTime.getElement().getTextRecursively())
                .contains("am1 Testesen: free for 60 minutes, week of 6 Jul 2026")
                .contains("busy 10:00–11:00")
                .doesNotContain(s.c1().getName());
        assertThat(_find(freeTime, Button.class, spec -> spec.withText("10:00")))
                .as("the busy hour is not offered")
                .noneMatch(
                        slot -> AT.toString().equals(slot.getElement().getAttribute("data-start")));
        Button eleven =
                _find(freeTime, Button.class, spec -> spec.withText("11:00")).stream()
                        .filter(
                                slot ->
                                        AT.plusHours(1)
                                                .toString()
                                                .equals(
                                                        slot.getElement()
                                                                .getAttribute("data-start")))
                        .findFirst()
                        .orElseThrow();
        _click(eleven);
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("visit-start")).getValue())
                .isEqualTo(AT.plusHours(1));
    }
}
