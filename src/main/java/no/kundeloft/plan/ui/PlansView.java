package no.kundeloft.plan.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import no.kundeloft.base.Formats;
import no.kundeloft.plan.PlanLine;
import no.kundeloft.plan.PlanService;
import no.kundeloft.security.Roles;

/**
 * {@code /plans}: every key account plan in my area with its score, owner, last review and the
 * customer's revenue attainment, sortable, so a leader sees at a glance which key accounts are
 * under-planned.
 */
@Route("plans")
@RolesAllowed({
    Roles.KEY_ACCOUNT_MANAGER,
    Roles.TEAM_LEADER,
    Roles.SALES_MANAGER,
    Roles.SALES_DIRECTOR,
    Roles.ADMIN
})
public class PlansView extends Div implements HasDynamicTitle {

    private final PlanService plans;
    private final Grid<PlanLine> grid = new Grid<>(PlanLine.class, false);
    private final Select<Integer> year = new Select<>();

    public PlansView(PlanService plans) {
        this.plans = plans;
        addClassName("plans-view");
        int current = plans.currentYear();
        year.setLabel(getTranslation("plans.year"));
        year.setId("plans-year");
        year.setItems(current + 1, current, current - 1);
        year.setValue(current);
        year.addValueChangeListener(e -> refresh());
        Div header = new Div(new H2(getTranslation("nav.plans")), year);
        header.addClassName("budgets-header");

        grid.setId("plans-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PlanLine::customerName)
                .setHeader(getTranslation("visit.customer"))
                .setKey("customer")
                .setAutoWidth(true)
                .setFlexGrow(1)
                .setSortable(true)
                .setFrozen(true);
        grid.addColumn(PlanLine::ownerName)
                .setHeader(getTranslation("customer.owner"))
                .setKey("owner")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addComponentColumn(this::score)
                .setHeader(getTranslation("plans.score"))
                .setKey("score")
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(
                        Comparator.comparing(line -> line.score() == null ? -1 : line.score()));
        grid.addColumn(
                        line ->
                                line.lastReviewedAt() == null
                                        ? getTranslation("plans.neverReviewed")
                                        : Formats.date(
                                                        line.lastReviewedAt()
                                                                .atZone(Formats.ZONE)
                                                                .toLocalDate(),
                                                        getLocale())
                                                + " · "
                                                + line.lastReviewer()
                                                + " · "
                                                + getTranslation(
                                                        "plan.verdict."
                                                                + line.lastVerdict().name()))
                .setHeader(getTranslation("plans.lastReview"))
                .setKey("review")
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(
                        Comparator.comparing(
                                line ->
                                        line.lastReviewedAt() == null
                                                ? java.time.Instant.MIN
                                                : line.lastReviewedAt()));
        grid.addColumn(line -> Formats.percent(line.attainmentPercent(), getLocale()))
                .setHeader(getTranslation("plans.attainment"))
                .setKey("attainment")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(
                        Comparator.comparing(
                                line ->
                                        line.attainmentPercent() == null
                                                ? java.math.BigDecimal.valueOf(-1)
                                                : line.attainmentPercent()));
        grid.setEmptyStateText(getTranslation("plans.none"));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(
                e ->
                        getUI().ifPresent(
                                        ui ->
                                                ui.navigate(
                                                        "customers/"
                                                                + e.getItem().customerId()
                                                                + "/plan",
                                                        QueryParameters.simple(
                                                                java.util.Map.of(
                                                                        "year",
                                                                        String.valueOf(
                                                                                year
                                                                                        .getValue()))))));
        add(header, grid);
        refresh();
    }

    private Span score(PlanLine line) {
        Span badge =
                new Span(
                        line.score() == null
                                ? getTranslation("plans.missing")
                                : String.valueOf(line.score()));
        badge.addClassNames(
                "badge",
                "score-badge",
                line.score() == null
                        ? "status-lost"
                        : line.score() >= 70
                                ? "status-active"
                                : line.score() >= 40 ? "status-inactive" : "status-lost");
        return badge;
    }

    private void refresh() {
        grid.setItems(plans.plans(year.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.plans") + " – " + getTranslation("app.name");
    }
}
