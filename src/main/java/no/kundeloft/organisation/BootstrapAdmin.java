package no.kundeloft.organisation;

import no.kundeloft.security.SalesRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator of an empty database from configuration ({@code
 * KUNDELOFT_ADMIN_USERNAME}, {@code KUNDELOFT_ADMIN_PASSWORD}); there is never a default password.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final EmployeeRepository employees;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final String username;
    private final String password;
    private final String fullName;

    BootstrapAdmin(
            EmployeeRepository employees,
            PasswordEncoder passwordEncoder,
            PasswordPolicy policy,
            @Value("${kundeloft.bootstrap-admin.username:}") String username,
            @Value("${kundeloft.bootstrap-admin.password:}") String password,
            @Value("${kundeloft.bootstrap-admin.full-name:Administrator}") String fullName) {
        this.employees = employees;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.username = username;
        this.password = password;
        this.fullName = fullName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isBlank() || employees.count() > 0) {
            return;
        }
        policy.refusal(username, password)
                .ifPresent(
                        reason -> {
                            throw new IllegalStateException(
                                    "KUNDELOFT_ADMIN_PASSWORD is refused ("
                                            + reason
                                            + "): use at least "
                                            + PasswordPolicy.MIN_LENGTH
                                            + " characters, not the username and not a common password");
                        });
        Employee admin =
                new Employee(
                        username,
                        fullName,
                        null,
                        SalesRole.ADMIN,
                        passwordEncoder.encode(password));
        admin.setPasswordChangeRequired(true);
        employees.save(admin);
        log.info("Created the first administrator '{}'", admin.getUsername());
    }
}
