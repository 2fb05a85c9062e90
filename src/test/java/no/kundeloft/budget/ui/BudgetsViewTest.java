package no.kundeloft.budget.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.KaribuTest;
import no.kundeloft.base.ui.AmountField;
import no.kundeloft.budget.BudgetKind;
import no.kundeloft.budget.BudgetLine;
import no.kundeloft.budget.BudgetService;
import no.kundeloft.budget.BudgetStatus;
import no.kundeloft.budget.BudgetSubject;
import no.kundeloft.budget.MonthTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BudgetsViewTest extends KaribuTest {

    @Autowired BudgetService budgets;

    private int year;
    private BudgetSubject am1;

    @BeforeEach
    void setUp() {
        login(s.lead1());
        year = budgets.currentYear();
        am1 = new BudgetSubject(BudgetKind.SELLER, s.am1().getId());
    }

    private void open(BudgetSubject subject) {
        go("budgets?year=" + year + "&subject=" + subject.token());
    }

    private AmountField field(String id) {
        return _get(AmountField.class, spec -> spec.withId(id));
    }

    private String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<BudgetLine> grid() {
        return _get(Grid.class, spec -> spec.withId("budgets-grid"));
    }

    private static List<MonthTarget> months(long portfolio) {
        List<MonthTarget> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new MonthTarget(month, BigDecimal.valueOf(portfolio), BigDecimal.ZERO));
        }
        return months;
    }

    @Test
    void a_team_leader_sees_the_budgets_to_draft_and_types_months_with_live_totals() {
        UI.getCurrent().navigate("budgets");
        assertThat(GridKt._size(grid())).isEqualTo(5);
        assertThat(GridKt._getFormattedRow(grid(), 0)).startsWith("am1 Testesen", "Seller", "T1");

        open(am1);
        field("portfolio-1").setValue(new BigDecimal("100"));
        field("portfolio-2").setValue(new BigDecimal("250"));
        field("new-sales-2").setValue(new BigDecimal("50"));
        assertThat(text("total-2")).isEqualTo("300");
        assertThat(text("portfolio-total")).isEqualTo("350");
        assertThat(text("total-year")).isEqualTo("400");
        _click(_get(Button.class, spec -> spec.withId("budget-save")));

        assertThat(text("budget-status")).isEqualTo("Draft (revision 1)");
        assertThat(budgets.sheet(am1, year).current().portfolio()).isEqualByComparingTo("350");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("NOK\u00a0350");
    }

    @Test
    void year_targets_are_spread_evenly_over_the_months() {
        open(am1);
        field("year-portfolio").setValue(new BigDecimal("1200"));
        field("year-new-sales").setValue(new BigDecimal("120000"));
        _click(_get(Button.class, spec -> spec.withId("spread-even")));
        assertThat(field("portfolio-1").getValue()).isEqualByComparingTo("100");
        assertThat(field("new-sales-12").getValue()).isEqualByComparingTo("10000");
        assertThat(text("total-year")).isEqualTo("121,200");
    }

    @Test
    void the_manager_sends_a_budget_back_with_a_comment_the_leader_reads_on_the_budget() {
        long draft = budgets.saveDraft(am1, year, -1, months(100)).current().version();
        budgets.send(am1, year, draft);
        login(s.mgrA());
        open(am1);
        _click(_get(Button.class, spec -> spec.withId("budget-send-back")));
        _click(_get(Button.class, spec -> spec.withId("send-back-confirm")));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("send-back-comment"));
        assertThat(comment.isInvalid()).as("a comment is needed").isTrue();
        comment.setValue("Raise Q4: the new framework agreement starts then.");
        _click(_get(Button.class, spec -> spec.withId("send-back-confirm")));
        assertThat(text("budget-status")).isEqualTo("Draft (revision 1)");

        login(s.lead1());
        open(am1);
        assertThat(text("budget-returned"))
                .startsWith("Sent back by mgrA Testesen")
                .endsWith("Raise Q4: the new framework agreement starts then.");
        assertThat(field("portfolio-1").isReadOnly()).isFalse();
    }

    @Test
    void the_manager_approves_every_budget_sent_to_them_at_once() {
        for (BudgetSubject seller :
                List.of(am1, new BudgetSubject(BudgetKind.SELLER, s.am2().getId()))) {
            long draft = budgets.saveDraft(seller, year, -1, months(100)).current().version();
            budgets.send(seller, year, draft);
        }
        login(s.mgrA());
        go("budgets?year=" + year);
        Button approveAll = _get(Button.class, spec -> spec.withId("budget-approve-all"));
        assertThat(approveAll.getText()).isEqualTo("Approve all 2 sent to me");
        _click(approveAll);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(budgets.lines(year))
                .filteredOn(line -> line.status() == BudgetStatus.APPROVED)
                .hasSize(2);
        assertThat(_find(Button.class, spec -> spec.withId("budget-approve-all")))
                .as("nothing left to approve")
                .isEmpty();
    }

    @Test
    void a_negative_month_is_marked_on_the_field_and_nothing_is_saved() {
        open(am1);
        field("portfolio-3").setValue(new BigDecimal("-5"));
        assertThat(field("portfolio-3").isInvalid()).isTrue();
        assertThat(field("portfolio-3").getErrorMessage()).isEqualTo("Must be 0 or more");
        _click(_get(Button.class, spec -> spec.withId("budget-save")));
        assertThat(budgets.sheet(am1, year).current()).isNull();
    }

    @Test
    void
            the_leader_sends_the_manager_approves_after_a_confirmation_and_the_leader_revises_with_a_reason() {
        budgets.saveDraft(am1, year, -1, months(100));
        open(am1);
        _click(_get(Button.class, spec -> spec.withId("budget-send")));
        assertThat(text("budget-status")).isEqualTo("Sent for approval (revision 1)");
        assertThat(field("portfolio-1").isReadOnly()).as("a sent draft waits").isTrue();
        login(s.mgrA());
        go("budgets?year=" + year + "&show=my_approval");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        open(am1);
        assertThat(_find(Button.class, spec -> spec.withId("budget-save"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("budget-approve")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(text("budget-status")).isEqualTo("Approved (revision 1)");

        login(s.lead1());
        open(am1);
        assertThat(field("portfolio-1").isReadOnly()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("budget-revise")));
        _click(_get(Button.class, spec -> spec.withId("revise-start")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("revise-reason"));
        assertThat(reason.isInvalid()).isTrue();
        reason.setValue("Took over a customer");
        _click(_get(Button.class, spec -> spec.withId("revise-start")));
        assertThat(text("budget-status")).isEqualTo("Draft (revision 2)");
        assertThat(field("portfolio-1").isReadOnly()).isFalse();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("budget-history"))))
                .isEqualTo(2);
    }

    @Test
    void a_seller_follows_their_own_budget_without_editing_it() {
        budgets.saveDraft(am1, year, -1, months(100));
        login(s.am1());
        UI.getCurrent().navigate("budgets");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        open(am1);
        assertThat(field("portfolio-1").isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("budget-save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("budget-approve"))).isEmpty();
        com.vaadin.flow.component.details.Details history =
                _get(
                        com.vaadin.flow.component.details.Details.class,
                        spec -> spec.withId("history"));
        history.setOpened(true);
        assertThat(history.getElement().getTextRecursively())
                .as("rolled back, so Envers wrote nothing yet")
                .contains("No changes recorded yet.");
    }

    @Test
    void meeting_bookers_are_denied() {
        login(s.booker());
        assertThatThrownBy(() -> UI.getCurrent().navigate("budgets"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
