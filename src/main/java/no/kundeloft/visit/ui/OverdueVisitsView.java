package no.kundeloft.visit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.security.Roles;
import no.kundeloft.visit.OverdueCustomer;
import no.kundeloft.visit.VisitReports;

/**
 * {@code /visits/overdue}: every customer in my area overdue for a visit, longest overdue first, a
 * page at a time.
 */
@Route("visits/overdue")
@RolesAllowed({
    Roles.ACCOUNT_MANAGER,
    Roles.KEY_ACCOUNT_MANAGER,
    Roles.TELESALES,
    Roles.FIELD_SALES,
    Roles.TEAM_LEADER,
    Roles.SALES_MANAGER,
    Roles.SALES_DIRECTOR
})
public class OverdueVisitsView extends Div implements HasDynamicTitle {

    public OverdueVisitsView(VisitReports visits) {
        addClassName("visits-view");
        Grid<OverdueCustomer> grid = new Grid<>();
        grid.setId("overdue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(OverdueCustomer::name)
                .setHeader(getTranslation("visit.customer"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(c -> c.key() ? getTranslation("tier.KEY") : "")
                .setHeader(getTranslation("customer.tier"))
                .setAutoWidth(true)
                .setKey("tier");
        grid.addColumn(OverdueCustomer::ownerName)
                .setHeader(getTranslation("customer.owner"))
                .setAutoWidth(true)
                .setKey("owner");
        NarrowScreen.hideOnPhone(grid, "tier", "owner");
        grid.addColumn(
                        c ->
                                c.lastVisit() == null
                                        ? getTranslation("overdue.never")
                                        : Formats.dateTime(c.lastVisit(), getLocale()))
                .setHeader(getTranslation("overdue.lastVisit"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("overdue.none"));
        Paragraph count = new Paragraph();
        count.setId("overdue-count");
        grid.setItems(
                query ->
                        visits
                                .overdueForVisit(query.getOffset(), query.getLimit())
                                .first()
                                .stream(),
                query -> {
                    long total = visits.overdueForVisit(0, 1).count();
                    count.setText(getTranslation("overdue.title", total));
                    return (int) total;
                });
        grid.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate("customers/" + e.getItem().customerId())));
        grid.setHeight("70vh");
        add(
                new Anchor("", getTranslation("overdue.back")),
                new H2(getTranslation("overdue.page")),
                count,
                grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overdue.page") + " – " + getTranslation("app.name");
    }
}
