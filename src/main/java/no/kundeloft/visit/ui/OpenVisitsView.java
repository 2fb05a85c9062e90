package no.kundeloft.visit.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kundeloft.base.Formats;
import no.kundeloft.visit.OpenVisitFilter;
import no.kundeloft.visit.VisitItem;
import no.kundeloft.visit.VisitService;

/**
 * {@code /visits/open}: planned visits in my area in the coming eight weeks that I could join, filtered
 * by key customers, falling revenue and accounts no director has met in a year; a click opens the visit.
 */
@Route("visits/open")
@RolesAllowed({"TEAM_LEADER", "SALES_MANAGER", "SALES_DIRECTOR"})
public class OpenVisitsView extends Div implements HasDynamicTitle {

    private static final int DAYS = 56;

    private final VisitService visits;
    private final Grid<VisitItem> grid = new Grid<>(VisitItem.class, false);
    private final Checkbox key = new Checkbox();
    private final Checkbox falling = new Checkbox();
    private final Checkbox noDirector = new Checkbox();

    public OpenVisitsView(VisitService visits) {
        this.visits = visits;
        addClassName("visits-view");
        key.setLabel(getTranslation("visits.keyOnly"));
        key.setId("open-key");
        falling.setLabel(getTranslation("open.falling"));
        falling.setId("open-falling");
        noDirector.setLabel(getTranslation("open.noDirector"));
        noDirector.setId("open-no-director");
        key.addValueChangeListener(e -> refresh());
        falling.addValueChangeListener(e -> refresh());
        noDirector.addValueChangeListener(e -> refresh());
        Div filters = new Div(key, falling, noDirector);
        filters.addClassName("filters");

        grid.setId("open-visits");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(v -> Formats.dateTime(v.startsAt(), getLocale())).setHeader(getTranslation("visit.when"))
                .setKey("when").setAutoWidth(true);
        grid.addColumn(VisitItem::customerName).setHeader(getTranslation("visit.customer")).setKey("customer")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(v -> v.keyCustomer() ? getTranslation("tier.KEY") : "").setHeader(getTranslation("customer.tier"))
                .setKey("tier").setAutoWidth(true);
        grid.addColumn(VisitItem::hostName).setHeader(getTranslation("visit.host")).setKey("host").setAutoWidth(true);
        grid.addColumn(VisitItem::purpose).setHeader(getTranslation("visit.purpose")).setKey("purpose").setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("open.none"));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("visits/" + e.getItem().id())));
        add(new Anchor("visits", getTranslation("visit.back")), new H2(getTranslation("open.title")), filters, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(visits.openToJoin(new OpenVisitFilter(key.getValue(), falling.getValue(), noDirector.getValue()), DAYS));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("open.title") + " – " + getTranslation("app.name");
    }
}
