package no.kundeloft.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import no.kundeloft.plan.PlanScore.Facts;
import no.kundeloft.plan.PlanScore.Rule;
import org.junit.jupiter.api.Test;

class PlanScoreTest {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    /** A plan that meets every rule. */
    private static Facts excellent() {
        return new Facts(
                4,
                1,
                0,
                5,
                5,
                3,
                3,
                2,
                0,
                NOW.minus(Duration.ofDays(10)),
                NOW.minus(Duration.ofDays(5)),
                30,
                NOW);
    }

    private static boolean met(Facts facts, Rule rule) {
        return PlanScore.of(facts).results().stream()
                .filter(r -> r.rule() == rule)
                .findFirst()
                .orElseThrow()
                .met();
    }

    @Test
    void an_excellent_plan_scores_100_and_an_empty_one_0() {
        assertThat(PlanScore.of(excellent()).total()).isEqualTo(100);
        assertThat(PlanScore.of(new Facts(0, 0, 0, 5, 0, 0, 0, 0, 0, null, null, 30, NOW)).total())
                .isZero();
        assertThat(Rule.values())
                .extracting(Rule::points)
                .containsExactly(20, 15, 15, 15, 10, 15, 10);
    }

    @Test
    void the_decision_maker_must_be_mapped_and_not_a_critic() {
        Facts e = excellent();
        assertThat(
                        met(
                                new Facts(
                                        4,
                                        0,
                                        0,
                                        5,
                                        5,
                                        3,
                                        3,
                                        2,
                                        0,
                                        e.lastReview(),
                                        e.lastVisit(),
                                        30,
                                        NOW),
                                Rule.DECISION_MAKER))
                .isFalse();
        assertThat(
                        met(
                                new Facts(
                                        4,
                                        2,
                                        1,
                                        5,
                                        5,
                                        3,
                                        3,
                                        2,
                                        0,
                                        e.lastReview(),
                                        e.lastVisit(),
                                        30,
                                        NOW),
                                Rule.DECISION_MAKER))
                .isFalse();
        assertThat(
                        PlanScore.of(
                                        new Facts(
                                                4,
                                                2,
                                                1,
                                                5,
                                                5,
                                                3,
                                                3,
                                                2,
                                                0,
                                                e.lastReview(),
                                                e.lastVisit(),
                                                30,
                                                NOW))
                                .total())
                .isEqualTo(80);
    }

    @Test
    void at_least_three_stakeholders() {
        Facts e = excellent();
        assertThat(
                        met(
                                new Facts(
                                        2,
                                        1,
                                        0,
                                        5,
                                        5,
                                        3,
                                        3,
                                        2,
                                        0,
                                        e.lastReview(),
                                        e.lastVisit(),
                                        30,
                                        NOW),
                                Rule.STAKEHOLDERS))
                .isFalse();
        assertThat(
                        met(
                                new Facts(
                                        3,
                                        1,
                                        0,
                                        5,
                                        5,
                                        3,
                                        3,
                                        2,
                                        0,
                                        e.lastReview(),
                                        e.lastVisit(),
                                        30,
                                        NOW),
                                Rule.STAKEHOLDERS))
                .isTrue();
    }

    @Test
    void whitespace_filled_for_every_offering() {
        Facts e = excellent();
        assertThat(
                        met(
                                new Facts(
                                        4,
                                        1,
                                        0,
                                        5,
                                        4,
                                        3,
                                        3,
                                        2,
                                        0,
                                        e.lastReview(),
                                        e.lastVisit(),
                                        30,
                                        NOW),
                                Rule.WHITESPACE))
                .isFalse();
        assertThat(
                        met(
                                new Facts(
                                        4,
                                        1,
                                        0,
                                        0,
                                        0,
                                        3,
                                        3,
                                        2,
                                        0,
                                        e.lastReview(),
                                        e.lastVisit(),
                                        30,
                                        NOW),
                                Rule.WHITESPACE))
                .isFalse();
    }

    @Test
    void every_objective_measurable_and_dated_and_at_least_one() {
        Facts e = excellent();
        assertThat(
                        met(
                                new Facts(
                                        4,
                                        1,
                                        0,
                                        5,
                                        5,
                                        3,
                                        2,
                                        2,
                                        0,
                                        e.lastReview(),
                                        e.lastVisit(),
                                        30,
                                        NOW),
                                Rule.OBJECTIVES))
                .isFalse();
        assertThat(
                        met(
                                new Facts(
                                        4,
                                        1,
                                        0,
                                        5,
                                        5,
                                        0,
                                        0,
                                        2,
                                        0,
                                        e.lastReview(),
                                        e.lastVisit(),
                                        30,
                                        NOW),
                                Rule.OBJECTIVES))
                .isFalse();
    }

    @Test
    void actions_exist_and_none_is_overdue() {
        Facts e = excellent();
        assertThat(
                        met(
                                new Facts(
                                        4,
                                        1,
                                        0,
                                        5,
                                        5,
                                        3,
                                        3,
                                        2,
                                        1,
                                        e.lastReview(),
                                        e.lastVisit(),
                                        30,
                                        NOW),
                                Rule.ACTIONS))
                .isFalse();
        assertThat(
                        met(
                                new Facts(
                                        4,
                                        1,
                                        0,
                                        5,
                                        5,
                                        3,
                                        3,
                                        0,
                                        0,
                                        e.lastReview(),
                                        e.lastVisit(),
                                        30,
                                        NOW),
                                Rule.ACTIONS))
                .isFalse();
    }

    @Test
    void reviewed_within_90_days_and_visited_within_the_cadence() {
        assertThat(
                        met(
                                new Facts(
                                        4,
                                        1,
                                        0,
                                        5,
                                        5,
                                        3,
                                        3,
                                        2,
                                        0,
                                        NOW.minus(Duration.ofDays(90)),
                                        NOW,
                                        30,
                                        NOW),
                                Rule.REVIEWED))
                .isTrue();
        assertThat(
                        met(
                                new Facts(
                                        4,
                                        1,
                                        0,
                                        5,
                                        5,
                                        3,
                                        3,
                                        2,
                                        0,
                                        NOW.minus(Duration.ofDays(91)),
                                        NOW,
                                        30,
                                        NOW),
                                Rule.REVIEWED))
                .isFalse();
        assertThat(
                        met(
                                new Facts(
                                        4,
                                        1,
                                        0,
                                        5,
                                        5,
                                        3,
                                        3,
                                        2,
                                        0,
                                        NOW,
                                        NOW.minus(Duration.ofDays(31)),
                                        30,
                                        NOW),
                                Rule.VISITED))
                .isFalse();
        assertThat(met(new Facts(4, 1, 0, 5, 5, 3, 3, 2, 0, NOW, null, 30, NOW), Rule.VISITED))
                .isFalse();
    }
}
