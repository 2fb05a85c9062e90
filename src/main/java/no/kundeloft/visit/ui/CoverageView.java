package no.kundeloft.visit.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.kundeloft.base.Formats;
import no.kundeloft.security.Roles;
import no.kundeloft.visit.CoverageLine;
import no.kundeloft.visit.VisitReports;

/**
 * {@code /visits/coverage}: per key customer, when a director last joined a visit; none in twelve
 * months stands out.
 */
@Route("visits/coverage")
@RolesAllowed({Roles.TEAM_LEADER, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR})
public class CoverageView extends Div implements HasDynamicTitle {

    public CoverageView(VisitReports visits) {
        addClassName("visits-view");
        List<CoverageLine> lines = visits.directorCoverage();
        long uncovered = lines.stream().filter(CoverageLine::uncovered).count();
        Paragraph summary =
                new Paragraph(getTranslation("coverage.summary", lines.size(), uncovered));
        summary.setId("coverage-summary");
        Grid<CoverageLine> grid = new Grid<>(CoverageLine.class, false);
        grid.setId("coverage-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CoverageLine::customerName)
                .setHeader(getTranslation("visit.customer"))
                .setKey("customer")
                .setAutoWidth(true)
                .setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(CoverageLine::ownerName)
                .setHeader(getTranslation("customer.owner"))
                .setKey("owner")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(
                        line ->
                                line.lastDirectorVisit() == null
                                        ? getTranslation("coverage.never")
                                        : Formats.dateTime(line.lastDirectorVisit(), getLocale()))
                .setHeader(getTranslation("coverage.last"))
                .setKey("last")
                .setAutoWidth(true)
                .setComparator(
                        line ->
                                line.lastDirectorVisit() == null
                                        ? java.time.Instant.MIN
                                        : line.lastDirectorVisit());
        grid.addColumn(line -> line.directorName() == null ? "" : line.directorName())
                .setHeader(getTranslation("coverage.director"))
                .setKey("director")
                .setAutoWidth(true);
        grid.setPartNameGenerator(line -> line.uncovered() ? "uncovered" : null);
        Checkbox onlyUncovered = new Checkbox(getTranslation("coverage.onlyUncovered"));
        onlyUncovered.setId("coverage-only-uncovered");
        onlyUncovered.addValueChangeListener(
                e ->
                        grid.setItems(
                                e.getValue()
                                        ? lines.stream().filter(CoverageLine::uncovered).toList()
                                        : lines));
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("coverage.none"));
        grid.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("customers/" + e.getItem().customerId())));
        add(
                new Anchor("visits", getTranslation("visit.back")),
                new H2(getTranslation("coverage.title")),
                summary,
                onlyUncovered,
                grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.title") + " – " + getTranslation("app.name");
    }
}
