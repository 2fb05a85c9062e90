package no.kundeloft.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.budget.BudgetLine;
import no.kundeloft.budget.BudgetService;
import no.kundeloft.budget.BudgetStatus;
import no.kundeloft.budget.BudgetSubject;
import no.kundeloft.security.Roles;

/**
 * {@code /budgets}: the budgets the user drafts, approves or follows for a year, and the selected
 * one in the month editor. Year, filter and the open budget live in the URL ({@code
 * /budgets?year=2026&subject=seller-12}).
 */
@Route("budgets")
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
public class BudgetsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** What the list shows. */
    enum Show {
        ALL(line -> true),
        MY_APPROVAL(BudgetLine::awaitsMyApproval),
        MY_DRAFTS(BudgetLine::mayDraft),
        NOT_STARTED(line -> line.status() == null),
        DRAFT(line -> line.status() == BudgetStatus.DRAFT),
        SENT(line -> line.status() == BudgetStatus.SENT),
        APPROVED(line -> line.status() == BudgetStatus.APPROVED);

        private final Predicate<BudgetLine> test;

        Show(Predicate<BudgetLine> test) {
            this.test = test;
        }
    }

    private final BudgetService budgets;
    private final Grid<BudgetLine> grid = new Grid<>(BudgetLine.class, false);
    private final Select<Integer> year = new Select<>();
    private final Select<Show> show = new Select<>();
    private final Div editorSlot = new Div();
    private final Paragraph empty = new Paragraph();
    private final Button approveAll = new Button();
    private List<BudgetLine> awaitingMe = List.of();
    private BudgetEditor editor;
    private BudgetSubject selected;

    public BudgetsView(BudgetService budgets) {
        this.budgets = budgets;
        addClassName("budgets-view");
        int current = budgets.currentYear();
        year.setLabel(getTranslation("budget.year"));
        year.setItems(current + 1, current, current - 1);
        year.setId("budget-year");
        year.addValueChangeListener(
                e -> {
                    if (e.isFromClient()) {
                        selected = null;
                        updateUrl();
                    }
                });
        show.setLabel(getTranslation("budget.show"));
        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> getTranslation("budget.show." + s.name()));
        show.setId("budget-show");
        show.addValueChangeListener(
                e -> {
                    if (e.isFromClient()) {
                        updateUrl();
                    }
                });
        approveAll.setId("budget-approve-all");
        approveAll.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        approveAll.addClickListener(e -> confirmApproveAll());
        Div controls = new Div(year, show, approveAll);
        controls.addClassName("filters");
        Div header = new Div(new H2(getTranslation("nav.budgets")), controls);
        header.addClassName("budgets-header");

        configureGrid();
        empty.setId("budgets-empty");
        empty.addClassName("empty-state");
        editorSlot.setId("budget-editor-slot");
        add(header, grid, empty, editorSlot);
    }

    private void configureGrid() {
        grid.setId("budgets-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(line -> line.subject().name())
                .setHeader(getTranslation("budget.subject"))
                .setKey("name")
                .setWidth("12rem")
                .setFlexGrow(1)
                .setFrozen(true)
                .setSortable(true)
                .setComparator(
                        (a, b) -> a.subject().name().compareToIgnoreCase(b.subject().name()));
        grid.addColumn(
                        line ->
                                getTranslation(
                                        "budget.kind." + line.subject().subject().kind().name()))
                .setHeader(getTranslation("budget.kindHeader"))
                .setKey("kind")
                .setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(line -> line.subject().teamName() == null ? "" : line.subject().teamName())
                .setHeader(getTranslation("budget.team"))
                .setKey("team")
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(line -> Formats.nok(line.portfolio(), getLocale()))
                .setHeader(getTranslation("budget.portfolio"))
                .setKey("portfolio")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator((a, b) -> a.portfolio().compareTo(b.portfolio()));
        grid.addColumn(line -> Formats.nok(line.newSales(), getLocale()))
                .setHeader(getTranslation("budget.newSales"))
                .setKey("newSales")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator((a, b) -> a.newSales().compareTo(b.newSales()));
        // the state wraps in a column of its own width, so the list fits 1366 px with "sent for
        // approval · waiting for you"
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("budget.state"))
                .setKey("status")
                .setWidth("15rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        NarrowScreen.hideOnPhone(grid, "kind", "team", "newSales");
        grid.setPartNameGenerator(line -> line.awaitsMyApproval() ? "awaits-me" : null);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> select(click.getItem().subject().subject()));
    }

    private Span status(BudgetLine line) {
        String text;
        if (line.status() == null) {
            text = getTranslation("budget.status.none");
        } else {
            text = getTranslation("budget.status." + line.status().name(), line.revision());
        }
        Span badge = new Span(text);
        badge.addClassNames(
                "badge",
                line.status() == null
                        ? "status-prospect"
                        : line.status() == BudgetStatus.APPROVED
                                ? "status-active"
                                : "status-inactive");
        if (line.awaitsMyApproval()) {
            badge.setText(text + " · " + getTranslation("budget.awaitsYou"));
        }
        return badge;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        int current = budgets.currentYear();
        int chosen = parse(first(query, "year"), budgets.budgetYear());
        year.setValue(
                chosen >= current - 1 && chosen <= current + 1 ? chosen : budgets.budgetYear());
        show.setValue(parseShow(first(query, "show")));
        selected = BudgetSubject.parse(first(query, "subject"));
        refresh();
    }

    private void refresh() {
        List<BudgetLine> lines = refreshList();
        grid.setVisible(!lines.isEmpty());
        empty.setVisible(lines.isEmpty());
        empty.setText(
                getTranslation(
                        show.getValue() == Show.ALL ? "budget.empty" : "budget.emptyFiltered"));
        editorSlot.removeAll();
        editor = null;
        if (selected != null) {
            editor =
                    new BudgetEditor(
                            budgets,
                            budgets.sheet(selected, year.getValue()),
                            getLocale(),
                            this::refreshList);
            editorSlot.add(editor);
            editor.scrollIntoView();
        }
    }

    /** Reloads the list (after a change in the editor too), keeping the open budget selected. */
    private List<BudgetLine> refreshList() {
        List<BudgetLine> all = budgets.lines(year.getValue());
        awaitingMe = all.stream().filter(BudgetLine::awaitsMyApproval).toList();
        approveAll.setText(getTranslation("budget.approveAll", awaitingMe.size()));
        approveAll.setVisible(awaitingMe.size() > 1);
        List<BudgetLine> lines = all.stream().filter(show.getValue().test).toList();
        grid.setItems(lines);
        lines.stream()
                .filter(line -> line.subject().subject().equals(selected))
                .findFirst()
                .ifPresent(grid::select);
        return lines;
    }

    /**
     * Approves every budget sent to me at once, after listing them; all of them or, if one has
     * changed, none.
     */
    private void confirmApproveAll() {
        List<BudgetLine> waiting = awaitingMe;
        Div names = new Div();
        waiting.forEach(
                line ->
                        names.add(
                                new Paragraph(
                                        line.subject().name()
                                                + ": "
                                                + Formats.nok(line.portfolio(), getLocale())
                                                + " + "
                                                + Formats.nok(line.newSales(), getLocale()))));
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("budget.approveAll.title", waiting.size()));
        confirm.setText(names);
        confirm.setConfirmText(getTranslation("budget.approveAll", waiting.size()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setId("approve-all-confirm");
        confirm.addConfirmListener(
                e -> {
                    Map<BudgetSubject, Long> versions = new LinkedHashMap<>();
                    waiting.forEach(line -> versions.put(line.subject().subject(), line.version()));
                    try {
                        int approved = budgets.approveAll(versions, year.getValue());
                        Notification.show(
                                        getTranslation("budget.approvedAll", approved),
                                        4000,
                                        Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } catch (RefusedException refused) {
                        Refusals.show(this, refused);
                    }
                    refresh();
                });
        confirm.open();
    }

    private void select(BudgetSubject subject) {
        if (editor != null && editor.isDirty()) {
            ConfirmDialog confirm =
                    new ConfirmDialog(
                            getTranslation("unsaved.title"),
                            getTranslation("budget.unsaved"),
                            getTranslation("unsaved.discard"),
                            e -> {
                                selected = subject;
                                updateUrl();
                            });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("unsaved.stay"));
            confirm.setId("budget-unsaved");
            confirm.open();
            return;
        }
        selected = subject;
        updateUrl();
    }

    private void updateUrl() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("year", String.valueOf(year.getValue()));
        if (show.getValue() != Show.ALL) {
            parameters.put("show", show.getValue().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (selected != null) {
            parameters.put("subject", selected.token());
        }
        getUI().ifPresent(ui -> ui.navigate("budgets", QueryParameters.simple(parameters)));
    }

    private static Show parseShow(String text) {
        for (Show value : Show.values()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        return Show.ALL;
    }

    private static int parse(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.budgets") + " – " + getTranslation("app.name");
    }
}
