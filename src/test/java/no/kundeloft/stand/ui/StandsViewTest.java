package no.kundeloft.stand.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import java.util.Set;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.calling.CallingFixture;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.Sector;
import no.kundeloft.security.SalesRole;
import no.kundeloft.stand.StandForm;
import no.kundeloft.stand.StandService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StandsViewTest extends KaribuTest {

    @Autowired StandService stands;
    @Autowired EntityManager em;

    CallingFixture.Telesales t;
    Employee standSeller;

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
        login(t.lead5());
        stands.plan(
                new StandForm(
                        t.t5().getId(),
                        "Oslo S",
                        TestClock.TODAY,
                        TestClock.TODAY,
                        Set.of(standSeller.getId())));
    }

    private static void type(String id, String value) {
        _get(TextField.class, spec -> spec.withId(id)).setValue(value);
    }

    @Test
    void the_stand_seller_saves_a_lead_once_and_the_account_manager_makes_it_a_contact() {
        login(standSeller);
        UI.getCurrent().navigate("stands");
        LeadFormPanel form = _get(LeadFormPanel.class);
        form.save("browser-key-1");
        assertThat(_get(TextField.class, spec -> spec.withId("lead-name")).isInvalid())
                .as("a name is required")
                .isTrue();
        type("lead-name", "Siv Berg");
        type("lead-company", "Berg Bakeri AS");
        type("lead-phone", "+47 41 00 00 01");
        form.save("browser-key-1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("lead-result")).getText()).isEmpty();
        _get(Checkbox.class, spec -> spec.withId("lead-consent")).setValue(true);
        form.save("browser-key-1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("lead-result")).getText())
                .startsWith("Saved. It goes to am1 Testesen");
        assertThat(_get(TextField.class, spec -> spec.withId("lead-name")).getValue())
                .as("an empty form for the next")
                .isEmpty();
        type("lead-name", "Siv Berg");
        type("lead-company", "Berg Bakeri AS");
        type("lead-phone", "+47 41 00 00 01");
        _get(Checkbox.class, spec -> spec.withId("lead-consent")).setValue(true);
        form.save("browser-key-1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("lead-result")).getText())
                .startsWith("This lead was already saved");
        assertThat(_get(H3.class, spec -> spec.withText("One lead today"))).isNotNull();

        login(s.am1());
        UI.getCurrent().navigate("stands");
        assertThat(_get(H3.class, spec -> spec.withText("Leads for you to follow up (1)")))
                .isNotNull();
        Long leadId = em.createQuery("select l.id from Lead l", Long.class).getSingleResult();
        _click(_get(Button.class, spec -> spec.withId("lead-qualify-" + leadId)));
        @SuppressWarnings("unchecked")
        Select<Sector> sector = _get(Select.class, spec -> spec.withId("lead-qualify-sector"));
        sector.setValue(Sector.PRIVATE);
        _click(_get(Button.class, spec -> spec.withId("lead-qualify-save")));
        assertThat(_find(H3.class, spec -> spec.withText("Leads for you to follow up (1)")))
                .isEmpty();
        assertThat(
                        em.createQuery(
                                        "select count(c) from Customer c where c.name = 'Berg Bakeri AS'",
                                        Long.class)
                                .getSingleResult())
                .isEqualTo(1);
    }

    @Test
    void the_leader_sees_the_stands_and_the_leads_waiting_for_a_first_contact() {
        login(t.lead5());
        UI.getCurrent().navigate("stands");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("stands-grid")))).isEqualTo(1);
        assertThat(_get(H3.class, spec -> spec.withText("Not contacted within 48 hours (0)")))
                .isNotNull();
        assertThat(_find(LeadFormPanel.class)).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("stand-new")));
        _click(_get(Button.class, spec -> spec.withId("stand-save")));
        assertThat(stands.count()).as("a place is required").isEqualTo(1);
    }
}
