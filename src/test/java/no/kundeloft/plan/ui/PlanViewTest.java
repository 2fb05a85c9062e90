package no.kundeloft.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.ui.AmountField;
import no.kundeloft.customer.Attitude;
import no.kundeloft.customer.BuyingRole;
import no.kundeloft.customer.Contact;
import no.kundeloft.plan.Offering;
import no.kundeloft.plan.PlanDetails;
import no.kundeloft.plan.PlanLine;
import no.kundeloft.plan.ReviewVerdict;
import no.kundeloft.plan.WhitespaceState;
import no.kundeloft.shell.NotFoundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlanViewTest extends KaribuTest {

    @Autowired EntityManager em;
    @Autowired no.kundeloft.visit.VisitService visits;
    @Autowired no.kundeloft.plan.PlanService plans;

    private Offering cloud;

    @BeforeEach
    void data() {
        cloud = new Offering("Cloud");
        em.persist(cloud);
        em.persist(new Contact(s.k1(), "Eva Nord", "CEO", null, null));
        em.flush();
    }

    private String score() {
        return _get(Span.class, spec -> spec.withId("plan-score")).getText();
    }

    private void openPlan() {
        UI.getCurrent().navigate("customers/" + s.k1().getId() + "/plan");
    }

    @Test
    void the_kam_fills_each_section_and_the_score_follows() {
        login(s.kam1());
        openPlan();
        assertThat(score()).isEqualTo("0");

        _get(TextArea.class, spec -> spec.withId("plan-business")).setValue("Shipping group");
        _click(_get(Button.class, spec -> spec.withId("plan-save-situation")));
        assertThat(_get(TextArea.class, spec -> spec.withId("plan-business")).getValue())
                .isEqualTo("Shipping group");

        @SuppressWarnings("unchecked")
        Grid<PlanDetails.Stakeholder> stakeholders =
                _get(Grid.class, spec -> spec.withId("plan-stakeholders-grid"));
        GridKt._clickItem(stakeholders, 0);
        @SuppressWarnings("unchecked")
        Select<BuyingRole> role = _get(Select.class, spec -> spec.withId("stakeholder-role"));
        role.setValue(BuyingRole.DECISION_MAKER);
        _get(IntegerField.class, spec -> spec.withId("stakeholder-influence")).setValue(9);
        @SuppressWarnings("unchecked")
        Select<Attitude> attitude = _get(Select.class, spec -> spec.withId("stakeholder-attitude"));
        attitude.setValue(Attitude.SUPPORTER);
        _click(_get(Button.class, spec -> spec.withId("stakeholder-save")));
        assertThat(score()).isEqualTo("20");

        @SuppressWarnings("unchecked")
        Grid<PlanDetails.Whitespace> whitespace =
                _get(Grid.class, spec -> spec.withId("plan-whitespace-grid"));
        @SuppressWarnings("unchecked")
        Select<WhitespaceState> state =
                (Select<WhitespaceState>) GridKt._getCellComponent(whitespace, 0, "state");
        state.setValue(WhitespaceState.OPPORTUNITY);
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                state,
                new com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent<>(
                        state, state, null, true));
        assertThat(score()).isEqualTo("35");

        _click(_get(Button.class, spec -> spec.withId("plan-add-objective")));
        _get(TextField.class, spec -> spec.withId("objective-description"))
                .setValue("Win the cloud move");
        _get(AmountField.class, spec -> spec.withId("objective-target"))
                .setValue(new BigDecimal("3500000"));
        _get(DatePicker.class, spec -> spec.withId("objective-due"))
                .setValue(TestClock.TODAY.plusMonths(3));
        _click(_get(Button.class, spec -> spec.withId("objective-save")));
        assertThat(score()).isEqualTo("50");

        _click(_get(Button.class, spec -> spec.withId("plan-add-action")));
        _get(TextField.class, spec -> spec.withId("action-description")).setValue("Workshop");
        _click(_get(Button.class, spec -> spec.withId("action-save")));
        assertThat(
                        _get(
                                        com.vaadin.flow.component.dialog.Dialog.class,
                                        spec -> spec.withId("action-dialog"))
                                .isOpened())
                .isTrue();
        _get(DatePicker.class, spec -> spec.withId("action-due"))
                .setValue(TestClock.TODAY.plusDays(5));
        _click(_get(Button.class, spec -> spec.withId("action-save")));
        assertThat(score()).isEqualTo("60");

        _click(_get(Button.class, spec -> spec.withId("plan-add-risk")));
        _get(TextField.class, spec -> spec.withId("risk-description")).setValue("Price war");
        _click(_get(Button.class, spec -> spec.withId("risk-save")));
        @SuppressWarnings("unchecked")
        Grid<PlanDetails.Risk> risks = _get(Grid.class, spec -> spec.withId("plan-risks-grid"));
        assertThat(GridKt._size(risks)).isEqualTo(1);
        assertThat(
                        _get(
                                        com.vaadin.flow.component.html.UnorderedList.class,
                                        spec -> spec.withId("plan-score-reasons"))
                                .getElement()
                                .getTextRecursively())
                .contains("Reviewed in the last 90 days (0/15)");
    }

    @Test
    void sections_change_in_place_and_text_typed_in_another_section_stays() {
        login(s.kam1());
        openPlan();
        TextArea priorities = _get(TextArea.class, spec -> spec.withId("plan-priorities"));
        @SuppressWarnings("unchecked")
        Grid<PlanDetails.Whitespace> whitespace =
                _get(Grid.class, spec -> spec.withId("plan-whitespace-grid"));
        AmountField potential = (AmountField) GridKt._getCellComponent(whitespace, 0, "potential");
        priorities.setValue("Cut freight costs");

        @SuppressWarnings("unchecked")
        Select<WhitespaceState> state =
                (Select<WhitespaceState>) GridKt._getCellComponent(whitespace, 0, "state");
        state.setValue(WhitespaceState.OPPORTUNITY);
        ComponentUtil.fireEvent(
                state, new AbstractField.ComponentValueChangeEvent<>(state, state, null, true));
        NotificationsKt.expectNotifications("Saved.");
        _click(_get(Button.class, spec -> spec.withId("plan-add-risk")));
        _get(TextField.class, spec -> spec.withId("risk-description")).setValue("Price war");
        _click(_get(Button.class, spec -> spec.withId("risk-save")));

        assertThat(_get(TextArea.class, spec -> spec.withId("plan-priorities")))
                .isSameAs(priorities);
        assertThat(priorities.getValue()).isEqualTo("Cut freight costs");
        assertThat(GridKt._getCellComponent(whitespace, 0, "potential")).isSameAs(potential);
        assertThat(potential.isEnabled()).isTrue();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("plan-risks-grid"))))
                .isEqualTo(1);
        assertThat(plans.plan(s.k1().getId(), plans.currentYear()).priorities()).isNull();

        UI.getCurrent().navigate("customers");
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("plan-unsaved"));
        assertThat(confirm.isOpened()).isTrue();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PlanView.class);
        confirm.close();

        _click(_get(Button.class, spec -> spec.withId("plan-save-situation")));
        assertThat(plans.plan(s.k1().getId(), plans.currentYear()).priorities())
                .isEqualTo("Cut freight costs");
        UI.getCurrent().navigate("customers");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(PlanView.class);
    }

    @Test
    void potentials_are_typed_and_shown_grouped() {
        login(s.kam1());
        openPlan();
        @SuppressWarnings("unchecked")
        Grid<PlanDetails.Whitespace> whitespace =
                _get(Grid.class, spec -> spec.withId("plan-whitespace-grid"));
        @SuppressWarnings("unchecked")
        Select<WhitespaceState> state =
                (Select<WhitespaceState>) GridKt._getCellComponent(whitespace, 0, "state");
        state.setValue(WhitespaceState.OPPORTUNITY);
        ComponentUtil.fireEvent(
                state, new AbstractField.ComponentValueChangeEvent<>(state, state, null, true));
        AmountField potential = (AmountField) GridKt._getCellComponent(whitespace, 0, "potential");
        potential.setValue(new BigDecimal("1500000"));
        ComponentUtil.fireEvent(
                potential,
                new AbstractField.ComponentValueChangeEvent<>(potential, potential, null, true));

        assertThat(plans.plan(s.k1().getId(), plans.currentYear()).whitespaceTotals().opportunity())
                .isEqualByComparingTo("1500000");
        assertThat(
                        _get(
                                        com.vaadin.flow.component.html.Paragraph.class,
                                        spec -> spec.withId("plan-whitespace-totals"))
                                .getText())
                .contains("1,500,000");
        assertThat(_get(potential, TextField.class).getValue()).isEqualTo("1,500,000");
    }

    @Test
    void a_manager_sees_the_plans_of_the_department_and_approves_one() {
        login(s.kam1());
        openPlan();
        _get(TextArea.class, spec -> spec.withId("plan-strategy")).setValue("Expand");
        _click(_get(Button.class, spec -> spec.withId("plan-save-situation")));

        login(s.mgrA());
        UI.getCurrent().navigate("plans");
        @SuppressWarnings("unchecked")
        Grid<PlanLine> plans = _get(Grid.class, spec -> spec.withId("plans-grid"));
        assertThat(GridKt._size(plans)).isEqualTo(1);
        GridKt._clickItem(plans, 0);
        assertThat(_find(Button.class, spec -> spec.withId("plan-save-situation"))).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("plan-strategy")).isReadOnly())
                .isTrue();
        _click(_get(Button.class, spec -> spec.withId("review-send")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReviewVerdict> verdict =
                _get(RadioButtonGroup.class, spec -> spec.withId("review-verdict"));
        assertThat(verdict.isInvalid()).isTrue();
        verdict.setValue(ReviewVerdict.APPROVED);
        _click(_get(Button.class, spec -> spec.withId("review-send")));
        assertThat(
                        _get(
                                        com.vaadin.flow.component.html.Div.class,
                                        spec -> spec.withId("plan-reviews"))
                                .getElement()
                                .getTextRecursively())
                .contains("Approved", s.mgrA().getFullName());
        assertThat(score()).isEqualTo("15");
    }

    @Test
    void an_account_manager_cannot_open_plans_and_another_team_sees_not_found() {
        login(s.am1());
        assertThatThrownBy(() -> UI.getCurrent().navigate("plans"))
                .isInstanceOf(MockAccessDeniedException.class);
        login(s.lead2());
        openPlan();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(NotFoundView.class);
    }

    @Test
    void the_printable_plan_is_one_document() {
        login(s.kam1());
        UI.getCurrent().navigate("customers/" + s.k1().getId() + "/plan/print");
        assertThat(_find(com.vaadin.flow.component.html.H2.class))
                .extracting(h -> h.getText())
                .contains(
                        "Situation and strategy",
                        "Objectives",
                        "Stakeholder map",
                        "Whitespace",
                        "Actions",
                        "Risks",
                        "Plan score");
    }

    @Test
    void an_admin_adds_an_offering_and_a_duplicate_is_refused_on_the_field() {
        login(s.admin());
        UI.getCurrent().navigate("admin/offerings");
        TextField name = _get(TextField.class, spec -> spec.withId("offering-name"));
        name.setValue("Security");
        _click(_get(Button.class, spec -> spec.withId("offering-add")));
        @SuppressWarnings("unchecked")
        Grid<Offering> grid = _get(Grid.class, spec -> spec.withId("offerings-grid"));
        assertThat(GridKt._findAll(grid))
                .extracting(Offering::getName)
                .containsExactly("Cloud", "Security");
        name.setValue("cloud");
        _click(_get(Button.class, spec -> spec.withId("offering-add")));
        assertThat(name.getErrorMessage()).isEqualTo("cloud is already in the catalogue.");
        login(s.kam1());
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/offerings"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void the_visit_briefing_of_a_key_customer_summarises_the_plan() {
        login(s.kam1());
        openPlan();
        _get(TextArea.class, spec -> spec.withId("plan-strategy")).setValue("Expand");
        _click(_get(Button.class, spec -> spec.withId("plan-save-situation")));
        no.kundeloft.visit.VisitForm form = new no.kundeloft.visit.VisitForm();
        form.setCustomerId(s.k1().getId());
        form.setHostId(s.kam1().getId());
        form.setStart(TestClock.DEFAULT.plusDays(3).withHour(10).withMinute(0));
        form.setPurpose("Review");
        Long visitId = visits.plan(form).item().id();
        UI.getCurrent().navigate("visits/" + visitId + "/briefing");
        assertThat(
                        _get(
                                        com.vaadin.flow.component.html.Div.class,
                                        spec -> spec.withId("briefing-plan"))
                                .getElement()
                                .getTextRecursively())
                .contains("Plan score 0 of 100.", "Our strategy for the year: Expand");
    }

    @Test
    void an_admin_reads_every_plan_but_edits_none() {
        login(s.kam1());
        openPlan();
        _get(TextArea.class, spec -> spec.withId("plan-strategy")).setValue("Expand");
        _click(_get(Button.class, spec -> spec.withId("plan-save-situation")));
        login(s.admin());
        UI.getCurrent().navigate("plans");
        @SuppressWarnings("unchecked")
        Grid<PlanLine> plans = _get(Grid.class, spec -> spec.withId("plans-grid"));
        assertThat(GridKt._size(plans)).isEqualTo(1);
        openPlan();
        assertThat(_find(Button.class, spec -> spec.withId("plan-save-situation"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("review-send"))).isEmpty();
    }
}
