package no.kundeloft.visit.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.pipeline.DealRow;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.pipeline.OpenDeals;
import no.kundeloft.security.Roles;
import no.kundeloft.visit.OpenVisit;
import no.kundeloft.visit.OpenVisitFilter;
import no.kundeloft.visit.VisitReports;

/**
 * {@code /visits/open}: planned visits in my area in the coming eight weeks that I could join,
 * filtered by key customers, falling revenue and accounts no director has met in a year, each with
 * the open deals at the customer (a director joins where business is at stake); a click opens the
 * visit.
 */
@Route("visits/open")
@RolesAllowed({Roles.TEAM_LEADER, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR})
public class OpenVisitsView extends Div implements HasDynamicTitle {

    private static final int DAYS = 56;
    private static final int KEY_DEALS = 10;

    private final VisitReports visits;
    private final DealService deals;
    private Map<Long, OpenDeals> openDeals = Map.of();
    private final Grid<OpenVisit> grid = new Grid<>(OpenVisit.class, false);
    private final Checkbox key = new Checkbox();
    private final Checkbox falling = new Checkbox();
    private final Checkbox noDirector = new Checkbox();

    public OpenVisitsView(VisitReports visits, DealService deals) {
        this.visits = visits;
        this.deals = deals;
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
        grid.addColumn(o -> Formats.dateTime(o.visit().startsAt(), getLocale()))
                .setHeader(getTranslation("visit.when"))
                .setKey("when")
                .setAutoWidth(true);
        grid.addColumn(o -> o.visit().customerName())
                .setHeader(getTranslation("visit.customer"))
                .setKey("customer")
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(o -> o.visit().keyCustomer() ? getTranslation("tier.KEY") : "")
                .setHeader(getTranslation("customer.tier"))
                .setKey("tier")
                .setAutoWidth(true);
        grid.addColumn(this::why)
                .setHeader(getTranslation("open.why"))
                .setKey("why")
                .setWidth("12rem")
                .setFlexGrow(1);
        grid.addColumn(o -> o.visit().hostName())
                .setHeader(getTranslation("visit.host"))
                .setKey("host")
                .setAutoWidth(true);
        grid.addColumn(o -> o.visit().purpose())
                .setHeader(getTranslation("visit.purpose"))
                .setKey("purpose")
                .setWidth("14rem")
                .setFlexGrow(1);
        grid.addColumn(o -> dealsAt(o.visit().customerId()))
                .setHeader(getTranslation("open.deals"))
                .setKey("deals")
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("open.none"));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("visits/" + e.getItem().visit().id())));
        add(
                new Anchor("visits", getTranslation("visit.back")),
                new H2(getTranslation("open.title")),
                filters,
                grid,
                keyCustomerDeals());
        refresh();
    }

    /** Why the visit is suggested: "Key customer · No director in 12 months". */
    private String why(OpenVisit open) {
        return open.reasons().stream()
                .map(reason -> getTranslation("open.reason." + reason.name()))
                .collect(Collectors.joining(" · "));
    }

    private void refresh() {
        List<OpenVisit> open =
                visits.openToJoin(
                        new OpenVisitFilter(
                                key.getValue(), falling.getValue(), noDirector.getValue()),
                        DAYS);
        openDeals =
                deals.openAt(open.stream().map(o -> o.visit().customerId()).distinct().toList());
        grid.setItems(open);
    }

    /**
     * The biggest open deals at key customers of my area: where a visit of mine may matter most.
     */
    private Div keyCustomerDeals() {
        Div section = new Div(new H3(getTranslation("open.keyDeals")));
        section.setId("open-key-deals");
        section.addClassNames("card", "section");
        List<DealRow> rows = deals.atKeyCustomers(KEY_DEALS);
        if (rows.isEmpty()) {
            section.add(new Paragraph(getTranslation("open.keyDeals.none")));
        }
        UnorderedList list = new UnorderedList();
        for (DealRow row : rows) {
            list.add(
                    new ListItem(
                            new Anchor("customers/" + row.customerId(), row.customerName()),
                            new Span(
                                    " · "
                                            + row.title()
                                            + " · "
                                            + Formats.nok(row.value(), getLocale())
                                            + " · "
                                            + Formats.month(row.closeMonth(), getLocale())
                                            + " · "
                                            + row.ownerName())));
        }
        section.add(list);
        return section;
    }

    /** The customer's open deals in short: "2 · NOK 1,200,000", empty without any. */
    private String dealsAt(Long customerId) {
        OpenDeals open = openDeals.get(customerId);
        return open == null
                ? ""
                : getTranslation(
                        "open.dealsAt", open.count(), Formats.nok(open.value(), getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("open.title") + " – " + getTranslation("app.name");
    }
}
