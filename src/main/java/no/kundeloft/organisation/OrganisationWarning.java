package no.kundeloft.organisation;

/**
 * Something about the organisation a leader should act on. {@code key} names the message;
 * the other fields fill it in.
 */
public record OrganisationWarning(Kind kind, String subject, long actual, int min, int max) {

    public enum Kind {
        TEAM_TOO_SMALL,
        TEAM_TOO_LARGE,
        PORTFOLIO_UNDER_MINIMUM,
        PORTFOLIO_OVER_MAXIMUM
    }
}
