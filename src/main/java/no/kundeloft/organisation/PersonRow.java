package no.kundeloft.organisation;

import no.kundeloft.security.SalesRole;

/** A person in the admin's list. */
public record PersonRow(
        Long id,
        String username,
        String fullName,
        String email,
        SalesRole role,
        String teamName,
        boolean active,
        boolean passwordChangeRequired,
        boolean calendarFeed) {

    static PersonRow of(Employee e, boolean calendarFeed) {
        return new PersonRow(
                e.getId(),
                e.getUsername(),
                e.getFullName(),
                e.getEmail(),
                e.getRole(),
                e.getTeam() == null ? null : e.getTeam().getName(),
                e.isActive(),
                e.isPasswordChangeRequired(),
                calendarFeed);
    }
}
