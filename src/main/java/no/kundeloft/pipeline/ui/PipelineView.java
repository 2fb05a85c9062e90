package no.kundeloft.pipeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.ui.RouteAccess;
import no.kundeloft.base.ui.Saved;
import no.kundeloft.base.ui.SpreadsheetDownload;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.OwnerOption;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.RecentItemService;
import no.kundeloft.organisation.RecentKind;
import no.kundeloft.organisation.TeamSummary;
import no.kundeloft.pipeline.DealDetails;
import no.kundeloft.pipeline.DealExportService;
import no.kundeloft.pipeline.DealFilter;
import no.kundeloft.pipeline.DealKind;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.pipeline.StageOption;
import no.kundeloft.security.Roles;

/**
 * {@code /pipeline}: the deals in scope as a board (a column per open stage) or as a lazy, sortable
 * list, with filters kept in the address; {@code ?deal=ID} opens a deal.
 */
@Route("pipeline")
@RolesAllowed({
    Roles.ACCOUNT_MANAGER,
    Roles.KEY_ACCOUNT_MANAGER,
    Roles.TELESALES,
    Roles.FIELD_SALES,
    Roles.TEAM_LEADER,
    Roles.SALES_MANAGER,
    Roles.SALES_DIRECTOR,
    Roles.ADMIN
})
public class PipelineView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DealService deals;
    private final RecentItemService recentItems;
    private final CustomerService customers;
    private final PipelineBoard board;
    private final DealGrid grid = new DealGrid();
    private final Tab boardTab = new Tab(getTranslation("pipeline.board"));
    private final Tab listTab = new Tab(getTranslation("pipeline.list"));
    private final Tabs views = new Tabs(boardTab, listTab);
    private final ComboBox<OwnerOption> owner = new ComboBox<>();
    private final Select<TeamSummary> team = new Select<>();
    private final Select<DealKind> kind = new Select<>();
    private final ComboBox<YearMonth> from = new ComboBox<>();
    private final ComboBox<YearMonth> to = new ComboBox<>();
    private final Select<StageOption> stage = new Select<>();
    private final Checkbox stuck = new Checkbox();
    private final Select<String> show = new Select<>();
    private final Span count = new Span();
    private DealFilter filter = DealFilter.open();
    private boolean restoring;

    public PipelineView(
            DealService deals,
            CustomerService customers,
            OrganisationService organisation,
            AuthenticationContext authentication,
            DealExportService exports,
            RecentItemService recentItems) {
        this.deals = deals;
        this.recentItems = recentItems;
        this.customers = customers;
        addClassName("pipeline-view");
        board = new PipelineBoard(deals, this::openDeal, this::showStageInList, this::refresh);
        Div actions = new Div();
        actions.addClassName("view-actions");
        if (RouteAccess.allows(authentication, PipelineReviewView.class)) {
            Anchor review = new Anchor("pipeline/review", getTranslation("review.title"));
            review.setId("pipeline-review");
            actions.add(review);
        }
        actions.add(
                SpreadsheetDownload.link(
                        getTranslation("pipeline.exportCsv"),
                        "salgsmuligheter.csv",
                        "export-csv",
                        out -> exports.export(filter, DealExportService.Format.CSV, out)),
                SpreadsheetDownload.link(
                        getTranslation("pipeline.exportExcel"),
                        "salgsmuligheter.xlsx",
                        "export-xlsx",
                        out -> exports.export(filter, DealExportService.Format.XLSX, out)));
        if (deals.mayEdit()) {
            Anchor importLink = new Anchor("pipeline/import", getTranslation("pipeline.import"));
            importLink.setId("pipeline-import");
            Button add =
                    new Button(
                            getTranslation("deal.new"),
                            VaadinIcon.PLUS.create(),
                            e ->
                                    DealDialog.newDeal(deals, customers, null, null, this::saved)
                                            .open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-deal");
            actions.add(importLink, add);
        }
        Div header = new Div(new H2(getTranslation("pipeline.title")), actions);
        header.addClassName("view-header");
        views.setId("pipeline-views");
        views.addSelectedChangeListener(
                e -> {
                    if (!restoring) {
                        refresh();
                        updateUrl();
                    }
                });
        count.setId("pipeline-count");
        count.addClassName("result-count");
        add(header, views, filters(organisation), count, board, grid);
        configureGrid();
    }

    private Component filters(OrganisationService organisation) {
        owner.setPlaceholder(getTranslation("pipeline.filter.owner"));
        owner.setAriaLabel(getTranslation("pipeline.filter.owner"));
        owner.setId("filter-owner");
        owner.setItems(deals.owners());
        owner.setItemLabelGenerator(OwnerOption::fullName);
        owner.setClearButtonVisible(true);
        owner.addValueChangeListener(
                e ->
                        filterChanged(
                                filter.withOwner(e.getValue() == null ? null : e.getValue().id())));

        List<TeamSummary> teams = organisation.myTeams();
        team.setId("filter-team");
        team.setAriaLabel(getTranslation("pipeline.filter.team"));
        team.setItems(teams);
        team.setEmptySelectionAllowed(true);
        team.setEmptySelectionCaption(getTranslation("pipeline.filter.anyTeam"));
        team.setItemLabelGenerator(
                t -> t == null ? getTranslation("pipeline.filter.anyTeam") : t.name());
        team.setVisible(teams.size() > 1);
        team.addValueChangeListener(
                e ->
                        filterChanged(
                                filter.withTeam(e.getValue() == null ? null : e.getValue().id())));

        kind.setId("filter-kind");
        kind.setAriaLabel(getTranslation("deal.kind"));
        kind.setItems(DealKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("pipeline.filter.anyKind"));
        kind.setItemLabelGenerator(
                k ->
                        k == null
                                ? getTranslation("pipeline.filter.anyKind")
                                : getTranslation("deal.kind." + k.name()));
        kind.addValueChangeListener(e -> filterChanged(filter.withKind(e.getValue())));

        List<YearMonth> months = deals.closeMonths();
        for (ComboBox<YearMonth> month : List.of(from, to)) {
            month.setItems(months);
            month.setItemLabelGenerator(m -> Formats.month(m, getLocale()));
            month.setClearButtonVisible(true);
            month.addValueChangeListener(
                    e -> filterChanged(filter.withClose(from.getValue(), to.getValue())));
        }
        from.setId("filter-from");
        from.setPlaceholder(getTranslation("pipeline.filter.from"));
        from.setAriaLabel(getTranslation("pipeline.filter.from"));
        to.setId("filter-to");
        to.setPlaceholder(getTranslation("pipeline.filter.to"));
        to.setAriaLabel(getTranslation("pipeline.filter.to"));

        stage.setId("filter-stage");
        stage.setAriaLabel(getTranslation("deal.stage"));
        stage.setItems(deals.stages());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("pipeline.filter.anyStage"));
        stage.setItemLabelGenerator(
                s ->
                        s == null
                                ? getTranslation("pipeline.filter.anyStage")
                                : StageNames.of(this, s));
        stage.addValueChangeListener(
                e ->
                        filterChanged(
                                filter.withStage(e.getValue() == null ? null : e.getValue().id())));

        stuck.setLabel(getTranslation("pipeline.filter.stuck", DealService.STUCK_DAYS));
        stuck.setId("filter-stuck");
        stuck.addValueChangeListener(e -> filterChanged(filter.withStuck(e.getValue())));

        show.setId("filter-show");
        show.setAriaLabel(getTranslation("pipeline.filter.show"));
        show.setItems("open", "closed", "all");
        show.setItemLabelGenerator(value -> getTranslation("pipeline.filter.show." + value));
        show.setValue("open");
        show.addValueChangeListener(e -> filterChanged(filter.withClosed(closed(e.getValue()))));

        Button clear = new Button(getTranslation("pipeline.filter.clear"), e -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("filter-clear");
        Div filters = new Div(owner, team, kind, stage, from, to, show, stuck, clear);
        filters.addClassName("filters");
        return filters;
    }

    private void configureGrid() {
        grid.addItemClickListener(e -> openDeal(e.getItem().id()));
        grid.setItems(
                query ->
                        deals
                                .list(
                                        filter,
                                        query.getOffset(),
                                        query.getLimit(),
                                        DealGrid.springSort(query.getSortOrders()))
                                .stream(),
                query -> showCount(deals.count(filter)));
    }

    private int showCount(long total) {
        count.setText(
                getTranslation(
                        total == 1 ? "pipeline.count.one" : "pipeline.count",
                        Formats.number(total, getLocale())));
        return (int) total;
    }

    private void openDeal(Long id) {
        DealDialog dialog = DealDialog.existing(deals, id, this::saved);
        recentItems.opened(RecentKind.DEAL, id);
        dialog.open();
    }

    private void saved(DealDetails deal) {
        Saved.show(this, "deal.saved", deal.title());
        owner.setItems(deals.owners());
        restoreOwner();
        refresh();
    }

    private void showStageInList(StageOption column) {
        restoring = true;
        views.setSelectedTab(listTab);
        stage.setValue(column);
        restoring = false;
        filter = filter.withStage(column.id());
        refresh();
        updateUrl();
    }

    private void filterChanged(DealFilter changed) {
        if (restoring || Objects.equals(changed, filter)) {
            return;
        }
        filter = changed;
        refresh();
        updateUrl();
    }

    private void refresh() {
        boolean list = views.getSelectedTab() == listTab;
        board.setVisible(!list);
        grid.setVisible(list);
        count.setVisible(list);
        show.setVisible(list);
        if (list) {
            grid.getDataProvider().refreshAll();
        } else {
            board.show(filter);
        }
    }

    private void clearFilters() {
        restoring = true;
        owner.clear();
        team.clear();
        kind.clear();
        from.clear();
        to.clear();
        stage.clear();
        stuck.clear();
        show.setValue("open");
        restoring = false;
        filterChanged(DealFilter.open());
    }

    private void updateUrl() {
        Location location =
                new Location(
                        RouteConfiguration.forSessionScope().getUrl(PipelineView.class),
                        new PipelineQuery(filter, views.getSelectedTab() == listTab)
                                .toParameters());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PipelineQuery query = PipelineQuery.from(event.getLocation().getQueryParameters());
        restoring = true;
        filter = query.filter();
        views.setSelectedTab(query.list() ? listTab : boardTab);
        restoreOwner();
        team.setValue(
                team.getListDataView()
                        .getItems()
                        .filter(t -> t.id().equals(filter.teamId()))
                        .findFirst()
                        .orElse(null));
        kind.setValue(filter.kind());
        from.setValue(filter.closeFrom());
        to.setValue(filter.closeTo());
        stage.setValue(
                stage.getListDataView()
                        .getItems()
                        .filter(s -> s.id().equals(filter.stageId()))
                        .findFirst()
                        .orElse(null));
        stuck.setValue(filter.stuck());
        show.setValue(filter.closed() == null ? "open" : filter.closed() ? "closed" : "all");
        restoring = false;
        refresh();
        openLinkedDeal(
                event.getLocation()
                        .getQueryParameters()
                        .getParameters()
                        .getOrDefault("deal", List.of()));
    }

    /**
     * {@code /pipeline?deal=ID} opens that deal; one outside the user's scope is "not found", like
     * a missing one.
     */
    private void openLinkedDeal(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            openDeal(Long.valueOf(ids.getFirst()));
        } catch (NumberFormatException e) {
            throw new NotFoundException("Deal", ids.getFirst());
        }
    }

    private void restoreOwner() {
        boolean was = restoring;
        restoring = true;
        owner.setValue(
                owner.getListDataView()
                        .getItems()
                        .filter(o -> o.id().equals(filter.ownerId()))
                        .findFirst()
                        .orElse(null));
        restoring = was;
    }

    private static Boolean closed(String show) {
        return "closed".equals(show) ? Boolean.TRUE : "all".equals(show) ? Boolean.FALSE : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pipeline.title") + " – " + getTranslation("app.name");
    }
}
