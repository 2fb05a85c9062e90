package no.kundeloft.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import no.kundeloft.ScenarioTest;
import no.kundeloft.security.ActiveAccounts;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A session stands while the account stands as it was at sign-in. */
class EmployeeAccountsServiceTest extends ScenarioTest {

    @Autowired ActiveAccounts accounts;
    @Autowired EmployeeRepository employees;

    @Test
    void
            deactivation_a_new_role_or_an_admins_password_reset_ends_a_session_and_ones_own_new_password_does_not() {
        KundeloftUser signedIn = signIn.as(s.am1());
        assertThat(accounts.stillValid(signedIn)).isTrue();

        Employee am1 = employees.findById(s.am1().getId()).orElseThrow();
        am1.changePassword("$2a$10$ownnewpasswordhashownnewpasswordhashownnewpasswo", false);
        employees.flush();
        assertThat(accounts.stillValid(signedIn)).as("own new password").isTrue();

        am1.changePassword("$2a$10$onetimepasswordhashonetimepasswordhashonetimepa", true);
        employees.flush();
        assertThat(accounts.stillValid(signedIn)).as("reset by an admin").isFalse();

        KundeloftUser afterReset = signIn.as(am1);
        assertThat(accounts.stillValid(afterReset)).isTrue();
        am1.setActive(false);
        employees.flush();
        assertThat(accounts.stillValid(afterReset)).as("deactivated").isFalse();
    }

    @Test
    void a_changed_role_ends_the_session() {
        KundeloftUser signedIn = signIn.as(s.am1());
        KundeloftUser asKam =
                new KundeloftUser(
                        signedIn.employeeId(),
                        signedIn.username(),
                        signedIn.fullName(),
                        SalesRole.KEY_ACCOUNT_MANAGER,
                        signedIn.passwordHash(),
                        true);
        assertThat(accounts.stillValid(asKam)).isFalse();
        assertThat(
                        accounts.stillValid(
                                new KundeloftUser(
                                        -1L, "ghost", "Ghost", SalesRole.ADMIN, "x", true)))
                .isFalse();
    }
}
