package no.kundeloft.organisation;

import no.kundeloft.security.SalesRole;

/** What the admin's list of people is narrowed to; null fields do not filter. */
public record PeopleFilter(String text, SalesRole role, Long teamId, Boolean active) {

    public static PeopleFilter none() {
        return new PeopleFilter(null, null, null, null);
    }
}
