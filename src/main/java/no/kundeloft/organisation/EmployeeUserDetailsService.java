package no.kundeloft.organisation;

import java.util.Locale;
import no.kundeloft.security.KundeloftUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs employees in by username, case-insensitively; inactive employees are refused. */
@Service
class EmployeeUserDetailsService implements UserDetailsService {

    private final EmployeeRepository employees;

    EmployeeUserDetailsService(EmployeeRepository employees) {
        this.employees = employees;
    }

    @Override
    @Transactional(readOnly = true)
    public KundeloftUser loadUserByUsername(String username) {
        Employee employee = employees.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new KundeloftUser(employee.getId(), employee.getUsername(), employee.getFullName(),
                employee.getRole(), employee.getPasswordHash(), employee.isActive());
    }
}
