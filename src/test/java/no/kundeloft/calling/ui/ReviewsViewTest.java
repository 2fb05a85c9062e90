package no.kundeloft.calling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.calling.CallListService;
import no.kundeloft.calling.CallQueue;
import no.kundeloft.calling.CallResult;
import no.kundeloft.calling.CallReviewService;
import no.kundeloft.calling.CallingFixture;
import no.kundeloft.calling.ContactSelection;
import no.kundeloft.calling.ReviewedCall;
import no.kundeloft.customer.CallOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewsViewTest extends KaribuTest {

    @Autowired CallListService lists;
    @Autowired CallQueue queue;
    @Autowired CallReviewService reviews;
    @Autowired EntityManager em;

    CallingFixture.Telesales t;

    @BeforeEach
    void aRecordedCall() throws Exception {
        t = CallingFixture.telesales(em, s);
        login(t.lead5());
        Long listId = lists.create(CallingFixture.form(s, t, TestClock.TODAY)).id();
        lists.addContacts(listId, ContactSelection.standard());
        login(t.tele1());
        queue.record(
                queue.next(listId).card().entryId(),
                CallResult.of(CallOutcome.REACHED, "Hyggelig samtale"));
        Long callId =
                em.createQuery("select a.id from CustomerActivity a", Long.class).getSingleResult();
        Path file = Files.createTempFile("call", ".wav");
        byte[] wav = new byte[200];
        System.arraycopy("RIFF".getBytes(), 0, wav, 0, 4);
        System.arraycopy("WAVE".getBytes(), 0, wav, 8, 4);
        Files.write(file, wav);
        reviews.attachRecording(callId, file);
        Files.delete(file);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReviewedCall> grid() {
        return _get(Grid.class, spec -> spec.withId("reviews-grid"));
    }

    @Test
    void the_leader_listens_and_scores_and_the_seller_reads_it() {
        login(t.lead5());
        UI.getCurrent().navigate("calls/reviews");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        GridKt._clickItem(grid(), 0);
        assertThat(
                        _get(
                                        com.vaadin.flow.component.html.Div.class,
                                        spec -> spec.withClasses("review-recording"))
                                .getElement()
                                .getChildren()
                                .anyMatch(child -> "audio".equals(child.getTag())))
                .isTrue();
        _click(_get(Button.class, spec -> spec.withId("review-save")));
        assertThat(reviews.countReviewed()).as("every criterion must be scored").isZero();
        for (RadioButtonGroup<?> group : _find(RadioButtonGroup.class)) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Integer> score = (RadioButtonGroup<Integer>) group;
            score.setValue(4);
        }
        _get(TextArea.class, spec -> spec.withId("review-comment")).setValue("Godt jobbet.");
        _click(_get(Button.class, spec -> spec.withId("review-save")));
        assertThat(reviews.countReviewed()).isEqualTo(1);
        _get(ReviewDialog.class).close();

        login(t.tele1());
        UI.getCurrent().navigate("calls/reviews");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).reviews().getFirst().comment()).isEqualTo("Godt jobbet.");
        assertThat(_find(Button.class, spec -> spec.withId("review-save"))).isEmpty();
    }

    @Test
    void admins_add_a_scorecard_criterion_and_a_phone_system_whose_token_is_shown_once() {
        login(s.admin());
        UI.getCurrent().navigate("admin/scorecard");
        _get(TextField.class, spec -> spec.withId("criterion-name")).setValue("Tone");
        _click(_get(Button.class, spec -> spec.withId("criterion-add")));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("criteria-grid"))))
                .isEqualTo(5);
        UI.getCurrent().navigate("admin/phone-systems");
        _click(_get(Button.class, spec -> spec.withId("phone-system-add")));
        assertThat(_get(TextField.class, spec -> spec.withId("phone-system-name")).isInvalid())
                .isTrue();
        _get(TextField.class, spec -> spec.withId("phone-system-name")).setValue("Telia");
        _click(_get(Button.class, spec -> spec.withId("phone-system-add")));
        assertThat(_get(TextField.class, spec -> spec.withId("phone-system-token")).getValue())
                .hasSize(43);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("phone-systems-grid"))))
                .isEqualTo(1);
    }
}
