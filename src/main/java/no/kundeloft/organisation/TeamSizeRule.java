package no.kundeloft.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many sellers a team leader leads: with an own new-sales budget 4–8, without up to 14 (the
 * leader not counted). Outside the range is a warning, never refused.
 */
@ConfigurationProperties("kundeloft.team-size")
public record TeamSizeRule(Range withOwnBudget, Range withoutOwnBudget) {

    public record Range(int min, int max) {
        public boolean contains(long n) {
            return n >= min && n <= max;
        }
    }

    public TeamSizeRule {
        withOwnBudget = withOwnBudget == null ? new Range(4, 8) : withOwnBudget;
        withoutOwnBudget = withoutOwnBudget == null ? new Range(1, 14) : withoutOwnBudget;
    }

    public Range rangeFor(boolean leaderHasOwnBudget) {
        return leaderHasOwnBudget ? withOwnBudget : withoutOwnBudget;
    }
}
