package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import no.kundeloft.ScenarioTest;
import no.kundeloft.SignIn;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.organisation.Employee;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class CustomerServiceTest extends ScenarioTest {

    @Autowired CustomerService customers;
    @Autowired CustomerRepository customerRepository;

    private List<String> visibleTo(Employee employee) {
        signIn.as(employee);
        return customers
                .list(CustomerFilter.none(), PageRequest.of(0, 50, Sort.by("name")))
                .map(CustomerListItem::name)
                .getContent();
    }

    @Test
    void account_manager_sees_only_own_customers() {
        assertThat(visibleTo(s.am1()))
                .containsExactly("Fjordkraft Bygg AS", "Havbris Transport AS");
    }

    @Test
    void account_manager_cannot_open_another_managers_customer() {
        signIn.as(s.am1());
        assertThatThrownBy(() -> customers.get(s.c3().getId()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Customer " + s.c3().getId() + " not found");
    }

    @Test
    void out_of_scope_and_missing_customers_answer_the_same() {
        signIn.as(s.am1());
        assertThatThrownBy(() -> customers.get(s.c6().getId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> customers.get(-1L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void key_account_manager_sees_own_key_customers() {
        assertThat(visibleTo(s.kam1())).containsExactly("Nordlys Konsern ASA");
    }

    @Test
    void team_leader_sees_the_team_but_not_another_team() {
        assertThat(visibleTo(s.lead1()))
                .containsExactlyInAnyOrder(
                        "Fjordkraft Bygg AS",
                        "Havbris Transport AS",
                        "Tinde Elektro AS",
                        "Nordlys Konsern ASA")
                .doesNotContain("Glomma Data AS");
        signIn.as(s.lead1());
        assertThatThrownBy(() -> customers.get(s.c4().getId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void meeting_booker_never_sees_another_teams_customers() {
        assertThat(visibleTo(s.booker()))
                .containsExactlyInAnyOrder(
                        "Fjordkraft Bygg AS",
                        "Havbris Transport AS",
                        "Tinde Elektro AS",
                        "Nordlys Konsern ASA");
        signIn.as(s.booker());
        assertThatThrownBy(() -> customers.get(s.c4().getId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(customers.get(s.c1().getId()).name()).isEqualTo("Fjordkraft Bygg AS");
    }

    @Test
    void sales_manager_sees_the_department_but_not_another_department() {
        assertThat(visibleTo(s.mgrA()))
                .hasSize(5)
                .contains("Glomma Data AS")
                .doesNotContain("Bergen Rør AS");
    }

    @Test
    void sales_director_sees_the_division_but_not_another_division() {
        assertThat(visibleTo(s.dir1()))
                .hasSize(6)
                .contains("Bergen Rør AS")
                .doesNotContain("Tromsø kommune");
        signIn.as(s.dir1());
        assertThatThrownBy(() -> customers.get(s.c6().getId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void admin_sees_everything() {
        assertThat(visibleTo(s.admin())).hasSize(7);
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        SignIn.out();
        assertThatThrownBy(() -> customers.count(CustomerFilter.none()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void search_matches_part_of_the_name_case_insensitively() {
        signIn.as(s.lead1());
        assertThat(
                        customers
                                .list(CustomerFilter.text("BYGG"), PageRequest.of(0, 10))
                                .map(CustomerListItem::name))
                .containsExactly("Fjordkraft Bygg AS");
    }

    @Test
    void search_matches_the_start_of_the_organisation_number_with_spaces() {
        signIn.as(s.lead1());
        assertThat(customers.count(CustomerFilter.text("923 609"))).isEqualTo(1);
        assertThat(customers.count(CustomerFilter.text("609016"))).isZero();
    }

    @Test
    void search_stays_within_scope() {
        signIn.as(s.am1());
        assertThat(customers.count(CustomerFilter.text("Glomma"))).isZero();
    }

    @Test
    void search_treats_wildcards_literally() {
        signIn.as(s.admin());
        assertThat(customers.count(CustomerFilter.text("%"))).isZero();
        assertThat(customers.count(CustomerFilter.text("_"))).isZero();
    }

    @Test
    void list_sorts_by_owner_and_pages() {
        signIn.as(s.lead1());
        var firstPage =
                customers.list(
                        CustomerFilter.none(),
                        PageRequest.of(0, 2, Sort.by("owner.fullName", "name")));
        assertThat(firstPage.getTotalElements()).isEqualTo(4);
        assertThat(firstPage.map(CustomerListItem::ownerName))
                .containsExactly("am1 Testesen", "am1 Testesen");
        var secondPage =
                customers.list(
                        CustomerFilter.none(),
                        PageRequest.of(1, 2, Sort.by("owner.fullName", "name")));
        assertThat(secondPage.map(CustomerListItem::name))
                .containsExactly("Tinde Elektro AS", "Nordlys Konsern ASA");
    }

    @Test
    void details_include_contacts_primary_first_and_ownership_newest_first() {
        signIn.as(s.am1());
        CustomerDetails details = customers.get(s.c1().getId());
        assertThat(details.contacts())
                .extracting(CustomerDetails.ContactItem::fullName)
                .containsExactly("Kari Fjeld", "Per Lund");
        assertThat(details.contacts().get(0).primary()).isTrue();
        assertThat(details.ownership())
                .extracting(CustomerDetails.OwnershipPeriod::ownerName)
                .containsExactly("am1 Testesen", "am2 Testesen");
        assertThat(details.ownership().get(1).to()).hasToString("2026-03-01");
    }

    @Test
    void counts_key_customers_in_scope() {
        signIn.as(s.mgrA());
        assertThat(customers.countInScope(CustomerTier.KEY)).isEqualTo(1);
        signIn.as(s.am1());
        assertThat(customers.countInScope(CustomerTier.KEY)).isZero();
    }

    @Test
    void portfolio_sizes_count_only_customers_in_scope() {
        signIn.as(s.am1());
        assertThat(customers.portfolioSizes(List.of(s.am1().getId(), s.am2().getId())))
                .containsExactlyEntriesOf(java.util.Map.of(s.am1().getId(), 2L));
        signIn.as(s.lead1());
        assertThat(
                        customers.portfolioSizes(
                                List.of(s.am1().getId(), s.am2().getId(), s.am3().getId())))
                .containsOnlyKeys(s.am1().getId(), s.am2().getId());
    }

    @Test
    void search_finds_customers_by_a_contacts_name() {
        signIn.as(s.lead1());
        assertThat(
                        customers
                                .list(CustomerFilter.text("kari fj"), PageRequest.of(0, 10))
                                .map(CustomerListItem::name))
                .containsExactly("Fjordkraft Bygg AS");
    }

    @Test
    void filters_by_status_tier_sector_industry_and_owner() {
        signIn.as(s.admin());
        assertThat(customers.count(CustomerFilter.none().withTier(CustomerTier.KEY))).isEqualTo(1);
        assertThat(
                        customers.count(
                                CustomerFilter.none()
                                        .withSector(no.kundeloft.organisation.Sector.PUBLIC)))
                .isEqualTo(1);
        assertThat(customers.count(CustomerFilter.none().withStatus(CustomerStatus.PROSPECT)))
                .isZero();
        assertThat(customers.count(CustomerFilter.none().withOwnerId(s.am1().getId())))
                .isEqualTo(2);
        assertThat(customers.count(CustomerFilter.none().withIndustry("Bygg og anlegg")))
                .isEqualTo(1);
        assertThat(
                        customers.count(
                                CustomerFilter.none()
                                        .withOwnerId(s.am1().getId())
                                        .withStatus(CustomerStatus.ACTIVE)))
                .isEqualTo(2);
    }

    @Test
    void an_owner_filter_outside_scope_finds_nothing() {
        signIn.as(s.lead1());
        assertThat(customers.count(CustomerFilter.none().withOwnerId(s.am3().getId()))).isZero();
    }

    @Test
    void owner_and_industry_choices_come_from_the_scope() {
        signIn.as(s.lead1());
        assertThat(customers.ownersInScope())
                .extracting(OwnerOption::fullName)
                .containsExactly("am1 Testesen", "am2 Testesen", "kam1 Testesen");
        assertThat(customers.industriesInScope()).containsExactly("Bygg og anlegg");
        signIn.as(s.am1());
        assertThat(customers.ownersInScope())
                .extracting(OwnerOption::fullName)
                .containsExactly("am1 Testesen");
    }

    private CustomerForm formOf(Customer customer) {
        return CustomerForm.of(customers.get(customer.getId()));
    }

    @Test
    void the_owner_updates_a_customer_and_the_change_is_signed() {
        signIn.as(s.am1());
        CustomerForm form = formOf(s.c1());
        form.setPhone("+47 400 00 000");
        form.setOrgNumber("923 609 016");
        CustomerDetails saved = customers.update(s.c1().getId(), form);
        assertThat(saved.phone()).isEqualTo("+47 400 00 000");
        assertThat(saved.orgNumber()).isEqualTo("923609016");
        assertThat(saved.version()).isGreaterThan(form.getVersion());
        Customer stored = customerRepository.findById(s.c1().getId()).orElseThrow();
        assertThat(stored.getUpdatedBy()).isEqualTo("am1 Testesen");
        assertThat(stored.getUpdatedAt()).isNotNull();
    }

    @Test
    void a_save_from_an_older_version_is_refused_naming_who_changed_it() {
        signIn.as(s.am1());
        CustomerForm mine = formOf(s.c1());
        signIn.as(s.lead1());
        CustomerForm theirs = formOf(s.c1());
        theirs.setName("Fjordkraft Bygg og Anlegg AS");
        customers.update(s.c1().getId(), theirs);

        signIn.as(s.am1());
        mine.setPhone("+47 400 00 000");
        assertThatThrownBy(() -> customers.update(s.c1().getId(), mine))
                .isInstanceOfSatisfying(
                        ConcurrentChangeException.class,
                        e -> {
                            assertThat(e.changedBy()).isEqualTo("lead1 Testesen");
                            assertThat(e.changedAt()).isNotNull();
                        });
        CustomerDetails stored = customers.get(s.c1().getId());
        assertThat(stored.name()).isEqualTo("Fjordkraft Bygg og Anlegg AS");
        assertThat(stored.phone()).isNull();
    }

    @Test
    void a_customer_out_of_scope_cannot_be_updated() {
        signIn.as(s.am3());
        CustomerForm form = CustomerForm.of(customersAsAdmin(s.c1()));
        signIn.as(s.am1());
        assertThatThrownBy(() -> customers.update(s.c4().getId(), form))
                .isInstanceOf(NotFoundException.class);
    }

    private CustomerDetails customersAsAdmin(Customer customer) {
        signIn.as(s.admin());
        return customers.get(customer.getId());
    }

    @Test
    void directors_and_meeting_bookers_only_read() {
        signIn.as(s.dir1());
        CustomerForm form = formOf(s.c1());
        assertThat(customers.mayEdit()).isFalse();
        assertThatThrownBy(() -> customers.update(s.c1().getId(), form))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(s.booker());
        assertThat(customers.mayEdit()).isFalse();
        assertThatThrownBy(() -> customers.update(s.c1().getId(), form))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(s.lead1());
        assertThat(customers.mayEdit()).isTrue();
    }

    @Test
    void another_customers_organisation_number_is_refused() {
        signIn.as(s.am1());
        CustomerForm form = formOf(s.c1());
        form.setOrgNumber(s.c6().getOrgNumber());
        assertThatThrownBy(() -> customers.update(s.c1().getId(), form))
                .isInstanceOf(DuplicateOrgNumberException.class);
    }

    @Test
    void a_norwegian_number_failing_mod11_is_refused() {
        signIn.as(s.am1());
        CustomerForm form = formOf(s.c1());
        form.setOrgNumber("923609017");
        assertThatThrownBy(() -> customers.update(s.c1().getId(), form))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("orgNumber");
    }

    @Test
    void bad_email_phone_and_website_are_refused() {
        signIn.as(s.am1());
        CustomerForm form = formOf(s.c1());
        form.setEmail("not an address");
        form.setPhone("call me");
        form.setWebsite("www.example.no");
        assertThatThrownBy(() -> customers.update(s.c1().getId(), form))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e ->
                                assertThat(e.getConstraintViolations())
                                        .extracting(v -> v.getPropertyPath().toString())
                                        .containsExactlyInAnyOrder(
                                                "update.form.email",
                                                "update.form.phone",
                                                "update.form.website"));
    }

    @Test
    void a_blank_name_is_refused() {
        signIn.as(s.am1());
        CustomerForm form = formOf(s.c1());
        form.setName(" ");
        assertThatThrownBy(() -> customers.update(s.c1().getId(), form))
                .isInstanceOf(ConstraintViolationException.class);
    }
}
