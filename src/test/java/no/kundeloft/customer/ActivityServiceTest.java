package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ActivityServiceTest extends ScenarioTest {

    private static final Set<TimelineKind> LOG = Set.of(TimelineKind.CALL, TimelineKind.NOTE);

    @Autowired ActivityService activities;
    @Autowired CustomerTimelineService timeline;
    @Autowired EntityManager em;

    @Test
    void calls_and_notes_are_listed_newest_first_with_author_and_next_step() {
        signIn.as(s.am1());
        activities.logNote(s.c1().getId(), "Nytt lager i Drammen");
        activities.logCall(
                s.c1().getId(),
                new CallForm(
                        null,
                        CallOutcome.REACHED,
                        12,
                        "Snakket med Kari om rammeavtalen",
                        null,
                        "Send tilbud innen fredag",
                        TestClock.TODAY.plusDays(2),
                        null));
        List<TimelineEntry> page = timeline.page(s.c1().getId(), LOG, 0, 10);
        assertThat(page)
                .extracting(TimelineEntry::text)
                .containsExactly(
                        "Snakket med Kari om rammeavtalen\n→ Send tilbud innen fredag",
                        "Nytt lager i Drammen");
        assertThat(page.getFirst().byName()).isEqualTo("am1 Testesen");
        assertThat(timeline.count(s.c1().getId(), LOG)).isEqualTo(2);
    }

    @Test
    void a_call_names_its_contact_outcome_and_length_and_what_the_outcome_needs_is_required() {
        Contact kari = new Contact(s.c1(), "Kari Nordmann", "CFO", null, "+47 900 00 000");
        Contact other = new Contact(s.c3(), "Ola Hansen", null, null, null);
        em.persist(kari);
        em.persist(other);
        signIn.as(s.am1());
        ActivityItem call =
                activities.logCall(
                        s.c1().getId(),
                        new CallForm(
                                kari.getId(),
                                CallOutcome.NO_ANSWER,
                                0,
                                null,
                                null,
                                null,
                                null,
                                null));
        assertThat(call.contactName()).isEqualTo(kari.getFullName());
        assertThat(call.outcome().isConversation()).isFalse();
        assertThat(call.text()).isNull();

        assertThatThrownBy(
                        () ->
                                activities.logCall(
                                        s.c1().getId(),
                                        new CallForm(
                                                null,
                                                CallOutcome.NOT_INTERESTED,
                                                2,
                                                null,
                                                " ",
                                                null,
                                                null,
                                                null)))
                .isInstanceOf(CallRefusedException.class)
                .hasMessageContaining("reasonRequired");
        assertThatThrownBy(
                        () ->
                                activities.logCall(
                                        s.c1().getId(),
                                        new CallForm(
                                                null,
                                                CallOutcome.CALL_BACK,
                                                2,
                                                null,
                                                null,
                                                "Call back",
                                                TestClock.TODAY.plusDays(1),
                                                null)))
                .isInstanceOf(CallRefusedException.class)
                .hasMessageContaining("callBackWhen");
        assertThatThrownBy(
                        () ->
                                activities.logCall(
                                        s.c1().getId(),
                                        new CallForm(
                                                null,
                                                CallOutcome.REACHED,
                                                2,
                                                null,
                                                null,
                                                "Send the offer",
                                                null,
                                                null)))
                .isInstanceOf(CallRefusedException.class)
                .hasMessageContaining("nextStepDue");
        assertThatThrownBy(
                        () ->
                                activities.logCall(
                                        s.c1().getId(),
                                        new CallForm(
                                                null,
                                                CallOutcome.REACHED,
                                                601,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("durationMinutes");
        Long otherCustomersContact = other.getId();
        assertThatThrownBy(
                        () ->
                                activities.logCall(
                                        s.c1().getId(),
                                        new CallForm(
                                                otherCustomersContact,
                                                CallOutcome.REACHED,
                                                2,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(timeline.page(s.c1().getId(), LOG, 0, 10))
                .as("nothing of the refused calls")
                .hasSize(1);
    }

    @Test
    void the_log_is_read_in_pages() {
        signIn.as(s.am1());
        for (int i = 0; i < 12; i++) {
            activities.logNote(s.c1().getId(), "Notat " + i);
        }
        assertThat(timeline.count(s.c1().getId(), LOG)).isEqualTo(12);
        assertThat(timeline.page(s.c1().getId(), LOG, 10, 10))
                .extracting(TimelineEntry::text)
                .hasSize(2);
    }

    @Test
    void an_empty_text_is_refused() {
        signIn.as(s.am1());
        assertThatThrownBy(() -> activities.logNote(s.c1().getId(), "  "))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void another_managers_customer_log_is_not_found() {
        signIn.as(s.am2());
        assertThatThrownBy(() -> timeline.page(s.c1().getId(), LOG, 0, 10))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> activities.logNote(s.c1().getId(), "Hei"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_director_reads_the_log_but_does_not_write_to_it() {
        signIn.as(s.am1());
        activities.logNote(s.c1().getId(), "Notat");
        signIn.as(s.dir1());
        assertThat(timeline.page(s.c1().getId(), LOG, 0, 10)).hasSize(1);
        assertThatThrownBy(() -> activities.logNote(s.c1().getId(), "Hei"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
