package no.kundeloft.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.Attitude;
import no.kundeloft.customer.BuyingRole;
import no.kundeloft.customer.Contact;
import no.kundeloft.task.TaskFilter;
import no.kundeloft.task.TaskRow;
import no.kundeloft.task.TaskService;
import no.kundeloft.task.TaskView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** kam1 owns the key customer k1 in lead1's team T1 (mgrA's department, dir1's division). */
class PlanServiceTest extends ScenarioTest {

    @Autowired TaskService tasks;
    @Autowired PlanService plans;
    @Autowired EntityManager em;

    private int year;
    private Offering cloud;
    private Contact ceo;

    @BeforeEach
    void data() {
        cloud = new Offering("Cloud");
        em.persist(cloud);
        ceo = new Contact(s.k1(), "Eva Nord", "CEO", null, null);
        em.persist(ceo);
        em.flush();
        signIn.as(s.kam1());
        year = plans.currentYear();
    }

    @Test
    void the_owner_fills_the_plan_and_the_score_rises_with_each_section() {
        PlanDetails empty = plans.plan(s.k1().getId(), year);
        assertThat(empty.exists()).isFalse();
        assertThat(empty.score().total()).isZero();
        assertThat(empty.mayEdit()).isTrue();

        plans.saveSituation(
                s.k1().getId(),
                year,
                -1,
                "Shipping group",
                "Growth in Asia",
                "Preferred supplier",
                "Acme",
                "Expand");
        PlanDetails withDecider =
                plans.mapStakeholder(
                        s.k1().getId(),
                        year,
                        ceo.getId(),
                        BuyingRole.DECISION_MAKER,
                        9,
                        Attitude.SUPPORTER,
                        null,
                        s.kam1().getId());
        assertThat(withDecider.score().total()).isEqualTo(20);
        assertThat(
                        plans.setWhitespace(
                                        s.k1().getId(),
                                        year,
                                        cloud.getId(),
                                        WhitespaceState.OPPORTUNITY,
                                        new BigDecimal("500000"))
                                .score()
                                .total())
                .isEqualTo(35);
        PlanDetails objective =
                plans.saveObjective(
                        s.k1().getId(),
                        year,
                        null,
                        new ObjectiveForm(
                                "Grow cloud revenue",
                                new BigDecimal("2000000"),
                                "NOK",
                                LocalDate.of(year, 12, 31),
                                s.kam1().getId(),
                                ObjectiveStatus.ON_TRACK,
                                40,
                                0));
        assertThat(objective.score().total()).isEqualTo(50);
        PlanDetails action =
                plans.saveAction(
                        s.k1().getId(),
                        year,
                        null,
                        0,
                        "Workshop with CIO",
                        s.kam1().getId(),
                        TestClock.TODAY.plusDays(10),
                        false);
        assertThat(action.score().total()).isEqualTo(60);
        assertThat(action.whitespaceTotals().opportunity()).isEqualByComparingTo("500000");

        PlanDetails overdue =
                plans.saveAction(
                        s.k1().getId(),
                        year,
                        null,
                        0,
                        "Send offer",
                        s.kam1().getId(),
                        TestClock.TODAY.minusDays(1),
                        false);
        assertThat(overdue.score().total()).isEqualTo(50);
        assertThat(overdue.actions()).filteredOn(PlanDetails.Action::overdue).hasSize(1);
        PlanDetails critic =
                plans.mapStakeholder(
                        s.k1().getId(),
                        year,
                        ceo.getId(),
                        BuyingRole.DECISION_MAKER,
                        9,
                        Attitude.CRITIC,
                        null,
                        null);
        assertThat(critic.score().results())
                .filteredOn(r -> r.rule() == PlanScore.Rule.DECISION_MAKER)
                .singleElement()
                .extracting(PlanScore.Result::met)
                .isEqualTo(false);
    }

