package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import no.kundeloft.ScenarioTest;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.CustomerDetails.ContactItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ContactServiceTest extends ScenarioTest {

    @Autowired ContactService contacts;
    @Autowired CustomerService customers;

    private List<ContactItem> contactsOf(Customer customer) {
        return customers.get(customer.getId()).contacts();
    }

    private static ContactForm form(String name, String email) {
        ContactForm form = new ContactForm();
        form.setFullName(name);
        form.setEmail(email);
        return form;
    }

    @Test
    void the_first_contact_of_a_customer_becomes_primary() {
        signIn.as(s.am1());
        contacts.add(s.c2().getId(), form("Eva Strand", "eva@havbris.example"));
        assertThat(contactsOf(s.c2()))
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.fullName()).isEqualTo("Eva Strand");
                            assertThat(c.primary()).isTrue();
                        });
        contacts.add(s.c2().getId(), form("Ulf Moen", null));
        assertThat(contactsOf(s.c2()))
                .filteredOn(ContactItem::primary)
                .extracting(ContactItem::fullName)
                .containsExactly("Eva Strand");
    }

    @Test
    void one_primary_contact_at_a_time() {
        signIn.as(s.am1());
        ContactItem per =
                contactsOf(s.c1()).stream()
                        .filter(c -> c.fullName().equals("Per Lund"))
                        .findFirst()
                        .orElseThrow();
        contacts.makePrimary(per.id());
        assertThat(contactsOf(s.c1()))
                .filteredOn(ContactItem::primary)
                .extracting(ContactItem::fullName)
                .containsExactly("Per Lund");
    }

    @Test
    void removing_the_primary_contact_hands_primary_to_the_next() {
        signIn.as(s.am1());
        ContactItem kari = contactsOf(s.c1()).getFirst();
        contacts.remove(kari.id());
        assertThat(contactsOf(s.c1()))
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.fullName()).isEqualTo("Per Lund");
                            assertThat(c.primary()).isTrue();
                        });
    }

    @Test
    void an_edit_from_an_older_version_is_refused() {
        signIn.as(s.am1());
        ContactItem kari = contactsOf(s.c1()).getFirst();
        ContactForm first = ContactForm.of(kari);
        ContactForm second = ContactForm.of(kari);
        first.setTitle("Innkjøpsdirektør");
        contacts.update(kari.id(), first);
        second.setTitle("Daglig leder");
        assertThatThrownBy(() -> contacts.update(kari.id(), second))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(contactsOf(s.c1()).getFirst().title()).isEqualTo("Innkjøpsdirektør");
    }

    @Test
    void a_contact_needs_a_name_and_a_valid_email() {
        signIn.as(s.am1());
        assertThatThrownBy(() -> contacts.add(s.c1().getId(), form(" ", null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> contacts.add(s.c1().getId(), form("Eva", "eva at havbris")))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void contacts_of_another_managers_customer_are_not_found() {
        signIn.as(s.am1());
        ContactForm form = form("Eva Strand", null);
        assertThatThrownBy(() -> contacts.add(s.c3().getId(), form))
                .isInstanceOf(NotFoundException.class);
        Long kari = contactIdOfC1();
        signIn.as(s.am2());
        assertThatThrownBy(() -> contacts.remove(kari)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.makePrimary(kari)).isInstanceOf(NotFoundException.class);
    }

    private Long contactIdOfC1() {
        signIn.as(s.am1());
        return contactsOf(s.c1()).getFirst().id();
    }

    @Test
    void directors_and_bookers_cannot_change_contacts() {
        signIn.as(s.dir1());
        assertThatThrownBy(() -> contacts.add(s.c1().getId(), form("Eva", null)))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(s.booker());
        assertThatThrownBy(() -> contacts.add(s.c1().getId(), form("Eva", null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
