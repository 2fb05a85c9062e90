package no.kundeloft.stand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.calling.CallListService;
import no.kundeloft.calling.CallingFixture;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Sector;
import no.kundeloft.security.SalesRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class StandServiceTest extends ScenarioTest {

    @Autowired StandService stands;
    @Autowired StandRoutingService routing;
    @Autowired LeadService leads;
    @Autowired CallListService lists;
    @Autowired CustomerService customers;
    @Autowired EntityManager em;
    @Autowired no.kundeloft.TestClock clock;

    CallingFixture.Telesales t;
    Employee standSeller;
    Long standId;

    @BeforeEach
    void aStandToday() {
        t = CallingFixture.telesales(em, s);
        standSeller =
                new Employee(
                        "stand1",
                        "stand1 Testesen",
                        "stand1@test.example",
                        SalesRole.FIELD_SALES,
                        "x");
        standSeller.setTeam(t.t5());
        em.persist(standSeller);
        em.flush();
        signIn.as(t.lead5());
        standId =
                stands.plan(
                                new StandForm(
                                        t.t5().getId(),
                                        "Oslo S, hovedhallen",
                                        TestClock.TODAY,
                                        TestClock.TODAY.plusDays(1),
                                        Set.of(standSeller.getId())))
                        .id();
    }

    private static LeadForm lead(String name, String company, String phone) {
        LeadForm form = new LeadForm();
        form.setPersonName(name);
        form.setCompany(company);
        form.setPhone(phone);
        form.setConsent(true);
        return form;
    }

    @Test
    void
            a_lead_is_saved_once_per_key_with_its_consent_and_goes_round_robin_to_the_departments_account_managers() {
        signIn.as(standSeller);
        LeadSaved first =
                leads.register(
                        standId,
                        "key-1",
                        lead("Siv Berg", "Berg Bakeri AS", "+47 41 00 00 01"),
                        "Jeg samtykker …");
        LeadSaved again =
                leads.register(
                        standId,
                        "key-1",
                        lead("Siv Berg", "Berg Bakeri AS", "+47 41 00 00 01"),
                        "Jeg samtykker …");
        assertThat(again.leadId()).isEqualTo(first.leadId());
        assertThat(again.again()).isTrue();
        LeadSaved second =
                leads.register(
                        standId,
                        "key-2",
                        lead("Tor Dahl", "Dahl Rør AS", "41000002"),
                        "Jeg samtykker …");
        LeadSaved third =
                leads.register(
                        standId,
                        "key-3",
                        lead("Una Holm", "Holm IT AS", "41000003"),
                        "Jeg samtykker …");
        LeadSaved fourth =
                leads.register(
                        standId,
                        "key-4",
                        lead("Vegard Li", "Li Transport AS", "41000004"),
                        "Jeg samtykker …");
        // Øst's account managers by turn: am1, am2 (T1), am3 (T2), then am1 again
        assertThat(
                        List.of(
                                first.routedTo(),
                                second.routedTo(),
                                third.routedTo(),
                                fourth.routedTo()))
                .containsExactly("am1 Testesen", "am2 Testesen", "am3 Testesen", "am1 Testesen");
        assertThat(leads.takenToday())
                .hasSize(4)
                .first()
                .satisfies(
                        row -> {
                            assertThat(row.consentText()).isEqualTo("Jeg samtykker …");
                            assertThat(row.consentAt()).isEqualTo(TestClock.NOW);
                        });
        assertThat(em.createQuery("select count(l) from Lead l", Long.class).getSingleResult())
                .isEqualTo(4);
    }

    @Test
    void
            a_lead_without_consent_a_way_to_reach_them_or_a_company_is_refused_and_a_known_customer_is_named() {
        signIn.as(standSeller);
        LeadForm noConsent = lead("Siv Berg", "Berg Bakeri AS", "41000001");
        noConsent.setConsent(false);
        assertThatThrownBy(() -> leads.register(standId, "k1", noConsent, "…"))
                .hasMessageContaining("lead.refused.consent");
        assertThatThrownBy(
                        () ->
                                leads.register(
                                        standId,
                                        "k2",
                                        lead("Siv Berg", "Berg Bakeri AS", null),
                                        "…"))
                .hasMessageContaining("lead.refused.reach");
        assertThatThrownBy(
                        () ->
                                leads.register(
                                        standId, "k3", lead("Siv Berg", null, "41000001"), "…"))
                .hasMessageContaining("lead.refused.company");
        LeadForm badNumber = lead("Siv Berg", null, "41000001");
        badNumber.setOrgNumber("923 609 017");
        assertThatThrownBy(() -> leads.register(standId, "k4", badNumber, "…"))
                .hasMessageContaining("lead.refused.orgNumber");
        LeadForm known = lead("Kari Fjeld", null, "912 34 567");
        known.setOrgNumber("923 609 016");
        assertThat(leads.register(standId, "k5", known, "…").knownAs())
                .containsExactly("Fjordkraft Bygg AS");
    }

    @Test
    void
            rules_go_first_then_the_team_call_list_and_the_follower_qualifies_a_lead_into_a_prospect_of_their_own() {
        Long listId = lists.create(CallingFixture.form(s, t, TestClock.TODAY)).id();
        routing.setRouting(
                t.t5().getId(),
                new RoutingForm(
                        LeadRouting.Fallback.CALL_LIST,
                        listId,
                        List.of(
                                new RoutingForm.Rule(LeadRule.Kind.POSTCODE, "03", s.am3().getId()),
                                new RoutingForm.Rule(
                                        LeadRule.Kind.SECTOR, "PRIVATE", s.am2().getId()))));
        signIn.as(standSeller);
        LeadForm byPostcode = lead("Siv Berg", "Berg Bakeri AS", "41000001");
        byPostcode.setPostalCode("0301");
        assertThat(leads.register(standId, "k1", byPostcode, "…").routedTo())
                .isEqualTo("am3 Testesen");
        LeadForm knownPrivate = lead("Kari Fjeld", "Fjordkraft", "912 34 567");
        assertThat(leads.register(standId, "k2", knownPrivate, "…").routedTo())
                .isEqualTo("am2 Testesen");
        LeadSaved toList =
                leads.register(standId, "k3", lead("Tor Dahl", "Dahl Rør AS", "41000002"), "…");
        assertThat(toList.callListName()).isEqualTo("Høstkampanje");

        signIn.as(t.tele2());
        assertThat(leads.toFollowUp()).extracting(LeadRow::personName).containsExactly("Tor Dahl");
        assertThatThrownBy(
                        () ->
                                leads.qualify(
                                        toList.leadId(),
                                        new QualifyForm(null, "Dahl Rør AS", null, null)))
                .hasMessageContaining("lead.refused.prospect");
        LeadRow qualified =
                leads.qualify(
                        toList.leadId(),
                        new QualifyForm(null, "Dahl Rør AS", null, Sector.PRIVATE));
        assertThat(qualified.state()).isEqualTo(LeadState.QUALIFIED);
        assertThat(customers.count(no.kundeloft.customer.CustomerFilter.text("Dahl Rør")))
                .isEqualTo(1);
        assertThat(leads.toFollowUp()).isEmpty();
        assertThatThrownBy(() -> leads.close(toList.leadId(), "x"))
                .hasMessageContaining("lead.refused.done");
        signIn.as(s.am1());
        assertThatThrownBy(() -> leads.contacted(toList.leadId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_lead_nobody_contacted_within_48_hours_shows_for_the_team_leader_until_contacted() {
        signIn.as(standSeller);
        LeadSaved lead =
                leads.register(standId, "k1", lead("Siv Berg", "Berg Bakeri AS", "41000001"), "…");
        clock.set(TestClock.DEFAULT.plusHours(47));
        signIn.as(t.lead5());
        assertThat(stands.notFollowedUp()).isEmpty();
        clock.set(TestClock.DEFAULT.plusHours(49));
        assertThat(stands.notFollowedUp())
                .extracting(LeadRow::personName)
                .containsExactly("Siv Berg");
        signIn.as(s.mgrA());
        assertThat(stands.notFollowedUp()).hasSize(1);
        signIn.as(s.lead1());
        assertThat(stands.notFollowedUp()).isEmpty();
        signIn.as(s.am1());
        leads.contacted(lead.leadId());
        signIn.as(t.lead5());
        assertThat(stands.notFollowedUp()).isEmpty();
        assertThat(stands.days(standId))
                .singleElement()
                .satisfies(
                        day -> {
                            assertThat(day.leads()).isEqualTo(1);
                            assertThat(day.contacted()).isEqualTo(1);
                        });
        assertThat(stands.leaderboard(standId))
                .containsExactly(new LeaderboardRow("stand1 Testesen", 1, 0));
    }

    @Test
    void only_those_working_the_stand_today_register_leads_and_only_leaders_of_the_team_plan_it() {
        signIn.as(t.tele1());
        assertThatThrownBy(
                        () ->
                                leads.register(
                                        standId,
                                        "k1",
                                        lead("Siv Berg", "Berg AS", "41000001"),
                                        "…"))
                .isInstanceOf(NotFoundException.class);
        assertThat(stands.stands(0, 10)).hasSize(1);
        signIn.as(standSeller);
        clock.set(TestClock.DEFAULT.plusDays(2));
        assertThatThrownBy(
                        () ->
                                leads.register(
                                        standId,
                                        "k1",
                                        lead("Siv Berg", "Berg AS", "41000001"),
                                        "…"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () ->
                                stands.plan(
                                        new StandForm(
                                                t.t5().getId(),
                                                "X",
                                                TestClock.TODAY,
                                                TestClock.TODAY,
                                                Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(s.lead1());
        assertThat(stands.stands(0, 10)).isEmpty();
        assertThatThrownBy(() -> stands.days(standId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () ->
                                stands.plan(
                                        new StandForm(
                                                t.t5().getId(),
                                                "X",
                                                TestClock.TODAY,
                                                TestClock.TODAY,
                                                Set.of())))
                .isInstanceOf(NotFoundException.class);
        signIn.as(t.lead5());
        assertThatThrownBy(
                        () ->
                                stands.plan(
                                        new StandForm(
                                                t.t5().getId(),
                                                "X",
                                                TestClock.TODAY,
                                                TestClock.TODAY,
                                                Set.of(s.am1().getId()))))
                .hasMessageContaining("stand.refused.sellers");
        signIn.as(s.dir1());
        assertThat(stands.stands(0, 10)).hasSize(1);
        signIn.as(s.dir2());
        assertThat(stands.stands(0, 10)).isEmpty();
    }
}
