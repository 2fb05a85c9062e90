package no.kundeloft.visit;

import no.kundeloft.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import no.kundeloft.ScenarioTest;
import no.kundeloft.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

class CalendarFeedServiceTest extends ScenarioTest {

    @Autowired
    CalendarFeedService feeds;
    @Autowired
    VisitService visits;
    @Autowired
    CalendarFeedController controller;
    @Autowired
    jakarta.persistence.EntityManager em;

    private String read(String token) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        controller.feed(token, response);
        return response.getStatus() == 404 ? null : response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_feed_shows_my_visits_without_a_session_and_a_revoked_or_renewed_token_is_not_found() throws Exception {
        signIn.as(s.am1());
        VisitForm form = new VisitForm();
        form.setCustomerId(s.c1().getId());
        form.setHostId(s.am1().getId());
        form.setStart(TestClock.DEFAULT.plusDays(3).truncatedTo(ChronoUnit.HOURS));
        form.setMode(VisitMode.PHONE);
        form.setPurpose("Follow up the offer");
        Long id = visits.plan(form).item().id();
        assertThat(feeds.myToken()).isEmpty();
        String token = feeds.renew();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(feeds.myToken()).contains(token);

        SignIn.out();
        String feed = read(token);
        assertThat(feed).contains("BEGIN:VCALENDAR", "UID:visit-" + id + "@kundeloft.no", s.c1().getName());
        assertThat(read("not-a-token")).isNull();

        signIn.as(s.am1());
        String renewed = feeds.renew();
        assertThat(read(token)).isNull();
        assertThat(read(renewed)).contains("UID:visit-" + id);
        feeds.revoke();
        assertThat(read(renewed)).isNull();

        signIn.as(s.am3());
        String other = feeds.renew();
        assertThat(read(other)).doesNotContain("UID:visit-" + id);
    }

    @Test
    void a_deactivated_persons_feed_stops_answering_at_once() throws Exception {
        signIn.as(s.am1());
        String token = feeds.renew();
        SignIn.out();
        assertThat(read(token)).contains("BEGIN:VCALENDAR");
        em.merge(s.am1()).setActive(false);
        em.flush();
        assertThat(read(token)).isNull();
    }
}
