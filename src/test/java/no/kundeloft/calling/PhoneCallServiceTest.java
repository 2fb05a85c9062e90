package no.kundeloft.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import no.kundeloft.ScenarioTest;
import no.kundeloft.SignIn;
import no.kundeloft.TestClock;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.customer.CustomerActivity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PhoneCallServiceTest extends ScenarioTest {

    @Autowired PhoneCallService phone;
    @Autowired CallReviewService reviews;
    @Autowired EntityManager em;

    String token;

    @BeforeEach
    void aPhoneSystem() {
        signIn.as(s.admin());
        token = phone.add("Telia Smart Connect");
        SignIn.out();
    }

    private static OffsetDateTime minutesAgo(int minutes) {
        return TestClock.NOW.minusSeconds(60L * minutes).atOffset(ZoneOffset.ofHours(2));
    }

    @Test
    void
            a_posted_call_without_a_logged_one_is_logged_for_the_seller_at_the_contact_with_the_number_with_its_link() {
        Long id =
                phone.receive(
                        token,
                        new PhoneCall(
                                "AM1@test.example",
                                "0047 912 34 567",
                                minutesAgo(30),
                                95,
                                "https://phone.example/rec/1.mp3"));
        CustomerActivity call = em.find(CustomerActivity.class, id);
        assertThat(call.getAuthor()).isEqualTo(s.am1());
        assertThat(call.getContact().getFullName()).isEqualTo("Kari Fjeld");
        assertThat(call.getOutcome()).isEqualTo(CallOutcome.REACHED);
        assertThat(call.getDurationMinutes()).isEqualTo(2);
        signIn.as(s.am1());
        assertThat(reviews.call(id).recordingLink()).isEqualTo("https://phone.example/rec/1.mp3");
    }

    @Test
    void
            the_link_goes_to_the_call_the_seller_logged_around_that_time_and_a_second_post_replaces_it() {
        Long first =
                phone.receive(token, new PhoneCall("am1", "+4791234567", minutesAgo(60), 10, null));
        assertThat(em.find(CustomerActivity.class, first).getOutcome())
                .isEqualTo(CallOutcome.NO_ANSWER);
        Long again =
                phone.receive(
                        token,
                        new PhoneCall(
                                "am1",
                                "91234567",
                                minutesAgo(55),
                                10,
                                "https://phone.example/rec/2.mp3"));
        Long retried =
                phone.receive(
                        token,
                        new PhoneCall(
                                "am1",
                                "91234567",
                                minutesAgo(55),
                                10,
                                "https://phone.example/rec/3.mp3"));
        assertThat(again).isEqualTo(first);
        assertThat(retried).isEqualTo(first);
        signIn.as(s.am1());
        assertThat(reviews.call(first).recordingLink()).endsWith("3.mp3");
        assertThat(
                        em.createQuery(
                                        "select count(a) from CustomerActivity a where a.author.id = :me",
                                        Long.class)
                                .setParameter("me", s.am1().getId())
                                .getSingleResult())
                .isEqualTo(1);
    }

    @Test
    void a_bad_post_names_the_field_and_an_unknown_or_revoked_token_is_refused() {
        assertThatThrownBy(
                        () ->
                                phone.receive(
                                        "wrong",
                                        new PhoneCall("am1", "91234567", minutesAgo(1), 10, null)))
                .isInstanceOfSatisfying(
                        PhoneCallRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("token"));
        assertThatThrownBy(
                        () ->
                                phone.receive(
                                        token,
                                        new PhoneCall(
                                                "nobody", "91234567", minutesAgo(1), 10, null)))
                .isInstanceOfSatisfying(
                        PhoneCallRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("caller"));
        assertThatThrownBy(
                        () ->
                                phone.receive(
                                        token,
                                        new PhoneCall("am1", "123", minutesAgo(1), 10, null)))
                .isInstanceOfSatisfying(
                        PhoneCallRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("number"));
        assertThatThrownBy(
                        () ->
                                phone.receive(
                                        token,
                                        new PhoneCall("am1", "99999999", minutesAgo(1), 10, null)))
                .isInstanceOfSatisfying(
                        PhoneCallRejectedException.class,
                        e -> assertThat(e.getMessage()).contains("no contact"));
        assertThatThrownBy(
                        () ->
                                phone.receive(
                                        token,
                                        new PhoneCall(
                                                "am1", "91234567", minutesAgo(-60), 10, null)))
                .isInstanceOfSatisfying(
                        PhoneCallRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("startedAt"));
        assertThatThrownBy(
                        () ->
                                phone.receive(
                                        token,
                                        new PhoneCall("am1", "91234567", minutesAgo(1), -1, null)))
                .isInstanceOfSatisfying(
                        PhoneCallRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("durationSeconds"));
        assertThatThrownBy(
                        () ->
                                phone.receive(
                                        token,
                                        new PhoneCall(
                                                "am1",
                                                "91234567",
                                                minutesAgo(1),
                                                10,
                                                "javascript:alert(1)")))
                .isInstanceOfSatisfying(
                        PhoneCallRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("recordingUrl"));
        signIn.as(s.admin());
        phone.revoke(phone.integrations().getFirst().id());
        assertThat(phone.integrations().getFirst().revokedAt()).isNotNull();
        SignIn.out();
        assertThatThrownBy(
                        () ->
                                phone.receive(
                                        token,
                                        new PhoneCall("am1", "91234567", minutesAgo(1), 10, null)))
                .isInstanceOfSatisfying(
                        PhoneCallRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo("token"));
        signIn.as(s.lead1());
        assertThatThrownBy(() -> phone.integrations()).isInstanceOf(AccessDeniedException.class);
    }
}
