package no.kundeloft.visit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.persistence.EntityManager;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.customer.Customer;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.organisation.Sector;
import no.kundeloft.visit.OverdueCustomer;
import no.kundeloft.visit.VisitForm;
import no.kundeloft.visit.VisitMode;
import no.kundeloft.visit.VisitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OverdueVisitsViewTest extends KaribuTest {

    @Autowired EntityManager em;
    @Autowired TestClock clock;
    @Autowired VisitService visits;

    @Test
    void the_home_page_shows_eight_and_links_to_all_of_them_a_page_at_a_time() {
        for (int i = 1; i <= 9; i++) {
            Customer customer =
                    new Customer("Ny kunde " + i + " AS", null, Sector.PRIVATE, s.am1());
            customer.setStatus(CustomerStatus.ACTIVE);
            em.persist(customer);
        }
        em.flush();
        login(s.am1());
        // c1 was last visited 200 days ago: overdue, but after every customer never visited
        clock.set(TestClock.DEFAULT.minusDays(200));
        VisitForm form = new VisitForm();
        form.setCustomerId(s.c1().getId());
        form.setHostId(s.am1().getId());
        form.setStart(TestClock.DEFAULT.minusDays(199));
        form.setMode(VisitMode.PHONE);
        form.setPurpose("Yearly review");
        visits.plan(form);
        clock.reset();
        UI.getCurrent().navigate("");
        Anchor all = _get(Anchor.class, spec -> spec.withId("overdue-all"));
        assertThat(all.getText()).isEqualTo("See all 11");

        UI.getCurrent().navigate(all.getHref());
        @SuppressWarnings("unchecked")
        Grid<OverdueCustomer> grid = _get(Grid.class, spec -> spec.withId("overdue-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(11);
        assertThat(GridKt._findAll(grid))
                .extracting(OverdueCustomer::name)
                .contains("Ny kunde 9 AS")
                .last()
                .isEqualTo("Fjordkraft Bygg AS");
        assertThat(GridKt._get(grid, 0).lastVisit()).isNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("overdue-count")).getText())
                .isEqualTo("Overdue for a visit (11)");
    }

    @Test
    void a_short_list_has_no_link_and_bookers_have_no_page() {
        login(s.am1());
        UI.getCurrent().navigate("");
        assertThat(_find(Anchor.class, spec -> spec.withId("overdue-all"))).isEmpty();
        login(s.booker());
        assertThatThrownBy(() -> UI.getCurrent().navigate("visits/overdue"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
