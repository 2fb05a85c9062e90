package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import no.kundeloft.ScenarioTest;
import no.kundeloft.organisation.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** What the schema itself guarantees, on H2 and on PostgreSQL. */
class CustomerRepositoryTest extends ScenarioTest {

    @Autowired CustomerRepository customers;
    @Autowired EntityManager em;

    @Test
    void an_organisation_number_belongs_to_one_customer_only() {
        customers.save(new Customer("Kopi AS", s.c1().getOrgNumber(), Sector.PRIVATE, s.am2()));
        assertThatThrownBy(() -> em.flush()).isInstanceOf(PersistenceException.class);
    }

    @Test
    void many_customers_may_lack_an_organisation_number() {
        customers.save(new Customer("Uten nummer 1", null, Sector.PRIVATE, s.am2()));
        customers.save(new Customer("Uten nummer 2", null, Sector.PRIVATE, s.am2()));
        em.flush();
        assertThat(customers.count()).isEqualTo(9);
    }

    @Test
    void an_ownership_period_must_end_after_it_starts() {
        CustomerOwnership period = new CustomerOwnership(s.c2(), s.am1(), LocalDate.of(2026, 3, 1));
        period.end(LocalDate.of(2026, 3, 1));
        em.persist(period);
        assertThatThrownBy(() -> em.flush()).isInstanceOf(PersistenceException.class);
    }

    @Test
    void a_stale_customer_is_not_saved_over_a_newer_one() {
        Customer c1 = customers.findById(s.c1().getId()).orElseThrow();
        long version = c1.getVersion();
        em.detach(c1);
        em.createQuery("update Customer c set c.version = c.version + 1 where c.id = :id")
                .setParameter("id", c1.getId())
                .executeUpdate();
        c1.setName("Gammel versjon AS");
        assertThat(c1.getVersion()).isEqualTo(version);
        assertThatThrownBy(() -> customers.saveAndFlush(c1))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
