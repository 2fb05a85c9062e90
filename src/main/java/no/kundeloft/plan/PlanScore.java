package no.kundeloft.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The plan quality score, 0–100, as the sum of rules met, each with the reason shown to the KAM and
 * the leaders: who decides is mapped and not against us, enough stakeholders, whitespace filled in,
 * measurable dated objectives, actions on time, a recent review, and a visit within the cadence.
 */
public record PlanScore(int total, List<Result> results) {

    public enum Rule {
        DECISION_MAKER(20),
        STAKEHOLDERS(15),
        WHITESPACE(15),
        OBJECTIVES(15),
        ACTIONS(10),
        REVIEWED(15),
        VISITED(10);

        private final int points;

        Rule(int points) {
            this.points = points;
        }

        public int points() {
            return points;
        }
    }

    /** One rule: met or not, and the points it gives. */
    public record Result(Rule rule, boolean met) {
        public int points() {
            return met ? rule.points() : 0;
        }
    }

    /** What the score is computed from. */
    public record Facts(
            int stakeholders,
            int decisionMakers,
            int decisionMakersCritical,
            int offerings,
            int whitespaceFilled,
            int objectives,
            int measurableObjectives,
            int actions,
            int overdueActions,
            Instant lastReview,
            Instant lastVisit,
            int visitCadenceDays,
            Instant now) {}

    static final int MIN_STAKEHOLDERS = 3;
    static final Duration REVIEW_WITHIN = Duration.ofDays(90);

    public static PlanScore of(Facts facts) {
        List<Result> results =
                List.of(
                        new Result(
                                Rule.DECISION_MAKER,
                                facts.decisionMakers() > 0 && facts.decisionMakersCritical() == 0),
                        new Result(Rule.STAKEHOLDERS, facts.stakeholders() >= MIN_STAKEHOLDERS),
                        new Result(
                                Rule.WHITESPACE,
                                facts.offerings() > 0
                                        && facts.whitespaceFilled() >= facts.offerings()),
                        new Result(
                                Rule.OBJECTIVES,
                                facts.objectives() > 0
                                        && facts.measurableObjectives() == facts.objectives()),
                        new Result(
                                Rule.ACTIONS, facts.actions() > 0 && facts.overdueActions() == 0),
                        new Result(
                                Rule.REVIEWED,
                                facts.lastReview() != null
                                        && !facts.lastReview()
                                                .isBefore(facts.now().minus(REVIEW_WITHIN))),
                        new Result(
                                Rule.VISITED,
                                facts.lastVisit() != null
                                        && !facts.lastVisit()
                                                .isBefore(
                                                        facts.now()
                                                                .minus(
                                                                        Duration.ofDays(
                                                                                facts
                                                                                        .visitCadenceDays())))));
        return new PlanScore(results.stream().mapToInt(Result::points).sum(), results);
    }
}
