package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.kundeloft.ScenarioTest;
import no.kundeloft.SchemaTables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class ContactMergeTest extends ScenarioTest {

    @Autowired ContactService contacts;
    @Autowired ContactRepository contactRepository;
    @Autowired List<ContactMergeStep> steps;
    @Autowired EntityManager em;
    @Autowired JdbcTemplate jdbc;

    private Contact contactOf(Customer customer, String name) {
        return contactRepository.findByCustomerId(customer.getId()).stream()
                .filter(c -> c.getFullName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_duplicate_fills_what_the_other_lacks_and_its_calls_move() {
        Customer c1 = em.find(Customer.class, s.c1().getId());
        Contact per = contactOf(c1, "Per Lund");
        Contact duplicate = new Contact(c1, "Per Lund", null, "per@fjordkraft.example", null);
        em.persist(duplicate);
        em.persist(
                new CustomerActivity(
                        c1,
                        em.find(no.kundeloft.organisation.Employee.class, s.am1().getId()),
                        ActivityKind.CALL,
                        java.time.Instant.parse("2026-11-02T10:00:00Z"),
                        "Ringte Per",
                        null));
        em.flush();
        jdbc.update(
                "update customer_activity set contact_id = ? where text = 'Ringte Per'",
                duplicate.getId());
        signIn.as(s.lead1());

        contacts.merge(per.getId(), duplicate.getId());

        assertThat(contactRepository.findById(duplicate.getId())).isEmpty();
        Contact merged = contactRepository.findById(per.getId()).orElseThrow();
        assertThat(merged.getEmail()).isEqualTo("per@fjordkraft.example");
        assertThat(merged.getTitle()).isEqualTo("Daglig leder");
        assertThat(
                        jdbc.queryForObject(
                                "select contact_id from customer_activity where text = 'Ringte Per'",
                                Long.class))
                .isEqualTo(per.getId());
    }

    @Test
    void contacts_of_other_customers_itself_and_sellers_are_refused() {
        Contact kari = contactOf(em.find(Customer.class, s.c1().getId()), "Kari Fjeld");
        Contact per = contactOf(em.find(Customer.class, s.c1().getId()), "Per Lund");
        Contact other =
                new Contact(
                        em.find(Customer.class, s.c3().getId()), "Kari Fjeld", null, null, null);
        em.persist(other);
        signIn.as(s.lead1());
        assertThat(contacts.mayMerge()).isTrue();
        assertThatThrownBy(() -> contacts.merge(kari.getId(), kari.getId()))
                .isInstanceOf(MergeRefusedException.class);
        assertThatThrownBy(() -> contacts.merge(kari.getId(), other.getId()))
                .isInstanceOf(MergeRefusedException.class)
                .hasMessageContaining("merge.contact.otherCustomer");
        signIn.as(s.am1());
        assertThat(contacts.mayMerge()).isFalse();
        assertThatThrownBy(() -> contacts.merge(kari.getId(), per.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(contactRepository.findById(per.getId())).isPresent();
    }

    @Test
    void every_table_that_names_a_contact_is_moved_by_a_merge_step() {
        Set<String> named = SchemaTables.withColumn(jdbc, "contact_id");
        Set<String> moved =
                steps.stream()
                        .flatMap(step -> step.tables().stream())
                        .collect(Collectors.toCollection(TreeSet::new));
        // the customer feature moves its own: the activity log (ContactMerge)
        moved.add("customer_activity");
        assertThat(moved).isEqualTo(named);
    }
}
