package no.kundeloft;

import no.kundeloft.organisation.Employee;
import no.kundeloft.security.KundeloftUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Signs a test user in the way the login form does: the principal comes from the real
 * UserDetailsService. Each application context installs its own security-context strategy in the
 * static holder (Vaadin's session-aware one), and method security keeps the one it was built with;
 * signing in first points the holder back at this context's strategy, so that tests of several
 * cached contexts in one JVM do not write to one strategy and read from another.
 */
@Component
public class SignIn {

    private final UserDetailsService userDetailsService;
    private final SecurityContextHolderStrategy strategy;

    public SignIn(
            UserDetailsService userDetailsService,
            ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.userDetailsService = userDetailsService;
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public KundeloftUser as(Employee employee) {
        return as(employee.getUsername());
    }

    public KundeloftUser as(String username) {
        SecurityContextHolder.setContextHolderStrategy(strategy);
        KundeloftUser user = (KundeloftUser) userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(
                                user, null, user.getAuthorities()));
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
