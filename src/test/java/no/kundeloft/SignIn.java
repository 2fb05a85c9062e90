package no.kundeloft;

import no.kundeloft.organisation.Employee;
import no.kundeloft.security.KundeloftUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Signs a test user in the way the login form does: the principal comes from the real UserDetailsService. */
@Component
public class SignIn {

    private final UserDetailsService userDetailsService;

    public SignIn(UserDetailsService userDetailsService) {
        this.userDetailsService = userDetailsService;
    }

    public KundeloftUser as(Employee employee) {
        return as(employee.getUsername());
    }

    public KundeloftUser as(String username) {
        KundeloftUser user = (KundeloftUser) userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
