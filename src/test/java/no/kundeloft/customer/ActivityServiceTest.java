package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import no.kundeloft.ScenarioTest;
import no.kundeloft.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

class ActivityServiceTest extends ScenarioTest {

    @Autowired
    ActivityService activities;

    @Test
    void calls_and_notes_are_listed_newest_first_with_author_and_next_step() {
        signIn.as(s.am1());
        activities.log(s.c1().getId(), ActivityKind.NOTE, "Nytt lager i Drammen", null);
        activities.log(s.c1().getId(), ActivityKind.CALL, "Snakket med Kari om rammeavtalen", "Send tilbud innen fredag");
        var page = activities.list(s.c1().getId(), PageRequest.of(0, 10));
        assertThat(page.getContent()).extracting(ActivityItem::text)
                .containsExactly("Snakket med Kari om rammeavtalen", "Nytt lager i Drammen");
        assertThat(page.getContent().getFirst().nextStep()).isEqualTo("Send tilbud innen fredag");
        assertThat(page.getContent().getFirst().authorName()).isEqualTo("am1 Testesen");
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void the_log_is_read_in_pages() {
        signIn.as(s.am1());
        for (int i = 0; i < 12; i++) {
            activities.log(s.c1().getId(), ActivityKind.NOTE, "Notat " + i, null);
        }
        assertThat(activities.list(s.c1().getId(), PageRequest.of(0, 10)).hasNext()).isTrue();
        assertThat(activities.list(s.c1().getId(), PageRequest.of(1, 10)).getContent()).hasSize(2);
    }

    @Test
    void an_empty_text_is_refused() {
        signIn.as(s.am1());
        assertThatThrownBy(() -> activities.log(s.c1().getId(), ActivityKind.CALL, "  ", null))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void another_managers_customer_log_is_not_found() {
        signIn.as(s.am2());
        assertThatThrownBy(() -> activities.list(s.c1().getId(), PageRequest.of(0, 10))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> activities.log(s.c1().getId(), ActivityKind.NOTE, "Hei", null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_director_reads_the_log_but_does_not_write_to_it() {
        signIn.as(s.am1());
        activities.log(s.c1().getId(), ActivityKind.NOTE, "Notat", null);
        signIn.as(s.dir1());
        assertThat(activities.list(s.c1().getId(), PageRequest.of(0, 10)).getContent()).hasSize(1);
        assertThatThrownBy(() -> activities.log(s.c1().getId(), ActivityKind.NOTE, "Hei", null)).isInstanceOf(AccessDeniedException.class);
    }
}
