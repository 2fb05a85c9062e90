package no.kundeloft.customer.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.RouteAccess;
import no.kundeloft.base.ui.Saved;
import no.kundeloft.base.ui.SpreadsheetDownload;
import no.kundeloft.customer.CustomerExportService;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerListColumns;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.customer.OwnerOption;
import no.kundeloft.customer.PortfolioService;
import no.kundeloft.customer.SavedViewService;
import no.kundeloft.organisation.Sector;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.Roles;

/**
 * The customers in the user's scope: a lazy grid with search, filters, sortable columns and a
 * count. Filters and sort live in the URL (see {@link CustomerListQuery}), so a list can be
 * bookmarked.
 */
@Route("customers")
@PermitAll
public class CustomerListView extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle {

    private final List<CustomerListColumns> listColumns;
    private final CurrentUser currentUser;

    private final CustomerService customers;
    private final PortfolioService portfolios;
    private final Button reassign = new Button();
    private final TextField search = new TextField();
    private final Select<CustomerStatus> status = new Select<>();
    private final Select<CustomerTier> tier = new Select<>();
    private final Select<Sector> sector = new Select<>();
    private final ComboBox<String> industry = new ComboBox<>();
    private final ComboBox<OwnerOption> owner = new ComboBox<>();
    private final Span count = new Span();
    private final CustomerGrid grid;
    private CustomerFilter filter = CustomerFilter.none();
    private boolean restoring;

