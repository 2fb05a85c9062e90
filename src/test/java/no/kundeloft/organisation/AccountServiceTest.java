package no.kundeloft.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.kundeloft.ScenarioTest;
import no.kundeloft.TestOrganisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountServiceTest extends ScenarioTest {

    @Autowired AccountService accounts;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void a_user_chooses_a_new_password_and_the_one_time_flag_goes() {
        s.am1().changePassword(passwordEncoder.encode(TestOrganisation.PASSWORD), true);
        signIn.as(s.am1());
        assertThat(accounts.passwordChangeRequired()).isTrue();
        accounts.changeOwnPassword(TestOrganisation.PASSWORD, "Fjordkraft i Bergen 2026");
        assertThat(accounts.passwordChangeRequired()).isFalse();
        assertThat(passwordEncoder.matches("Fjordkraft i Bergen 2026", s.am1().getPasswordHash()))
                .isTrue();
    }

    @Test
    void the_current_password_must_be_right() {
        signIn.as(s.am1());
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", "Fjordkraft i Bergen 2026"))
                .isInstanceOfSatisfying(
                        PasswordRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.wrongCurrent"));
    }

    @Test
    void a_weak_password_is_refused_with_the_reason() {
        signIn.as(s.am1());
        assertThatThrownBy(() -> accounts.changeOwnPassword(TestOrganisation.PASSWORD, "kort"))
                .isInstanceOfSatisfying(
                        PasswordRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.tooShort"));
        assertThatThrownBy(
                        () ->
                                accounts.changeOwnPassword(
                                        TestOrganisation.PASSWORD, "am1 er best i Norge"))
                .isInstanceOfSatisfying(
                        PasswordRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.username"));
        assertThatThrownBy(
                        () ->
                                accounts.changeOwnPassword(
                                        TestOrganisation.PASSWORD, "passord123456"))
                .isInstanceOfSatisfying(
                        PasswordRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.common"));
        assertThatThrownBy(
                        () ->
                                accounts.changeOwnPassword(
                                        TestOrganisation.PASSWORD, TestOrganisation.PASSWORD))
                .isInstanceOfSatisfying(
                        PasswordRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.same"));
    }
}
