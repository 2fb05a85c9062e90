package no.kundeloft.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.customer.Contact;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.RecentItemService;
import no.kundeloft.organisation.RecentKind;
import no.kundeloft.pipeline.DealForms;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.visit.VisitForm;
import no.kundeloft.visit.VisitMode;
import no.kundeloft.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SearchServiceTest extends ScenarioTest {

    @Autowired SearchService search;
    @Autowired RecentItemService recentItems;
    @Autowired DealService deals;
    @Autowired VisitService visits;
    @Autowired EntityManager em;
    @Autowired TestClock clock;

    private List<String> titles(Employee who, String text) {
        signIn.as(who);
        return search.search(text, 5).stream().map(SearchHit::title).toList();
    }

    @Test
    void a_contact_is_found_by_any_way_its_phone_number_is_written() {
        em.persist(
                new Contact(
                        s.c1(), "Kari Nordmann", "CFO", "kari@fjord.example", "+47 900 12 345"));
        em.flush();
        for (String typed :
                List.of(
                        "90012345",
                        "900 12 345",
                        "+47 90012345",
                        "0047 900 12 345",
                        "12345",
                        "kari@fjord",
                        "nordm")) {
            assertThat(titles(s.am1(), typed)).as(typed).contains("Kari Nordmann");
        }
        assertThat(titles(s.am1(), "123"))
                .as("too few digits for a number")
                .doesNotContain("Kari Nordmann");
        signIn.as(s.am1());
        assertThat(search.search("90012345", 5))
                .singleElement()
                .satisfies(
                        hit -> {
                            assertThat(hit.kind()).isEqualTo(SearchKind.CONTACT);
                            assertThat(hit.link()).isEqualTo("customers/" + s.c1().getId());
                            assertThat(hit.detail()).contains(s.c1().getName(), "+47 900 12 345");
                        });
    }

    @Test
    void customers_are_found_by_name_and_organisation_number_within_the_scope_only() {
        String name = s.c1().getName();
        String fragment = name.substring(0, 4);
        assertThat(titles(s.am1(), fragment)).contains(name);
        assertThat(titles(s.lead1(), fragment)).contains(name);
        assertThat(titles(s.booker(), fragment)).contains(name);
        for (Employee outsider : List.of(s.am2(), s.am3(), s.lead2(), s.mgrB(), s.dir2())) {
            assertThat(titles(outsider, fragment)).as(outsider.getUsername()).doesNotContain(name);
        }
        if (s.c1().getOrgNumber() != null) {
            assertThat(titles(s.am1(), s.c1().getOrgNumber().substring(0, 6))).contains(name);
            assertThat(titles(s.am3(), s.c1().getOrgNumber().substring(0, 6))).doesNotContain(name);
        }
    }

    @Test
    void deals_visits_and_people_follow_their_own_pages_rules() {
        signIn.as(s.am1());
        deals.create(DealForms.growth(s.c1(), s.am1(), "Skyplattform Zeta"));
        VisitForm visit = new VisitForm();
        visit.setCustomerId(s.c1().getId());
        visit.setHostId(s.am1().getId());
        visit.setStart(TestClock.DEFAULT.plusDays(3));
        visit.setMode(VisitMode.PHONE);
        visit.setPurpose("Zeta review");
        visits.plan(visit);

        assertThat(titles(s.am1(), "zeta")).containsExactly("Zeta review", "Skyplattform Zeta");
        assertThat(titles(s.dir1(), "zeta")).containsExactly("Zeta review", "Skyplattform Zeta");
        assertThat(titles(s.booker(), "zeta"))
                .as("a booker finds no deals and only her own bookings")
                .isEmpty();
        assertThat(titles(s.am3(), "zeta")).isEmpty();
        assertThat(titles(s.lead1(), "am1 test")).contains("am1 Testesen", "kam1 Testesen");
        assertThat(titles(s.lead2(), "am1 test")).as("another team's leader").isEmpty();
        assertThat(titles(s.am2(), "am1 test")).as("a seller finds only themselves").isEmpty();
        assertThat(titles(s.booker(), "am1 test")).isEmpty();
    }

    @Test
    void recent_items_are_the_last_ten_opened_still_in_scope_newest_first() {
        signIn.as(s.am1());
        recentItems.opened(RecentKind.CUSTOMER, s.c2().getId());
        clock.set(TestClock.DEFAULT.plusMinutes(1));
        recentItems.opened(RecentKind.CUSTOMER, s.c1().getId());
        clock.set(TestClock.DEFAULT.plusMinutes(2));
        recentItems.opened(RecentKind.CUSTOMER, s.c2().getId());
        assertThat(search.recent())
                .extracting(SearchHit::id)
                .containsExactly(s.c2().getId(), s.c1().getId());
        for (long i = 0; i < 12; i++) {
            recentItems.opened(RecentKind.VISIT, 1_000_000 + i);
        }
        assertThat(recentItems.mine()).hasSize(RecentItemService.KEPT);
        assertThat(search.recent()).as("visits that do not exist are not shown").isEmpty();

        recentItems.opened(RecentKind.CUSTOMER, s.c1().getId());
        em.flush();
        em.createNativeQuery("update customer set owner_id = ?1 where id = ?2")
                .setParameter(1, s.am3().getId())
                .setParameter(2, s.c1().getId())
                .executeUpdate();
        em.clear();
        assertThat(search.recent())
                .as("a customer given to another team is no longer shown")
                .isEmpty();
        signIn.as(s.am2());
        assertThat(search.recent()).as("each user has their own").isEmpty();
    }
}