    public CustomerListView(
            CustomerService customers,
            PortfolioService portfolios,
            CustomerExportService exports,
            AuthenticationContext authentication,
            List<CustomerListColumns> listColumns,
            CurrentUser currentUser,
            SavedViewService savedViews) {
        this.currentUser = currentUser;
        this.customers = customers;
        this.listColumns = listColumns;
        this.grid = new CustomerGrid(listColumns);
        this.portfolios = portfolios;
        addClassName("customer-list-view");
        setSizeFull();

        configureFilters();
        Button clear =
                new Button(
                        getTranslation("filter.clear"),
                        VaadinIcon.CLOSE_SMALL.create(),
                        e -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("clear-filters");
        count.addClassName("customer-count");
        count.setId("customer-count");
        Div fields = new Div(status, tier, sector, industry, owner, clear);
        fields.addClassName("filter-fields");
        Button toggle =
                new Button(
                        getTranslation("filter.show"),
                        VaadinIcon.FILTER.create(),
                        e -> fields.getClassNames().set("open", !fields.hasClassName("open")));
        toggle.addClassName("filter-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div filters = new Div(search, toggle, fields, count);
        if (!authentication.hasRole(Roles.ADMIN)) {
            filters.add(new SavedViewsMenu(savedViews, this::currentQuery));
        }
        filters.addClassName("filters");

        configureGrid();
        filters.add(grid.columnPicker());
        filters.add(
                exportLink(exports, CustomerExportService.Format.CSV, "export.csv", "kunder.csv"),
                exportLink(
                        exports, CustomerExportService.Format.XLSX, "export.xlsx", "kunder.xlsx"));
        if (portfolios.mayReassign()) {
            enableReassigning(filters);
        }
        if (RouteAccess.allows(authentication, CustomerImportView.class)) {
            RouterLink importLink =
                    new RouterLink(getTranslation("import.link"), CustomerImportView.class);
            importLink.setId("import-customers");
            filters.add(importLink);
        }
        // the revenue import page belongs to a feature above this one: its roles are repeated here
        if (authentication.hasAnyRole(Roles.SALES_MANAGER, Roles.ADMIN)) {
            Anchor revenueImport =
                    new Anchor("customers/revenue-import", getTranslation("revenueImport.link"));
            revenueImport.setId("import-revenue");
            filters.add(revenueImport);
        }
        if (!authentication.hasRole(Roles.SALES_DIRECTOR)) {
            Button create =
                    new Button(
                            getTranslation("newCustomer.button"),
                            VaadinIcon.PLUS.create(),
                            e ->
                                    new NewCustomerDialog(
                                                    customers,
                                                    customers.newCustomerOwners(),
                                                    null,
                                                    created ->
                                                            getUI().ifPresent(
                                                                            ui ->
                                                                                    ui.navigate(
                                                                                            CustomerDetailView
                                                                                                    .class,
                                                                                            CustomerDetailView
                                                                                                    .parametersFor(
                                                                                                            created
                                                                                                                    .id()))))
                                            .open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-customer");
            filters.addComponentAsFirst(create);
        }
        add(filters, grid);
    }

    private void configureFilters() {
        search.setPlaceholder(getTranslation("customers.search.placeholder"));
        search.setAriaLabel(getTranslation("customers.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("customer-search");
        search.setId("search");
        status.setId("status-filter");
        tier.setId("tier-filter");
        sector.setId("sector-filter");
        industry.setId("industry-filter");
        owner.setId("owner-filter");
        search.addValueChangeListener(e -> filterChanged(filter.withText(e.getValue())));

        choices(status, "customer.status", "filter.all.status", CustomerStatus.values(), "status.");
        status.addValueChangeListener(e -> filterChanged(filter.withStatus(e.getValue())));
        choices(tier, "customer.tier", "filter.all.tier", CustomerTier.values(), "tier.");
        tier.addValueChangeListener(e -> filterChanged(filter.withTier(e.getValue())));
        choices(sector, "customer.sector", "filter.all.sector", Sector.values(), "sector.");
        sector.addValueChangeListener(e -> filterChanged(filter.withSector(e.getValue())));

        industry.setPlaceholder(getTranslation("customer.industry"));
        industry.setAriaLabel(getTranslation("customer.industry"));
        industry.setClearButtonVisible(true);
        industry.setItems(customers.industriesInScope());
        industry.addValueChangeListener(e -> filterChanged(filter.withIndustry(e.getValue())));

        List<OwnerOption> owners = customers.ownersInScope();
        owner.setPlaceholder(getTranslation("customer.owner"));
        owner.setAriaLabel(getTranslation("customer.owner"));
        owner.setClearButtonVisible(true);
        owner.setItems(owners);
        owner.setItemLabelGenerator(OwnerOption::fullName);
        owner.setVisible(owners.size() > 1);
        owner.addValueChangeListener(
                e ->
                        filterChanged(
                                filter.withOwnerId(
                                        e.getValue() == null ? null : e.getValue().id())));
    }

    private <T extends Enum<T>> void choices(
            Select<T> select, String labelKey, String allKey, T[] values, String textPrefix) {
        select.setAriaLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(allKey));
        select.setItemLabelGenerator(
                value ->
                        value == null
                                ? getTranslation(allKey)
                                : getTranslation(textPrefix + value.name()));
    }

    private void configureGrid() {
        grid.addSortListener(
                e -> {
                    if (!restoring) {
                        updateUrl();
                    }
                });
        grid.addItemClickListener(
                e ->
                        getUI().ifPresent(
                                        ui ->
                                                ui.navigate(
                                                        CustomerDetailView.class,
                                                        CustomerDetailView.parametersFor(
                                                                e.getItem().item().id()))));
        grid.setItems(
                new CallbackDataProvider<>(
                        query ->
                                customers
                                        .rows(
                                                filter,
                                                query.getOffset(),
                                                query.getLimit(),
                                                VaadinSpringDataHelpers.toSpringDataSort(query),
                                                listColumns)
                                        .stream(),
                        query -> showCount(customers.count(filter)),
                        row -> row.item().id()));
    }

    /** Downloads the customers that match the filter as it is when the link is clicked. */
    private Anchor exportLink(
            CustomerExportService exports,
            CustomerExportService.Format format,
            String labelKey,
            String fileName) {
        return SpreadsheetDownload.link(
                getTranslation(labelKey),
                fileName,
                "export-" + format.name().toLowerCase(Locale.ROOT),
                out -> exports.export(filter, format, getLocale(), out));
    }

    /** Leaders select customers in the grid and give them to another seller. */
    private void enableReassigning(Div toolbar) {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        reassign.setText(getTranslation("reassign.selected"));
        reassign.setIcon(VaadinIcon.EXCHANGE.create());
        reassign.setId("reassign");
        reassign.setEnabled(false);
        grid.addSelectionListener(
                e -> {
                    int selected = e.getAllSelectedItems().size();
                    reassign.setEnabled(selected > 0);
                    reassign.setText(
                            selected == 0
                                    ? getTranslation("reassign.selected")
                                    : getTranslation("reassign.selectedCount", selected));
                });
        reassign.addClickListener(
                e -> {
                    List<Long> ids =
                            grid.getSelectedItems().stream().map(row -> row.item().id()).toList();
                    new ReassignDialog(
                                    ids,
                                    portfolios,
                                    () -> {
                                        Saved.show(this, "reassign.done", ids.size());
                                        grid.deselectAll();
                                        grid.getDataProvider().refreshAll();
                                    })
                            .open();
                });
        toolbar.add(reassign);
    }

    private void filterChanged(CustomerFilter changed) {
        if (restoring || Objects.equals(changed, filter)) {
            return;
        }
        filter = changed;
        grid.getDataProvider().refreshAll();
        updateUrl();
    }

    private void clearFilters() {
        restoring = true;
        search.clear();
        status.clear();
        tier.clear();
        sector.clear();
        industry.clear();
        owner.clear();
        restoring = false;
        filterChanged(CustomerFilter.none());
    }

    /** The grid's count query also feeds the label, so the total is counted once. */
    private int showCount(long total) {
        count.setText(
                getTranslation(
                        total == 1 ? "customers.count.one" : "customers.count",
                        Formats.number(total, getLocale())));
        return (int) total;
    }

    private QueryParameters currentQuery() {
        List<QuerySortOrder> sort =
                grid.getSortOrder().stream()
                        .map(
                                order ->
                                        new QuerySortOrder(
                                                order.getSorted().getKey(), order.getDirection()))
                        .toList();
        return new CustomerListQuery(filter, sort).toParameters();
    }

    private void updateUrl() {
        Location location =
                new Location(
                        RouteConfiguration.forSessionScope().getUrl(CustomerListView.class),
                        currentQuery());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> sortable = grid.getColumns().stream().map(Grid.Column::getKey).toList();
        CustomerListQuery query =
                CustomerListQuery.from(event.getLocation().getQueryParameters(), sortable);
        restoring = true;
        filter = query.filter();
        search.setValue(Objects.requireNonNullElse(filter.text(), ""));
        status.setValue(filter.status());
        tier.setValue(filter.tier());
        sector.setValue(filter.sector());
        setOrClear(industry, filter.industry());
        owner.setValue(
                owner.getListDataView()
                        .getItems()
                        .filter(option -> option.id().equals(filter.ownerId()))
                        .findFirst()
                        .orElse(null));
        List<QuerySortOrder> sort =
                query.sort().isEmpty()
                        ? List.of(new QuerySortOrder("name", SortDirection.ASCENDING))
                        : query.sort();
        grid.sort(
                sort.stream()
                        .map(
                                order ->
                                        new GridSortOrder<>(
                                                grid.getColumnByKey(order.getSorted()),
                                                order.getDirection()))
                        .toList());
        restoring = false;
        grid.getDataProvider().refreshAll();
    }

    private static <T> void setOrClear(HasValue<?, T> field, T value) {
        if (value == null) {
            field.clear();
        } else {
            field.setValue(value);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customers") + " – " + getTranslation("app.name");
    }
}