    @Test
    void only_the_owner_edits_leaders_in_scope_review_and_others_cannot_read() {
        plans.saveSituation(s.k1().getId(), year, -1, "Shipping group", null, null, null, null);
        signIn.as(s.lead1());
        PlanDetails seen = plans.plan(s.k1().getId(), year);
        assertThat(seen.mayEdit()).isFalse();
        assertThat(seen.mayReview()).isTrue();
        assertThatThrownBy(
                        () ->
                                plans.saveSituation(
                                        s.k1().getId(),
                                        year,
                                        seen.version(),
                                        "x",
                                        null,
                                        null,
                                        null,
                                        null))
                .isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("notOwner");
        PlanDetails reviewed =
                plans.review(s.k1().getId(), year, ReviewVerdict.NEEDS_WORK, "Map the CFO");
        assertThat(reviewed.lastReview().verdict()).isEqualTo(ReviewVerdict.NEEDS_WORK);
        assertThat(reviewed.score().results())
                .filteredOn(r -> r.rule() == PlanScore.Rule.REVIEWED)
                .singleElement()
                .extracting(PlanScore.Result::met)
                .isEqualTo(true);
        signIn.as(s.mgrA());
        assertThat(plans.plans(year))
                .singleElement()
                .satisfies(
                        line -> {
                            assertThat(line.hasPlan()).isTrue();
                            assertThat(line.lastReviewer()).isEqualTo(s.lead1().getFullName());
                        });
        assertThat(
                        plans.review(s.k1().getId(), year, ReviewVerdict.APPROVED, null)
                                .lastReview()
                                .verdict())
                .isEqualTo(ReviewVerdict.APPROVED);

        signIn.as(s.kam1());
        assertThatThrownBy(() -> plans.review(s.k1().getId(), year, ReviewVerdict.APPROVED, null))
                .isInstanceOf(PlanRefusedException.class);
        signIn.as(s.am1());
        assertThatThrownBy(() -> plans.plan(s.k1().getId(), year))
                .isInstanceOf(NotFoundException.class);
        assertThat(plans.plans(year)).isEmpty();
        signIn.as(s.lead2());
        assertThatThrownBy(() -> plans.plan(s.k1().getId(), year))
                .isInstanceOf(NotFoundException.class);
        signIn.as(s.booker());
        assertThatThrownBy(() -> plans.plans(year)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void copy_forward_carries_open_objectives_and_actions_over() {
        plans.saveSituation(s.k1().getId(), year, -1, "Shipping group", null, null, null, "Expand");
        plans.saveObjective(
                s.k1().getId(),
                year,
                null,
                new ObjectiveForm(
                        "Open one",
                        BigDecimal.ONE,
                        "deals",
                        LocalDate.of(year, 12, 1),
                        null,
                        ObjectiveStatus.OPEN,
                        10,
                        0));
        plans.saveObjective(
                s.k1().getId(),
                year,
                null,
                new ObjectiveForm(
                        "Done one",
                        BigDecimal.ONE,
                        "deals",
                        LocalDate.of(year, 6, 1),
                        null,
                        ObjectiveStatus.ACHIEVED,
                        100,
                        0));
        plans.saveAction(
                s.k1().getId(),
                year,
                null,
                0,
                "Open action",
                s.kam1().getId(),
                LocalDate.of(year, 12, 1),
                false);
        plans.saveAction(
                s.k1().getId(),
                year,
                null,
                0,
                "Done action",
                s.kam1().getId(),
                LocalDate.of(year, 3, 1),
                true);
        PlanDetails next = plans.copyForward(s.k1().getId(), year);
        assertThat(next.year()).isEqualTo(year + 1);
        assertThat(next.strategy()).isEqualTo("Expand");
        assertThat(next.objectives())
                .singleElement()
                .satisfies(
                        o -> {
                            assertThat(o.description()).isEqualTo("Open one");
                            assertThat(o.carriedOver()).isTrue();
                        });
        assertThat(next.actions())
                .extracting(PlanDetails.Action::description)
                .containsExactly("Open action");
        assertThatThrownBy(() -> plans.copyForward(s.k1().getId(), year))
                .isInstanceOf(PlanRefusedException.class);
    }

    @Test
    void an_objective_or_action_saved_by_someone_else_meanwhile_is_not_overwritten() {
        PlanDetails.Objective opened =
                plans.saveObjective(
                                s.k1().getId(),
                                year,
                                null,
                                new ObjectiveForm(
                                        "Grow",
                                        BigDecimal.ONE,
                                        "deals",
                                        LocalDate.of(year, 12, 1),
                                        null,
                                        ObjectiveStatus.OPEN,
                                        0,
                                        0))
                        .objectives()
                        .getFirst();
        plans.saveObjective(
                s.k1().getId(),
                year,
                opened.id(),
                new ObjectiveForm(
                        "Grow more",
                        BigDecimal.TEN,
                        "deals",
                        LocalDate.of(year, 12, 1),
                        null,
                        ObjectiveStatus.ON_TRACK,
                        20,
                        opened.version()));
        assertThatThrownBy(
                        () ->
                                plans.saveObjective(
                                        s.k1().getId(),
                                        year,
                                        opened.id(),
                                        new ObjectiveForm(
                                                "Grow less",
                                                BigDecimal.ONE,
                                                "deals",
                                                LocalDate.of(year, 12, 1),
                                                null,
                                                ObjectiveStatus.OPEN,
                                                0,
                                                opened.version())))
                .isInstanceOfSatisfying(
                        PlanRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.refused.itemChanged"));
        assertThat(plans.plan(s.k1().getId(), year).objectives())
                .singleElement()
                .extracting(PlanDetails.Objective::description)
                .isEqualTo("Grow more");

        PlanDetails.Action action =
                plans.saveAction(
                                s.k1().getId(),
                                year,
                                null,
                                0,
                                "Call",
                                s.kam1().getId(),
                                LocalDate.of(year, 12, 1),
                                false)
                        .actions()
                        .getFirst();
        plans.saveAction(
                s.k1().getId(),
                year,
                action.id(),
                action.version(),
                "Call the CIO",
                s.kam1().getId(),
                LocalDate.of(year, 12, 1),
                false);
        assertThatThrownBy(
                        () ->
                                plans.saveAction(
                                        s.k1().getId(),
                                        year,
                                        action.id(),
                                        action.version(),
                                        "Mail",
                                        s.kam1().getId(),
                                        LocalDate.of(year, 12, 1),
                                        true))
                .isInstanceOf(PlanRefusedException.class);
        assertThat(plans.plan(s.k1().getId(), year).actions())
                .singleElement()
                .extracting(PlanDetails.Action::description)
                .isEqualTo("Call the CIO");
    }

    @Test
    void bad_input_is_refused_naming_what_is_wrong() {
        assertThatThrownBy(() -> plans.addRisk(s.k1().getId(), year, "Price war", 6, 3, null))
                .isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("riskScale");
        assertThatThrownBy(
                        () ->
                                plans.mapStakeholder(
                                        s.k1().getId(),
                                        year,
                                        ceo.getId(),
                                        BuyingRole.USER,
                                        11,
                                        null,
                                        null,
                                        null))
                .isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("influence");
        assertThatThrownBy(
                        () ->
                                plans.mapStakeholder(
                                        s.k1().getId(),
                                        year,
                                        ceo.getId(),
                                        BuyingRole.USER,
                                        5,
                                        null,
                                        ceo.getId(),
                                        null))
                .isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("reportsToSelf");
        assertThatThrownBy(
                        () ->
                                plans.setWhitespace(
                                        s.k1().getId(),
                                        year,
                                        cloud.getId(),
                                        WhitespaceState.CURRENT,
                                        new BigDecimal("-1")))
                .isInstanceOf(PlanRefusedException.class);
        assertThatThrownBy(
                        () ->
                                plans.saveAction(
                                        s.k1().getId(),
                                        year,
                                        null,
                                        0,
                                        "No date",
                                        s.kam1().getId(),
                                        null,
                                        false))
                .isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("actionIncomplete");
        assertThat(plans.addRisk(s.k1().getId(), year, "Price war", 3, 4, "Lock prices").risks())
                .hasSize(1);
    }

    @Test
    void plan_actions_are_tasks_of_their_owners_carried_into_next_years_plan_when_open() {
        signIn.as(s.kam1());
        plans.saveAction(
                s.k1().getId(),
                year,
                null,
                0,
                "Send offer",
                s.kam1().getId(),
                TestClock.TODAY.minusDays(1),
                false);
        PlanDetails twoActions =
                plans.saveAction(
                        s.k1().getId(),
                        year,
                        null,
                        0,
                        "Workshop",
                        s.kam1().getId(),
                        TestClock.TODAY.plusDays(5),
                        true);
        assertThat(tasks.list(TaskFilter.mine(TaskView.OVERDUE), 0, 10))
                .extracting(TaskRow::description)
                .containsExactly("Send offer");
        assertThat(tasks.list(TaskFilter.mine(TaskView.DONE), 0, 10))
                .extracting(TaskRow::description)
                .containsExactly("Workshop");

        PlanDetails.Action offer =
                twoActions.actions().stream().filter(a -> !a.done()).findFirst().orElseThrow();
        tasks.setDone(offer.id(), offer.version(), true);
        assertThatThrownBy(
                        () ->
                                plans.saveAction(
                                        s.k1().getId(),
                                        year,
                                        offer.id(),
                                        offer.version(),
                                        "Send offer",
                                        s.kam1().getId(),
                                        TestClock.TODAY,
                                        false))
                .isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("itemChanged");

        plans.saveAction(
                s.k1().getId(),
                year,
                null,
                0,
                "Still open",
                s.kam1().getId(),
                TestClock.TODAY.plusDays(40),
                false);
        PlanDetails next = plans.copyForward(s.k1().getId(), year);
        assertThat(next.actions())
                .singleElement()
                .satisfies(
                        a -> {
                            assertThat(a.description()).isEqualTo("Still open");
                            assertThat(a.carriedOver()).isTrue();
                        });
    }
}
