package no.kundeloft.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.TestOrganisation;
import no.kundeloft.attainment.AttainmentRow;
import no.kundeloft.base.ui.EChart;
import no.kundeloft.budget.BudgetKind;
import no.kundeloft.budget.BudgetService;
import no.kundeloft.budget.BudgetSubject;
import no.kundeloft.budget.MonthTarget;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeViewTest extends KaribuTest {

    @Autowired TestClock clock;
    @Autowired TestOrganisation testOrganisation;
    @Autowired BudgetService budgets;

    private List<String> figures() {
        return _find(Span.class, spec -> spec.withClasses("figure-value")).stream()
                .filter(span -> span.getId().filter(id -> id.startsWith("attainment")).isEmpty())
                .map(Span::getText)
                .toList();
    }

    private List<String> warnings() {
        return _find(Div.class, spec -> spec.withClasses("warning")).stream()
                .map(d -> d.getElement().getTextRecursively())
                .toList();
    }

    @Test
    void a_team_leader_sees_the_teams_figures_and_warnings() {
        login(s.lead1());
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).isEqualTo("Welcome, lead1");
        assertThat(figures()).containsExactly("4", "1");
        assertThat(warnings())
                .containsExactlyInAnyOrder(
                        "Team T1 has 3 sellers; a team of this kind should have 4–8.",
                        "The portfolio of am1 Testesen holds 2 customers, under the minimum of 20.",
                        "The portfolio of am2 Testesen holds 1 customers, under the minimum of 20.");
    }

    @Test
    void an_account_manager_sees_own_figures_and_own_portfolio_warning_only() {
        login(s.am1());
        UI.getCurrent().navigate("");
        assertThat(figures()).containsExactly("2", "0");
        assertThat(warnings())
                .containsExactly(
                        "The portfolio of am1 Testesen holds 2 customers, under the minimum of 20.");
        assertThat(_find(Span.class, spec -> spec.withText("T1"))).hasSize(1);
    }

    @Test
    void a_key_account_manager_with_one_key_customer_has_no_warning() {
        login(s.kam1());
        UI.getCurrent().navigate("");
        assertThat(figures()).containsExactly("1", "1");
        assertThat(warnings()).isEmpty();
    }

    @Test
    void an_admin_outside_any_team_is_told_so() {
        login(s.admin());
        UI.getCurrent().navigate("");
        assertThat(figures()).containsExactly("7", "1");
        assertThat(
                        _find(
                                com.vaadin.flow.component.html.Paragraph.class,
                                spec -> spec.withText("You are not part of a team.")))
                .hasSize(1);
    }

    @Test
    void sellers_see_gauges_of_their_attainment_and_bookers_see_none() {
        login(s.am1());
        UI.getCurrent().navigate("");
        assertThat(_find(EChart.class, spec -> spec.withClasses("gauge")))
                .extracting(chart -> chart.getId().orElseThrow())
                .containsExactly("gauge-portfolio", "gauge-new-sales");
        assertThat(_get(Span.class, spec -> spec.withId("gauge-portfolio-actual")).getText())
                .isEqualTo("NOK\u00a00 of NOK\u00a00 budget to date");
        assertThat(
                        _get(Div.class, spec -> spec.withId("top-growing"))
                                .getElement()
                                .getTextRecursively())
                .contains("None this year.");
        login(s.booker());
        UI.getCurrent().navigate("customers");
        UI.getCurrent().navigate("");
        assertThat(_find(Div.class, spec -> spec.withId("attainment-summary"))).isEmpty();
    }

    @Test
    void a_team_leader_sees_the_sellers_attainment_with_totals() {
        login(s.lead1());
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Grid<AttainmentRow> table = _get(Grid.class, spec -> spec.withClasses("attainment-table"));
        assertThat(GridKt._findAll(table))
                .extracting(row -> row.node().name())
                .containsExactly("am1 Testesen", "am2 Testesen", "kam1 Testesen", "lead1 Testesen");
        assertThat(GridKt._getFormattedRow(table, 0)).startsWith("am1 Testesen", "2");
        assertThat(_get(Span.class, spec -> spec.withId("attainment-total-actual")).getText())
                .isEqualTo("NOK\u00a00");
    }

    @Test
    void the_home_page_says_through_which_month_the_figures_run() {
        login(s.am1());
        UI.getCurrent().navigate("");
        assertThat(_get(H3.class, spec -> spec.withText("Attainment 2026"))).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withId("attainment-through")).getText())
                .isEqualTo("Actual through May 2026");
        assertThat(_find(Paragraph.class, spec -> spec.withId("home-new-year-budget"))).isEmpty();
    }

    @Test
    void in_january_before_its_revenue_is_loaded_last_years_figures_stand_beside_the_new_budget() {
        clock.set(LocalDate.of(2027, 1, 12));
        testOrganisation.revenueLoadedThrough(YearMonth.of(2026, 12));
        login(s.lead1());
        List<MonthTarget> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(new MonthTarget(month, BigDecimal.valueOf(1000), BigDecimal.valueOf(100)));
        }
        budgets.saveDraft(new BudgetSubject(BudgetKind.SELLER, s.am1().getId()), 2027, -1, months);
        login(s.am1());
        UI.getCurrent().navigate("");
        assertThat(_get(H3.class, spec -> spec.withText("Attainment 2026"))).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withId("attainment-through")).getText())
                .isEqualTo("Actual through December 2026");
        assertThat(_get(Paragraph.class, spec -> spec.withId("home-new-year-budget")).getText())
                .startsWith(
                        "Budget 2027: NOK\u00a013,200 (portfolio NOK\u00a012,000, new sales NOK\u00a01,200).");
    }
}
