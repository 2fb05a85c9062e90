package no.kundeloft.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.kundeloft.security.EmailAccounts;
import no.kundeloft.security.KundeloftUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs employees in by username, case-insensitively, or by the e-mail the company's identity
 * provider vouches for (only an address that exactly one active employee has); inactive employees
 * are refused.
 */
@Service
class EmployeeUserDetailsService implements UserDetailsService, EmailAccounts {

    private final EmployeeRepository employees;

    EmployeeUserDetailsService(EmployeeRepository employees) {
        this.employees = employees;
    }

    @Override
    @Transactional(readOnly = true)
    public KundeloftUser loadUserByUsername(String username) {
        Employee employee =
                employees
                        .findByUsername(username.trim().toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return user(employee);
    }

    /**
     * The active employee with this e-mail address (any case), for sign-in with the company's
     * identity provider.
     */
    @Override
    @Transactional(readOnly = true)
    public Optional<KundeloftUser> activeByEmail(String email) {
        List<Employee> matches = employees.findActiveByEmail(email.trim().toLowerCase(Locale.ROOT));
        return matches.size() == 1 ? Optional.of(user(matches.getFirst())) : Optional.empty();
    }

    private static KundeloftUser user(Employee employee) {
        return new KundeloftUser(
                employee.getId(),
                employee.getUsername(),
                employee.getFullName(),
                employee.getRole(),
                employee.getPasswordHash(),
                employee.isActive());
    }
}
