package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kundeloft.ScenarioTest;
import no.kundeloft.organisation.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Registering new customers: who may, who owns them, and what is refused. */
class CustomerCreationServiceTest extends ScenarioTest {

    @Autowired CustomerService customers;
    @Autowired CustomerOwnershipRepository ownerships;

    private static CustomerForm form(String name, String orgNumber) {
        CustomerForm form = new CustomerForm();
        form.setName(name);
        form.setOrgNumber(orgNumber);
        form.setSector(Sector.PRIVATE);
        form.setCity("Oslo");
        form.setStatus(CustomerStatus.PROSPECT);
        return form;
    }

    @Test
    void a_seller_registers_a_prospect_of_their_own_with_an_ownership_period() {
        signIn.as(s.am1());
        CustomerDetails created =
                customers.create(form("Fjellbekk Kaffe AS", "998877660"), s.am1().getId());
        assertThat(created.status()).isEqualTo(CustomerStatus.PROSPECT);
        assertThat(created.tier()).isEqualTo(CustomerTier.STANDARD);
        assertThat(created.ownerName()).isEqualTo(s.am1().getFullName());
        assertThat(ownerships.findCurrent(created.id())).isPresent();
        assertThat(customers.count(CustomerFilter.none())).isEqualTo(3);
        assertThatThrownBy(() -> customers.create(form("Andre AS", null), s.am2().getId()))
                .isInstanceOf(PortfolioRuleException.class);
    }

    @Test
    void a_kams_new_customer_is_a_key_customer_and_a_taken_or_invalid_number_is_refused() {
        signIn.as(s.kam1());
        assertThat(customers.create(form("Nord Holding ASA", null), s.kam1().getId()).tier())
                .isEqualTo(CustomerTier.KEY);
        assertThatThrownBy(
                        () ->
                                customers.create(
                                        form("Kopi AS", s.c1().getOrgNumber()), s.kam1().getId()))
                .isInstanceOf(DuplicateOrgNumberException.class);
        assertThatThrownBy(() -> customers.create(form("Feil AS", "923609017"), s.kam1().getId()))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
    }

    @Test
    void a_booker_registers_a_prospect_for_a_seller_they_serve_and_a_director_registers_none() {
        signIn.as(s.booker());
        assertThat(customers.create(form("Ny Kunde AS", null), s.am1().getId()).ownerName())
                .isEqualTo(s.am1().getFullName());
        assertThatThrownBy(() -> customers.create(form("Fremmed AS", null), s.am3().getId()))
                .isInstanceOf(PortfolioRuleException.class);
        signIn.as(s.lead1());
        assertThat(customers.create(form("Teamets Kunde AS", null), s.am2().getId()).ownerName())
                .isEqualTo(s.am2().getFullName());
        signIn.as(s.dir1());
        assertThatThrownBy(() -> customers.create(form("Direktør AS", null), s.am1().getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_new_customer_goes_to_a_seller_the_user_may_give_it_to() {
        signIn.as(s.am1());
        assertThat(customers.newCustomerOwners())
                .extracting(OwnerOption::fullName)
                .containsExactly("am1 Testesen");
        signIn.as(s.lead1());
        assertThat(customers.newCustomerOwners())
                .extracting(OwnerOption::fullName)
                .contains("am1 Testesen", "am2 Testesen", "kam1 Testesen")
                .doesNotContain("am3 Testesen");
        signIn.as(s.booker());
        assertThat(customers.newCustomerOwners())
                .extracting(OwnerOption::fullName)
                .containsExactly("am1 Testesen", "am2 Testesen", "kam1 Testesen");
    }
}
