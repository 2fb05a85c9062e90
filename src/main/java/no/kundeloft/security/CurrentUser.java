package no.kundeloft.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The employee the current request acts for; services scope every query by it. */
@Component
public class CurrentUser {

    /** The signed-in employee, or empty for anonymous visitors and system tasks. */
    public Optional<KundeloftUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KundeloftUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in employee; fails when nobody is signed in. */
    public KundeloftUser require() {
        return get().orElseThrow(
                        () ->
                                new AuthenticationCredentialsNotFoundException(
                                        "Nobody is signed in"));
    }
}
