package no.kundeloft.budget.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Locale;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.budget.BudgetRevision;

/** A budget's revisions: each one's state, targets, who drafted and approved it, and why. */
final class BudgetRevisions extends Div {

    private final Locale locale;

    BudgetRevisions(List<BudgetRevision> revisions, Locale locale) {
        this.locale = locale;
        Grid<BudgetRevision> grid = new Grid<>(BudgetRevision.class, false);
        grid.setId("budget-history");
        grid.addColumn(BudgetRevision::revision)
                .setHeader(getTranslation("budget.revision"))
                .setAutoWidth(true)
                .setKey("revision");
        grid.addColumn(r -> getTranslation("budget.state." + r.status().name()))
                .setHeader(getTranslation("budget.state"))
                .setAutoWidth(true)
                .setKey("status");
        grid.addColumn(r -> Formats.nok(r.portfolio(), locale))
                .setHeader(getTranslation("budget.portfolio"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setKey("portfolio");
        grid.addColumn(r -> Formats.nok(r.newSales(), locale))
                .setHeader(getTranslation("budget.newSales"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setKey("newSales");
        grid.addColumn(r -> who(r.draftedBy(), r.draftedAt()))
                .setHeader(getTranslation("budget.draftedBy"))
                .setWidth("10rem")
                .setFlexGrow(1)
                .setKey("drafted");
        grid.addColumn(r -> who(r.approvedBy(), r.approvedAt()))
                .setHeader(getTranslation("budget.approvedBy"))
                .setWidth("10rem")
                .setFlexGrow(1)
                .setKey("approved");
        grid.addColumn(r -> r.reason() == null ? "" : r.reason())
                .setHeader(getTranslation("budget.reason"))
                .setWidth("8rem")
                .setFlexGrow(2)
                .setKey("reason");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        NarrowScreen.hideOnPhone(grid, "newSales", "drafted", "approved", "reason");
        grid.setItems(revisions);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("budget.history")), grid);
        addClassName("budget-history");
    }

    private String who(String name, java.time.Instant at) {
        return name == null ? "" : name + (at == null ? "" : ", " + Formats.dateTime(at, locale));
    }
}
