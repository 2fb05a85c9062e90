package no.kundeloft.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kundeloft.ScenarioTest;
import no.kundeloft.security.SalesRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class AdminServiceTest extends ScenarioTest {

    @Autowired AdminService admin;
    @Autowired EmployeeRepository employees;
    @Autowired UserDetailsService userDetailsService;
    @Autowired PasswordEncoder passwordEncoder;

    private PersonForm newPerson(String username, SalesRole role) {
        PersonForm form = new PersonForm();
        form.setUsername(username);
        form.setFullName("Nina Ny");
        form.setEmail("nina@test.example");
        form.setRole(role);
        form.setTeamId(s.t1().getId());
        form.setPreferredLanguage("nb");
        return form;
    }

    private boolean canSignIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(username, password))
                .isAuthenticated();
    }

    @Test
    void only_admins_reach_the_administration() {
        signIn.as(s.lead1());
        assertThatThrownBy(() -> admin.count(PeopleFilter.none()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.create(newPerson("nina", SalesRole.ACCOUNT_MANAGER)))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(s.dir1());
        assertThatThrownBy(() -> admin.resetPassword(s.am1().getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_new_person_signs_in_with_the_one_time_password_and_must_choose_their_own() {
        signIn.as(s.admin());
        String oneTime = admin.create(newPerson("Nina.Ny", SalesRole.ACCOUNT_MANAGER));
        assertThat(oneTime).hasSize(16);
        Employee nina = employees.findByUsername("nina.ny").orElseThrow();
        assertThat(nina.isPasswordChangeRequired()).isTrue();
        assertThat(nina.getPasswordHash()).doesNotContain(oneTime);
        assertThat(nina.getTeam()).isEqualTo(s.t1());
        assertThat(canSignIn("nina.ny", oneTime)).isTrue();
    }

    @Test
    void usernames_are_unique_whatever_their_case() {
        signIn.as(s.admin());
        assertThatThrownBy(() -> admin.create(newPerson("AM1", SalesRole.ACCOUNT_MANAGER)))
                .isInstanceOfSatisfying(
                        AdminRuleException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("admin.usernameTaken");
                            assertThat(e.arguments()).containsExactly("am1");
                        });
    }

    @Test
    void the_last_admin_can_be_neither_demoted_nor_deactivated() {
        signIn.as(s.admin());
        PersonForm form = admin.form(s.admin().getId());
        form.setRole(SalesRole.SALES_MANAGER);
        assertThatThrownBy(() -> admin.update(s.admin().getId(), form))
                .isInstanceOfSatisfying(
                        AdminRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.lastAdmin"));
        assertThatThrownBy(() -> admin.deactivate(s.admin().getId()))
                .isInstanceOfSatisfying(
                        AdminRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.lastAdmin"));
        admin.create(newPerson("admin2", SalesRole.ADMIN));
        admin.deactivate(s.admin().getId());
        assertThat(s.admin().isActive()).isFalse();
    }

    @Test
    void a_deactivated_person_cannot_sign_in_and_keeps_their_history() {
        signIn.as(s.admin());
        admin.deactivate(s.lead2().getId());
        assertThatThrownBy(() -> canSignIn("lead2", no.kundeloft.TestOrganisation.PASSWORD))
                .isInstanceOf(DisabledException.class);
        assertThat(employees.findById(s.lead2().getId())).isPresent();
        admin.activate(s.lead2().getId());
        assertThat(canSignIn("lead2", no.kundeloft.TestOrganisation.PASSWORD)).isTrue();
    }

    @Test
    void someone_who_owns_customers_is_not_deactivated() {
        signIn.as(s.admin());
        assertThatThrownBy(() -> admin.deactivate(s.am1().getId()))
                .isInstanceOfSatisfying(
                        AdminRuleException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("admin.ownsCustomers");
                            assertThat(e.arguments()).containsExactly("am1 Testesen", 2L);
                        });
        assertThat(s.am1().isActive()).isTrue();
    }

    @Test
    void a_reset_gives_a_new_one_time_password_and_the_old_one_stops_working() {
        signIn.as(s.admin());
        String oneTime = admin.resetPassword(s.am1().getId());
        assertThat(s.am1().isPasswordChangeRequired()).isTrue();
        assertThat(canSignIn("am1", oneTime)).isTrue();
        assertThatThrownBy(() -> canSignIn("am1", no.kundeloft.TestOrganisation.PASSWORD))
                .isInstanceOf(
                        org.springframework.security.authentication.BadCredentialsException.class);
    }

    @Test
    void people_are_searched_and_filtered() {
        signIn.as(s.admin());
        assertThat(
                        admin.people(
                                        new PeopleFilter("lead", null, null, true),
                                        PageRequest.of(0, 10, Sort.by("username")))
                                .map(PersonRow::username))
                .containsExactly("lead1", "lead2", "lead3", "lead4");
        assertThat(admin.count(new PeopleFilter(null, SalesRole.SALES_DIRECTOR, null, null)))
                .isEqualTo(2);
        assertThat(admin.count(new PeopleFilter(null, null, s.t1().getId(), null))).isEqualTo(4);
    }

    @Test
    void meeting_bookers_keep_the_teams_they_serve() {
        signIn.as(s.admin());
        PersonForm form = admin.form(s.booker().getId());
        assertThat(form.getServedTeamIds()).containsExactly(s.t1().getId());
        form.setServedTeamIds(java.util.Set.of(s.t1().getId(), s.t2().getId()));
        admin.update(s.booker().getId(), form);
        assertThat(s.booker().getServedTeams()).containsExactlyInAnyOrder(s.t1(), s.t2());
    }
}
