package no.kundeloft.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.KaribuTest;
import no.kundeloft.customer.CustomerDetails.ContactItem;
import org.junit.jupiter.api.Test;

class ContactsSectionTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired jakarta.persistence.EntityManager em;

    @SuppressWarnings("unchecked")
    private Grid<ContactItem> contacts() {
        return _get(Grid.class, spec -> spec.withId("contacts"));
    }

    private void openCustomer() {
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
    }

    @Test
    void phone_numbers_and_e_mail_addresses_call_and_write() {
        openCustomer();
        List<String> links = new ArrayList<>();
        for (int row = 0; row < GridKt._size(contacts()); row++) {
            for (String column : List.of("phone", "email")) {
                if (GridKt._getCellComponent(contacts(), row, column) instanceof Anchor link) {
                    links.add(link.getHref());
                }
            }
        }
        assertThat(links)
                .containsExactlyInAnyOrder("tel:+4791234567", "mailto:kari@fjordkraft.example");
    }

    @Test
    void a_contact_who_asked_not_to_be_called_says_so() {
        no.kundeloft.customer.Contact kari =
                em.createQuery(
                                "select k from Contact k where k.fullName = 'Kari Fjeld'",
                                no.kundeloft.customer.Contact.class)
                        .getSingleResult();
        kari.setDoNotCall(true, no.kundeloft.TestClock.NOW);
        em.flush();
        openCustomer();
        int row =
                java.util.stream.IntStream.range(0, GridKt._size(contacts()))
                        .filter(i -> GridKt._get(contacts(), i).id().equals(kari.getId()))
                        .findFirst()
                        .orElseThrow();
        com.vaadin.flow.component.Component cell =
                GridKt._getCellComponent(contacts(), row, "name");
        assertThat(cell.getChildren().map(c -> c.getId().orElse("")))
                .contains("contact-do-not-call-" + kari.getId());
    }

    @Test
    void a_contact_is_added_through_the_dialog() {
        openCustomer();
        _click(_get(Button.class, spec -> spec.withId("add-contact")));
        ContactDialog dialog = _get(ContactDialog.class);
        dialog.fullName.setValue("Eva Strand");
        dialog.email.setValue("eva@fjordkraft.example");
        _click(dialog.save);
        assertThat(_find(ContactDialog.class)).isEmpty();
        assertThat(GridKt._size(contacts())).isEqualTo(3);
        NotificationsKt.expectNotifications("Contact Eva Strand saved.");
    }

    @Test
    void the_dialog_refuses_a_missing_name_and_a_bad_phone() {
        openCustomer();
        _click(_get(Button.class, spec -> spec.withId("add-contact")));
        ContactDialog dialog = _get(ContactDialog.class);
        dialog.phone.setValue("ring meg");
        _click(dialog.save);
        assertThat(dialog.fullName.getErrorMessage()).isEqualTo("Name is required");
        assertThat(dialog.phone.getErrorMessage())
                .isEqualTo("Enter a phone number such as +47 912 34 567");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(GridKt._size(contacts())).isEqualTo(2);
    }

    @Test
    void removing_asks_first_and_then_removes() {
        openCustomer();
        Button remove =
                _get(
                        GridKt._getCellComponent(contacts(), 1, "actions"),
                        Button.class,
                        spec -> spec.withAttribute("aria-label", "Remove contact"));
        _click(remove);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(GridKt._size(contacts())).isEqualTo(1);
        assertThat(GridKt._get(contacts(), 0).fullName()).isEqualTo("Kari Fjeld");
    }

    @Test
    void erasing_on_request_asks_first_names_what_it_does_and_removes_the_person() {
        openCustomer();
        Button erase =
                _get(
                        GridKt._getCellComponent(contacts(), 1, "actions"),
                        Button.class,
                        spec -> spec.withAttribute("aria-label", "Erase personal data"));
        _click(erase);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .contains(
                        "Erase Per Lund at Fjordkraft Bygg AS", "every version the history keeps");
        confirm.close(); // as the browser does before it sends "confirm"
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(GridKt._size(contacts())).isEqualTo(1);
        assertThat(GridKt._get(contacts(), 0).fullName()).isEqualTo("Kari Fjeld");
        NotificationsKt.expectNotifications("Per Lund was erased.");
    }

    @Test
    void another_contact_is_made_primary() {
        openCustomer();
        Button makePrimary =
                _get(
                        GridKt._getCellComponent(contacts(), 1, "actions"),
                        Button.class,
                        spec -> spec.withAttribute("aria-label", "Make primary contact"));
        _click(makePrimary);
        assertThat(GridKt._get(contacts(), 0).fullName()).isEqualTo("Per Lund");
        assertThat(GridKt._get(contacts(), 0).primary()).isTrue();
    }

    @Test
    void a_director_sees_contacts_without_actions() {
        login(s.dir1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(GridKt._size(contacts())).isEqualTo(2);
        assertThat(contacts().getColumnByKey("actions")).isNull();
        assertThat(_find(Button.class, spec -> spec.withId("add-contact"))).isEmpty();
    }
}
