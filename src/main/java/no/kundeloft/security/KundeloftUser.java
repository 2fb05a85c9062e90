package no.kundeloft.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in employee as Spring Security keeps it in the session. */
public record KundeloftUser(
        Long employeeId,
        String username,
        String fullName,
        SalesRole role,
        String passwordHash,
        boolean active)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** The password hash never reaches logs. */
    @Override
    public String toString() {
        return "KundeloftUser[" + username + ", " + role + "]";
    }
}
