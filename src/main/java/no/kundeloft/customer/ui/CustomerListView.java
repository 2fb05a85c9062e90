package no.kundeloft.customer.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerListItem;
import no.kundeloft.customer.CustomerService;

/**
 * The customers in the user's scope: a lazy grid with search, sortable columns and a count.
 * The search text lives in the URL ({@code ?q=}), so a search can be bookmarked.
 */
@Route("customers")
@PermitAll
public class CustomerListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SEARCH_PARAMETER = "q";
    private static final int PHONE_WIDTH = 700;

    private final CustomerService customers;
    private final TextField search = new TextField();
    private final Span count = new Span();
    final Grid<CustomerListItem> grid = new Grid<>(CustomerListItem.class, false);
    private CustomerFilter filter = CustomerFilter.none();

    public CustomerListView(CustomerService customers) {
        this.customers = customers;
        addClassName("customer-list-view");
        setSizeFull();
        setPadding(true);

        search.setPlaceholder(getTranslation("customers.search.placeholder"));
        search.setAriaLabel(getTranslation("customers.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("customer-search");
        search.addValueChangeListener(e -> {
            applySearch(e.getValue());
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location(RouteConfiguration.forSessionScope().getUrl(CustomerListView.class), queryFor(e.getValue()))));
        });
        count.addClassName("customer-count");
        count.setId("customer-count");
        HorizontalLayout toolbar = new HorizontalLayout(search, count);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("toolbar");

        configureGrid();
        add(toolbar, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(CustomerListItem::name).setHeader(getTranslation("customer.name"))
                .setSortProperty("name").setAutoWidth(true).setFlexGrow(1).setKey("name").setFrozen(true);
        grid.addColumn(CustomerListItem::orgNumber).setHeader(getTranslation("customer.orgNumber"))
                .setSortProperty("orgNumber").setAutoWidth(true).setKey("orgNumber");
        grid.addColumn(item -> getTranslation("sector." + item.sector())).setHeader(getTranslation("customer.sector"))
                .setSortProperty("sector").setAutoWidth(true).setKey("sector");
        grid.addColumn(item -> getTranslation("status." + item.status())).setHeader(getTranslation("customer.status"))
                .setSortProperty("status").setAutoWidth(true).setKey("status");
        grid.addColumn(item -> getTranslation("tier." + item.tier())).setHeader(getTranslation("customer.tier"))
                .setSortProperty("tier").setAutoWidth(true).setKey("tier").setTextAlign(ColumnTextAlign.START);
        grid.addColumn(CustomerListItem::ownerName).setHeader(getTranslation("customer.owner"))
                .setSortProperty("owner.fullName").setAutoWidth(true).setKey("owner");
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("name"), SortDirection.ASCENDING)));
        grid.setEmptyStateText(getTranslation("customers.empty"));
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CustomerDetailView.class, CustomerDetailView.parametersFor(e.getItem().id()))));
        grid.setItems(
                query -> customers.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> showCount(customers.count(filter)));
    }

    /** On a phone the grid keeps what a seller needs during a visit: name and status. */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        Page page = event.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitColumns(details.getWindowInnerWidth()));
        page.addBrowserWindowResizeListener(resize -> fitColumns(resize.getWidth()));
    }

    private void fitColumns(int windowWidth) {
        boolean wide = windowWidth >= PHONE_WIDTH;
        for (String key : List.of("orgNumber", "sector", "tier", "owner")) {
            grid.getColumnByKey(key).setVisible(wide);
        }
    }

    private void applySearch(String text) {
        filter = new CustomerFilter(text);
        grid.getDataProvider().refreshAll();
    }

    /** The grid's count query also feeds the label, so the total is counted once. */
    private int showCount(long total) {
        count.setText(getTranslation(total == 1 ? "customers.count.one" : "customers.count", Formats.number(total, getLocale())));
        return (int) total;
    }

    private static QueryParameters queryFor(String text) {
        return text == null || text.isBlank() ? QueryParameters.empty() : QueryParameters.of(SEARCH_PARAMETER, text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String text = event.getLocation().getQueryParameters().getSingleParameter(SEARCH_PARAMETER).orElse("");
        if (text.equals(search.getValue())) {
            applySearch(text);
        } else {
            search.setValue(text);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customers") + " – " + getTranslation("app.name");
    }
}
