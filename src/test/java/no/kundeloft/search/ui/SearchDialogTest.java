package no.kundeloft.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import no.kundeloft.KaribuTest;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.ui.CustomerDetailView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SearchDialogTest extends KaribuTest {

    @Autowired EntityManager em;

    private String results() {
        return _get(Div.class, spec -> spec.withId("search-results"))
                .getElement()
                .getTextRecursively();
    }

    @Test
    void
            a_seller_finds_a_contact_by_phone_opens_the_customer_and_finds_it_again_under_opened_lately() {
        em.persist(new Contact(s.c1(), "Kari Nordmann", "CFO", null, "+47 900 12 345"));
        em.flush();
        login(s.am1());
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("search-open")));
        assertThat(results())
                .contains("Opened lately", "Customers, visits and deals you open are listed here.");

        _get(TextField.class, spec -> spec.withId("search-field")).setValue("900 12 345");
        assertThat(results())
                .contains("Contacts", "Kari Nordmann", s.c1().getName(), "+47 900 12 345");
        _click(_get(Div.class, spec -> spec.withClasses("search-hit-contact")));

        assertThat(_find(Div.class, spec -> spec.withId("search-dialog"))).isEmpty();
        assertThat(_get(CustomerDetailView.class)).isNotNull();
        _click(_get(Button.class, spec -> spec.withId("search-open")));
        assertThat(_find(Div.class, spec -> spec.withClasses("search-hit-customer")))
                .singleElement()
                .satisfies(
                        hit ->
                                assertThat(hit.getElement().getTextRecursively())
                                        .contains(s.c1().getName()));
    }

    @Test
    void nothing_found_says_so_and_another_teams_customer_is_not_found() {
        login(s.am3());
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("search-open")));
        _get(TextField.class, spec -> spec.withId("search-field")).setValue(s.c1().getName());
        assertThat(results()).isEqualTo("Nothing found for \"" + s.c1().getName() + "\".");
    }
}
