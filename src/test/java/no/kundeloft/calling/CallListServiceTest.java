package no.kundeloft.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalTime;
import java.util.Set;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.CustomerTier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class CallListServiceTest extends ScenarioTest {

    @Autowired CallListService lists;
    @Autowired EntityManager em;

    CallingFixture.Telesales t;

    @BeforeEach
    void telesales() {
        t = CallingFixture.telesales(em, s);
    }

    private CallListDetails built() {
        signIn.as(t.lead5());
        CallListDetails list = lists.create(CallingFixture.form(s, t, TestClock.TODAY));
        lists.addContacts(list.id(), ContactSelection.standard());
        return list;
    }

    @Test
    void
            a_telesales_leader_draws_on_the_department_and_adds_the_primary_contacts_with_a_phone_once() {
        CallListDetails list = built();
        assertThat(list.status()).isEqualTo(CallListStatus.RUNNING);
        assertThat(lists.teamChoices())
                .extracting(o -> o.name())
                .containsExactlyInAnyOrder("T1", "T2", "T5");
        assertThat(lists.callerChoices())
                .extracting(PersonChoice::fullName)
                .contains("tele1 Testesen", "tele2 Testesen", "booker Testesen");
        assertThat(lists.sellerChoices(Set.of(s.t1().getId())))
                .extracting(PersonChoice::fullName)
                .containsExactlyInAnyOrder(
                        "am1 Testesen", "am2 Testesen", "kam1 Testesen", "lead1 Testesen");
        // c1's Kari Fjeld, c2's and c3's primary contacts; c1's Per Lund has no number, k1 is a key
        // customer, c4 is T2's
        assertThat(lists.rows(0, 10))
                .singleElement()
                .satisfies(
                        row -> {
                            assertThat(row.waiting()).isEqualTo(3);
                            assertThat(row.callers()).isEqualTo(2);
                        });
        assertThat(lists.preview(list.id(), ContactSelection.standard()))
                .isEqualTo(new SelectionPreview(0, 3, 0, 0));
        assertThat(lists.addContacts(list.id(), ContactSelection.standard())).isZero();
    }

    @Test
    void
            contacts_who_asked_not_to_be_called_and_customers_that_declined_are_left_out_and_counted() {
        signIn.as(t.lead5());
        CallListDetails list = lists.create(CallingFixture.form(s, t, TestClock.TODAY));
        Contact kari =
                em.createQuery(
                                "select k from Contact k where k.fullName = 'Kari Fjeld'",
                                Contact.class)
                        .getSingleResult();
        kari.setDoNotCall(true, TestClock.NOW);
        em.createNativeQuery(
                        "insert into customer_activity (id, version, customer_id, author_id, kind, occurred_at, outcome, reason)"
                                + " values (nextval('entity_seq'), 0, ?1, ?2, 'CALL', ?3, 'NOT_INTERESTED', 'Nei takk')")
                .setParameter(1, s.c3().getId())
                .setParameter(2, s.am2().getId())
                .setParameter(3, TestClock.NOW.minusSeconds(86_400 * 10))
                .executeUpdate();
        ContactSelection everyone =
                new ContactSelection(Set.of(), null, CustomerTier.STANDARD, null, true, 0);
        assertThat(lists.preview(list.id(), everyone)).isEqualTo(new SelectionPreview(1, 0, 1, 1));
        assertThat(lists.addContacts(list.id(), everyone)).isEqualTo(1);
    }

    @Test
    void
            a_list_is_refused_with_a_reason_for_a_team_outside_the_department_a_seller_outside_its_teams_or_a_bad_period() {
        signIn.as(t.lead5());
        CallListForm otherDepartment = CallingFixture.form(s, t, TestClock.TODAY);
        otherDepartment.setTeamIds(Set.of(s.am4().getTeam().getId()));
        otherDepartment.setSellerIds(Set.of());
        assertThatThrownBy(() -> lists.create(otherDepartment))
                .hasMessageContaining("callList.refused.teams");
        CallListForm sellerElsewhere = CallingFixture.form(s, t, TestClock.TODAY);
        sellerElsewhere.setSellerIds(Set.of(s.am3().getId()));
        assertThatThrownBy(() -> lists.create(sellerElsewhere))
                .hasMessageContaining("callList.refused.sellers");
        CallListForm backwards = CallingFixture.form(s, t, TestClock.TODAY);
        backwards.setEndsOn(backwards.getStartsOn().minusDays(1));
        assertThatThrownBy(() -> lists.create(backwards))
                .hasMessageContaining("callList.refused.period");
        CallListForm hours = CallingFixture.form(s, t, TestClock.TODAY);
        hours.setCallsUntil(LocalTime.of(8, 0));
        assertThatThrownBy(() -> lists.create(hours))
                .hasMessageContaining("callList.refused.hours");
        CallListForm notMine = CallingFixture.form(s, t, TestClock.TODAY);
        notMine.setCallerIds(Set.of(s.am1().getId()));
        assertThatThrownBy(() -> lists.create(notMine))
                .hasMessageContaining("callList.refused.callers");
        assertThat(lists.count()).isZero();
    }

    @Test
    void a_change_from_an_old_version_is_refused_and_a_stopped_list_is_stopped() {
        CallListDetails list = built();
        CallListForm form = list.form();
        form.setName("Ny runde");
        CallListDetails changed = lists.update(list.id(), form);
        assertThat(changed.form().getName()).isEqualTo("Ny runde");
        assertThatThrownBy(() -> lists.update(list.id(), form))
                .hasMessageContaining("callList.refused.changed");
        assertThat(lists.stop(list.id(), changed.form().getVersion()).status())
                .isEqualTo(CallListStatus.STOPPED);
    }

    @Test
    void
            callers_see_the_lists_given_to_them_leaders_those_of_their_area_and_nobody_else_anything() {
        CallListDetails list = built();
        signIn.as(t.tele1());
        assertThat(lists.myRunning()).extracting(CallListRow::id).containsExactly(list.id());
        assertThat(lists.get(list.id()).editable()).isFalse();
        signIn.as(s.mgrA());
        assertThat(lists.get(list.id()).editable()).isTrue();
        signIn.as(s.dir1());
        assertThat(lists.rows(0, 10)).hasSize(1);
        assertThat(lists.get(list.id()).editable()).isFalse();
        assertThatThrownBy(() -> lists.addContacts(list.id(), ContactSelection.standard()))
                .isInstanceOf(AccessDeniedException.class);
        for (var outsider : new Object[] {s.lead1(), s.mgrB(), s.dir2(), s.booker()}) {
            signIn.as((no.kundeloft.organisation.Employee) outsider);
            assertThat(lists.rows(0, 10)).as("%s", outsider).isEmpty();
            assertThatThrownBy(() -> lists.get(list.id()))
                    .as("%s", outsider)
                    .isInstanceOf(NotFoundException.class);
        }
        signIn.as(s.lead1());
        assertThatThrownBy(() -> lists.preview(list.id(), ContactSelection.standard()))
                .isInstanceOf(NotFoundException.class);
        signIn.as(s.am1());
        assertThatThrownBy(() -> lists.rows(0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
