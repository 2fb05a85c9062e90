package no.kundeloft.calling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.calling.CallListRow;
import no.kundeloft.calling.CallListService;
import no.kundeloft.calling.CallingFixture;
import no.kundeloft.calling.ContactSelection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CallsViewTest extends KaribuTest {

    @Autowired CallListService lists;
    @Autowired EntityManager em;

    CallingFixture.Telesales t;

    @BeforeEach
    void aRunningList() {
        t = CallingFixture.telesales(em, s);
        login(t.lead5());
        Long id = lists.create(CallingFixture.form(s, t, TestClock.TODAY)).id();
        lists.addContacts(id, ContactSelection.standard());
    }

    private static String company() {
        return _get(H3.class, spec -> spec.withId("call-company")).getText();
    }

    @Test
    void the_caller_sees_the_contact_with_a_phone_link_and_moves_on_with_a_button_or_a_key() {
        login(t.tele1());
        UI.getCurrent().navigate("calls");
        String first = company();
        assertThat(_get(Anchor.class, spec -> spec.withId("call-phone")).getHref())
                .startsWith("tel:+47");
        assertThat(_get(Paragraph.class, spec -> spec.withId("calls-waiting")).getText())
                .contains("3 waiting");
        _click(_get(Button.class, spec -> spec.withId("outcome-no-answer")));
        String second = company();
        assertThat(second).isNotEqualTo(first);
        _get(CallerPanel.class).outcomeKey(2);
        String third = company();
        assertThat(third).isNotIn(first, second);
        _click(_get(Button.class, spec -> spec.withId("call-skip")));
        // the two called wait an hour, the skipped one half an hour: nobody is due now
        assertThat(_get(Paragraph.class, spec -> spec.withId("calls-why")).getText())
                .startsWith("Nobody is due a call right now");
    }

    @Test
    void not_interested_asks_why_and_can_keep_the_contact_from_ever_being_called_again() {
        login(t.tele1());
        UI.getCurrent().navigate("calls");
        String first = company();
        _get(CallerPanel.class).outcomeKey(6);
        _click(_get(Button.class, spec -> spec.withId("outcome-save")));
        assertThat(_get(ComboBox.class, spec -> spec.withId("call-reason")).isInvalid()).isTrue();
        assertThat(company()).isEqualTo(first);
        @SuppressWarnings("unchecked")
        ComboBox<String> reason = _get(ComboBox.class, spec -> spec.withId("call-reason"));
        reason.setValue("No need right now");
        _get(
                        com.vaadin.flow.component.checkbox.Checkbox.class,
                        spec -> spec.withId("call-do-not-call"))
                .setValue(true);
        _click(_get(Button.class, spec -> spec.withId("outcome-save")));
        assertThat(company()).isNotEqualTo(first);
        assertThat(
                        em.createQuery(
                                        "select count(k) from Contact k where k.doNotCall = true",
                                        Long.class)
                                .getSingleResult())
                .isEqualTo(1);
    }

    @Test
    void a_caller_without_a_list_is_told_so() {
        login(s.booker());
        UI.getCurrent().navigate("calls");
        assertThat(_get(Paragraph.class, spec -> spec.withId("calls-no-list")).getText())
                .contains("No call list is given to you");
    }

    @Test
    void the_leader_follows_the_list_and_sets_up_a_new_one_a_director_only_reads() {
        login(t.lead5());
        UI.getCurrent().navigate("calls");
        @SuppressWarnings("unchecked")
        Grid<CallListRow> grid = _get(Grid.class, spec -> spec.withId("call-lists-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).waiting()).isEqualTo(3);
        _click(_get(Button.class, spec -> spec.withId("call-list-new")));
        _click(_get(Button.class, spec -> spec.withId("call-list-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("call-list-name")).isInvalid())
                .as("a name is required")
                .isTrue();
        assertThat(lists.count()).isEqualTo(1);

        login(s.dir1());
        UI.getCurrent().navigate("calls");
        assertThat(_find(Button.class, spec -> spec.withId("call-list-new"))).isEmpty();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("call-lists-grid"))))
                .isEqualTo(1);
    }

    @Test
    void the_leader_previews_a_selection_and_adds_its_contacts_to_a_list() {
        login(t.lead5());
        UI.getCurrent().navigate("calls");
        @SuppressWarnings("unchecked")
        Grid<CallListRow> grid = _get(Grid.class, spec -> spec.withId("call-lists-grid"));
        GridKt._clickItem(grid, 0);
        _click(_get(Button.class, spec -> spec.withId("selection-preview-button")));
        String preview =
                _get(
                                com.vaadin.flow.component.html.Paragraph.class,
                                spec -> spec.withId("selection-preview"))
                        .getText();
        assertThat(preview).contains("already on the list");

        _click(_get(Button.class, spec -> spec.withId("selection-add")));
        assertThat(
                        _get(
                                        com.vaadin.flow.component.html.Paragraph.class,
                                        spec -> spec.withId("selection-preview"))
                                .getText())
                .endsWith("contacts added.");
        assertThat(GridKt._get(grid, 0).waiting()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void sellers_may_not_open_the_calls_page() {
        login(s.am1());
        assertThatThrownBy(() -> UI.getCurrent().navigate("calls"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(
                        em.createQuery(
                                        "select count(k) from Contact k where k.doNotCall = true",
                                        Long.class)
                                .getSingleResult())
                .isZero();
    }
}
