package no.kundeloft.attainment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.YearMonth;
import no.kundeloft.KaribuTest;
import no.kundeloft.attainment.AttainmentRow;
import no.kundeloft.attainment.AttainmentService;
import no.kundeloft.base.ui.EChart;
import no.kundeloft.revenue.RevenueEntry;
import no.kundeloft.shell.NotFoundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AttainmentViewTest extends KaribuTest {

    @Autowired AttainmentService attainment;
    @Autowired EntityManager em;

    private int year;

    @BeforeEach
    void revenue() {
        login(s.dir1());
        year = attainment.currentYear() - 1;
        em.persist(new RevenueEntry(s.c2(), YearMonth.of(year, 3), new BigDecimal("300")));
        em.persist(new RevenueEntry(s.c4(), YearMonth.of(year, 3), new BigDecimal("1000")));
        em.flush();
    }

    @SuppressWarnings("unchecked")
    private Grid<AttainmentRow> table() {
        return _get(Grid.class, spec -> spec.withClasses("attainment-table"));
    }

    private void click(int row) {
        GridKt._clickItem(table(), row);
    }

    @Test
    void
            the_director_drills_down_from_division_to_the_months_of_a_customer_with_the_place_in_the_url() {
        go("attainment?year=" + year + "&period=year");
        assertThat(_get(H2.class).getText()).isEqualTo("Privat");
        assertThat(_get(Span.class, spec -> spec.withId("attainment-total-actual")).getText())
                .isEqualTo("NOK\u00a01,300");
        assertThat(_find(EChart.class))
                .extracting(chart -> chart.getId().orElseThrow())
                .containsExactly("chart-monthly", "chart-cumulative");
        assertThat(GridKt._getFormattedRow(table(), 0)).startsWith("Vest");
        assertThat(GridKt._getFormattedRow(table(), 1)).startsWith("Øst", "NOK\u00a01,300");

        click(1);
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath())
                .isEqualTo("attainment/department/" + s.t1().getDepartment().getId());
        assertThat(location.getQueryParameters().getParameters())
                .isEqualTo(
                        java.util.Map.of(
                                "year",
                                java.util.List.of(String.valueOf(year)),
                                "period",
                                java.util.List.of("year")));
        assertThat(_get(H2.class).getText()).isEqualTo("Øst");
        click(0);
        assertThat(_get(H2.class).getText()).isEqualTo("T1");
        click(0);
        assertThat(_get(H2.class).getText()).isEqualTo("am1 Testesen");
        GridKt._clickItem(
                table(),
                GridKt._findAll(table()).stream()
                        .map(row -> row.node().name())
                        .toList()
                        .indexOf(s.c2().getName()));
        assertThat(_get(H2.class).getText()).isEqualTo(s.c2().getName());
        @SuppressWarnings("unchecked")
        Grid<Integer> months = _get(Grid.class, spec -> spec.withClasses("attainment-months"));
        assertThat(GridKt._getFormattedRow(months, 2)).startsWith("March", "NOK\u00a0300");
        assertThat(
                        _get(Div.class, spec -> spec.withId("breadcrumbs"))
                                .getChildren()
                                .filter(Anchor.class::isInstance)
                                .count())
                .isEqualTo(4);
    }

    @Test
    void the_period_is_chosen_and_kept_in_the_url() {
        go("attainment?year=" + year + "&period=q1");
        @SuppressWarnings("unchecked")
        Select<no.kundeloft.attainment.Period> period =
                _get(Select.class, spec -> spec.withId("attainment-period"));
        assertThat(period.getValue().token()).isEqualTo("q1");
        assertThat(_get(Span.class, spec -> spec.withId("attainment-total-actual")).getText())
                .isEqualTo("NOK\u00a01,300");
        go("attainment?year=" + year + "&period=q2");
        assertThat(_get(Span.class, spec -> spec.withId("attainment-total-actual")).getText())
                .isEqualTo("NOK\u00a00");
    }

    @Test
    void a_team_leader_cannot_open_the_department_and_a_booker_cannot_open_attainment() {
        login(s.lead1());
        UI.getCurrent().navigate("attainment/department/" + s.t1().getDepartment().getId());
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("attainment");
        assertThat(_get(H2.class).getText()).isEqualTo("T1");
        login(s.booker());
        assertThatThrownBy(() -> UI.getCurrent().navigate("attainment"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
