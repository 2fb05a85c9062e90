package no.kundeloft.organisation;

import no.kundeloft.security.SalesRole;

/** A member of a team as the team page lists them. */
public record TeamMember(Long id, String fullName, SalesRole role, boolean leader) {}
