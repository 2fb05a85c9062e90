package no.kundeloft.organisation;

import no.kundeloft.base.NotFoundException;
import no.kundeloft.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own account: their password, and whether they must choose a new one first.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AccountService {

    private final EmployeeRepository employees;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;

    AccountService(
            EmployeeRepository employees,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            PasswordPolicy policy) {
        this.employees = employees;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
    }

    /** True while the user signs in with a one-time password and has not chosen their own. */
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired() {
        return me().isPasswordChangeRequired();
    }

    /**
     * Replaces the user's password. Refused ({@link PasswordRefusedException}) when the current
     * password is wrong or the new one breaks the {@link PasswordPolicy}.
     */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Employee me = me();
        if (currentPassword == null
                || !passwordEncoder.matches(currentPassword, me.getPasswordHash())) {
            throw new PasswordRefusedException("password.wrongCurrent");
        }
        if (newPassword.equals(currentPassword)) {
            throw new PasswordRefusedException("password.same");
        }
        policy.refusal(me.getUsername(), newPassword)
                .ifPresent(
                        key -> {
                            throw new PasswordRefusedException(key);
                        });
        me.changePassword(passwordEncoder.encode(newPassword), false);
    }

    private Employee me() {
        Long id = currentUser.require().employeeId();
        return employees.findById(id).orElseThrow(() -> new NotFoundException("Employee", id));
    }
}
