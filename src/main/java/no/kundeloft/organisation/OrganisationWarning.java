package no.kundeloft.organisation;

/**
 * Something about the organisation a leader should act on: a team or portfolio ({@code subject})
 * whose size ({@code actual}) is outside its range ({@code min}–{@code max}).
 */
public record OrganisationWarning(Kind kind, String subject, long actual, int min, int max) {

    public enum Kind {
        TEAM_TOO_SMALL,
        TEAM_TOO_LARGE,
        PORTFOLIO_UNDER_MINIMUM,
        PORTFOLIO_OVER_MAXIMUM
    }
}
