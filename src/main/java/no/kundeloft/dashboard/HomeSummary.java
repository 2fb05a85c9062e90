package no.kundeloft.dashboard;

import java.util.List;
import no.kundeloft.organisation.OrganisationWarning;
import no.kundeloft.organisation.TeamSummary;

/** What the home page shows: the size of my scope, my teams and what needs attention. */
public record HomeSummary(
        long customers,
        long keyCustomers,
        List<TeamSummary> teams,
        List<OrganisationWarning> warnings) {}
