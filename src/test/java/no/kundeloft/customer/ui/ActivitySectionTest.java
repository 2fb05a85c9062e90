package no.kundeloft.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.customer.ActivityKind;
import no.kundeloft.customer.ActivityService;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.customer.TimelineKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActivitySectionTest extends KaribuTest {

    @Autowired ActivityService activities;

    /** The calls and notes of the timeline (the customer's owner is a line of its own). */
    private List<String> entries() {
        return _find(Div.class, spec -> spec.withClasses("activity-entry")).stream()
                .filter(d -> d.hasClassName("timeline-call") || d.hasClassName("timeline-note"))
                .map(d -> d.getElement().getTextRecursively())
                .toList();
    }

    private ActivitySection open() {
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        return _get(ActivitySection.class);
    }

    @Test
    void a_call_is_logged_with_its_outcome_and_next_step_and_shown_first() {
        ActivitySection section = open();
        assertThat(entries()).isEmpty();
        section.text.setValue("Kari vil ha nytt tilbud");
        _click(section.log);
        assertThat(section.outcome.getErrorMessage()).isEqualTo("Choose how the call went.");
        assertThat(entries()).isEmpty();

        section.outcome.setValue(CallOutcome.REACHED);
        section.duration.setValue(12);
        section.nextStep.setValue("Send tilbud fredag");
        _click(section.log);
        assertThat(entries()).as("a next step needs its day").isEmpty();
        section.nextStepDue.setValue(TestClock.TODAY.plusDays(2));
        _click(section.log);
        assertThat(entries())
                .singleElement()
                .satisfies(
                        text ->
                                assertThat(text)
                                        .contains("Call with Kari Fjeld: Reached")
                                        .contains("am1 Testesen")
                                        .contains("Kari vil ha nytt tilbud")
                                        .contains("→ Send tilbud fredag"));
        assertThat(section.text.getValue()).isEmpty();
        assertThat(section.outcome.getValue()).isNull();
    }

    @Test
    void a_call_back_reads_call_back_and_needs_its_time() {
        ActivitySection section = open();
        section.outcome.setValue(CallOutcome.CALL_BACK);
        assertThat(section.nextStep.getValue())
                .as("the primary contact is preselected")
                .isEqualTo("Call back Kari Fjeld");
        section.nextStepDue.setValue(TestClock.TODAY.plusDays(1));
        _click(section.log);
        assertThat(entries()).isEmpty();
        section.nextStepTime.setValue(LocalTime.of(14, 30));
        _click(section.log);
        assertThat(entries())
                .singleElement()
                .satisfies(
                        text ->
                                assertThat(text)
                                        .contains("Call with Kari Fjeld: Call back")
                                        .contains("→ Call back Kari Fjeld"));
    }

    @Test
    void a_note_has_no_next_step() {
        ActivitySection section = open();
        section.kind.setValue(ActivityKind.NOTE);
        assertThat(BasicUtilsKt.isEffectivelyVisible(section.outcome)).isFalse();
        assertThat(BasicUtilsKt.isEffectivelyVisible(section.nextStep)).isFalse();
        section.text.setValue("Flytter til nye lokaler");
        _click(section.log);
        assertThat(entries())
                .singleElement()
                .satisfies(text -> assertThat(text).contains("Note").doesNotContain("→"));
    }

    @Test
    void an_empty_entry_is_refused_on_the_field() {
        ActivitySection section = open();
        section.kind.setValue(ActivityKind.NOTE);
        _click(section.log);
        assertThat(section.text.isInvalid()).isTrue();
        assertThat(section.text.getErrorMessage()).isEqualTo("What was said is required");
        assertThat(entries()).isEmpty();
    }

    @Test
    void the_timeline_is_filtered_by_kind() {
        login(s.am1());
        activities.logNote(s.c1().getId(), "Flytter i vår");
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        ActivitySection section = _get(ActivitySection.class);
        assertThat(entries()).hasSize(1);
        section.shown.setValue(Set.of(TimelineKind.OWNER));
        assertThat(entries()).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("timeline-owner")))
                .anySatisfy(
                        line ->
                                assertThat(line.getElement().getTextRecursively())
                                        .contains("Owner from this day: am1 Testesen"));
    }

    @Test
    void older_entries_come_on_request() {
        login(s.am1());
        for (int i = 0; i < ActivitySection.PAGE_SIZE + 3; i++) {
            activities.logNote(s.c1().getId(), "Notat " + i);
        }
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(_find(Div.class, spec -> spec.withClasses("activity-entry")))
                .hasSize(ActivitySection.PAGE_SIZE);
        _click(_get(Button.class, spec -> spec.withText("Show older")));
        assertThat(entries()).hasSize(ActivitySection.PAGE_SIZE + 3);
        assertThat(_find(Button.class, spec -> spec.withText("Show older"))).isEmpty();
    }

    @Test
    void a_director_reads_without_a_form() {
        login(s.dir1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(_find(Button.class, spec -> spec.withId("log-activity"))).isEmpty();
    }
}
