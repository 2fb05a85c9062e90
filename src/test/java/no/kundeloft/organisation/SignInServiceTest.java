package no.kundeloft.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kundeloft.ScenarioTest;
import no.kundeloft.TestOrganisation;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sign-in as the login form does it: the application's UserDetailsService and password encoder. */
class SignInServiceTest extends ScenarioTest {

    @Autowired UserDetailsService userDetailsService;
    @Autowired PasswordEncoder passwordEncoder;

    DaoAuthenticationProvider provider;

    @BeforeEach
    void setUp() {
        provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
    }

    private Authentication authenticate(String username, String password) {
        return provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void an_employee_signs_in_with_the_role_as_authority() {
        Authentication authentication = authenticate("am1", TestOrganisation.PASSWORD);
        assertThat(authentication.getAuthorities())
                .extracting(Object::toString)
                .filteredOn(authority -> authority.startsWith("ROLE_"))
                .containsExactly("ROLE_ACCOUNT_MANAGER");
        KundeloftUser user = (KundeloftUser) authentication.getPrincipal();
        assertThat(user.employeeId()).isEqualTo(s.am1().getId());
        assertThat(user.role()).isEqualTo(SalesRole.ACCOUNT_MANAGER);
    }

    @Test
    void the_username_is_not_case_sensitive() {
        assertThat(authenticate("  AM1 ", TestOrganisation.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_wrong_password_is_refused() {
        assertThatThrownBy(() -> authenticate("am1", "wrong"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void an_unknown_user_is_refused_like_a_wrong_password() {
        assertThatThrownBy(() -> authenticate("nobody", TestOrganisation.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_deactivated_employee_cannot_sign_in() {
        s.am2().setActive(false);
        assertThatThrownBy(() -> authenticate("am2", TestOrganisation.PASSWORD))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        assertThat(s.am1().getPasswordHash())
                .startsWith("$2a$")
                .doesNotContain(TestOrganisation.PASSWORD);
    }
}
