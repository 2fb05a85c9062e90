package no.kundeloft.organisation;

import no.kundeloft.security.SalesRole;

/**
 * Someone the current user may give customers to: a seller (or a leader with an own budget) in
 * their area.
 */
public record AssignableOwner(Long id, String fullName, SalesRole role, String teamName) {}
