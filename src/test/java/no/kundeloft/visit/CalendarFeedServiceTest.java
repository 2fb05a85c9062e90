package no.kundeloft.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import no.kundeloft.ScenarioTest;
import no.kundeloft.SignIn;
import no.kundeloft.TestClock;
import no.kundeloft.organisation.AdminService;
import no.kundeloft.organisation.PeopleFilter;
import no.kundeloft.organisation.PersonForm;
import no.kundeloft.organisation.PersonRow;
import no.kundeloft.security.SalesRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

class CalendarFeedServiceTest extends ScenarioTest {

    @Autowired CalendarFeedService feeds;
    @Autowired VisitService visits;
    @Autowired CalendarFeedController controller;
    @Autowired jakarta.persistence.EntityManager em;
    @Autowired AdminService admin;

    private String read(String token) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        controller.feed(token, response);
        return response.getStatus() == 404
                ? null
                : response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_feed_shows_my_visits_without_a_session_and_a_revoked_or_renewed_token_is_not_found()
            throws Exception {
        signIn.as(s.am1());
        VisitForm form = new VisitForm();
        form.setCustomerId(s.c1().getId());
        form.setHostId(s.am1().getId());
        form.setStart(TestClock.DEFAULT.plusDays(3).truncatedTo(ChronoUnit.HOURS));
        form.setMode(VisitMode.PHONE);
        form.setPurpose("Follow up the offer");
        Long id = visits.plan(form).item().id();
        assertThat(feeds.myFeedSince()).isEmpty();
        String token = feeds.renew();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(feeds.myFeedSince()).contains(TestClock.NOW);

        SignIn.out();
        String feed = read(token);
        assertThat(feed)
                .contains("BEGIN:VCALENDAR", "UID:visit-" + id + "@kundeloft.no", s.c1().getName());
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

    @Test
    void only_the_tokens_fingerprint_is_stored() {
        signIn.as(s.am1());
        String token = feeds.renew();
        em.flush();
        Object stored =
                em.createNativeQuery("select token_hash from calendar_feed").getSingleResult();
        assertThat(stored)
                .isEqualTo(FeedTokens.fingerprint(token))
                .asString()
                .hasSize(64)
                .doesNotContain(token);
    }

    @Test
    void
            an_admin_turns_off_anyones_feed_and_deactivation_role_change_and_password_reset_turn_it_off()
                    throws Exception {
        signIn.as(s.am1());
        String am1 = feeds.renew();
        signIn.as(s.am2());
        String am2 = feeds.renew();
        signIn.as(s.am3());
        String am3 = feeds.renew();
        signIn.as(s.admin());
        assertThat(admin.people(PeopleFilter.none(), PageRequest.of(0, 50)).getContent())
                .filteredOn(PersonRow::calendarFeed)
                .extracting(PersonRow::username)
                .containsExactlyInAnyOrder("am1", "am2", "am3");
        admin.turnOffCalendarFeed(s.am1().getId());
        admin.resetPassword(s.am2().getId());
        PersonForm promoted = admin.form(s.am3().getId());
        promoted.setRole(SalesRole.KEY_ACCOUNT_MANAGER);
        admin.update(s.am3().getId(), promoted);
        em.flush();
        SignIn.out();
        assertThat(read(am1)).isNull();
        assertThat(read(am2)).isNull();
        assertThat(read(am3)).isNull();
    }

    @Test
    void only_admins_turn_off_someone_elses_feed() {
        signIn.as(s.lead1());
        assertThatThrownBy(() -> admin.turnOffCalendarFeed(s.am1().getId()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
