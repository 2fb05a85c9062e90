package no.kundeloft.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import no.kundeloft.KaribuTest;
import no.kundeloft.customer.ActivityKind;
import no.kundeloft.customer.ActivityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActivitySectionTest extends KaribuTest {

    @Autowired
    ActivityService activities;

    private List<String> entries() {
        return _find(Div.class, spec -> spec.withClasses("activity-entry")).stream()
                .map(d -> d.getElement().getTextRecursively()).toList();
    }

    private ActivitySection open() {
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        return _get(ActivitySection.class);
    }

    @Test
    void a_call_is_logged_with_its_next_step_and_shown_first() {
        ActivitySection section = open();
        assertThat(entries()).isEmpty();
        section.text.setValue("Kari vil ha nytt tilbud");
        section.nextStep.setValue("Send tilbud fredag");
        _click(section.log);
        assertThat(entries()).singleElement().satisfies(text -> assertThat(text)
                .contains("Call by am1 Testesen").contains("Kari vil ha nytt tilbud").contains("Next step: Send tilbud fredag"));
        assertThat(section.text.getValue()).isEmpty();
    }

    @Test
    void a_note_has_no_next_step() {
        ActivitySection section = open();
        section.kind.setValue(ActivityKind.NOTE);
        assertThat(section.nextStep.isVisible()).isFalse();
        section.text.setValue("Flytter til nye lokaler");
        _click(section.log);
        assertThat(entries()).singleElement().satisfies(text -> assertThat(text).contains("Note by").doesNotContain("Next step"));
    }

    @Test
    void an_empty_entry_is_refused_on_the_field() {
        ActivitySection section = open();
        _click(section.log);
        assertThat(section.text.isInvalid()).isTrue();
        assertThat(section.text.getErrorMessage()).isEqualTo("What was said is required");
        assertThat(entries()).isEmpty();
    }

    @Test
    void older_entries_come_on_request() {
        login(s.am1());
        for (int i = 0; i < ActivitySection.PAGE_SIZE + 3; i++) {
            activities.log(s.c1().getId(), ActivityKind.NOTE, "Notat " + i, null);
        }
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(entries()).hasSize(ActivitySection.PAGE_SIZE);
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
