package no.kundeloft.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.OwnerOption;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.Roles;
import no.kundeloft.task.TaskFilter;
import no.kundeloft.task.TaskRow;
import no.kundeloft.task.TaskService;
import no.kundeloft.task.TaskView;

/**
 * {@code /tasks}: my open tasks, overdue, due today, due this week and done, with the visits
 * waiting for my report first; a leader also sees one person's or everyone's in scope. Marked done
 * in the list, changed in a dialog. The view and the person are kept in the address ({@code
 * ?view=overdue&person=12}).
 */
@Route("tasks")
@RolesAllowed({
    Roles.ACCOUNT_MANAGER,
    Roles.KEY_ACCOUNT_MANAGER,
    Roles.TELESALES,
    Roles.FIELD_SALES,
    Roles.TEAM_LEADER,
    Roles.SALES_MANAGER,
    Roles.SALES_DIRECTOR,
    Roles.MEETING_BOOKER
})
public class TasksView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PHONE_WIDTH = 600;

    /** Stands for "everyone in my scope" in the person filter and the address. */
    private static final OwnerOption EVERYONE = new OwnerOption(-1L, "");

    private final TaskService tasks;
    private final CustomerService customers;
    private final Long me;
    private final LocalDate today;
    private final Map<TaskView, Tab> tabs = new EnumMap<>(TaskView.class);
    private final Tabs views = new Tabs();
    private final ComboBox<OwnerOption> person = new ComboBox<>();
    private final Grid<TaskRow> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private boolean restoring;

    public TasksView(TaskService tasks, CustomerService customers, CurrentUser currentUser) {
        this.tasks = tasks;
        this.customers = customers;
        this.me = currentUser.require().employeeId();
        this.today = tasks.today();
        addClassNames("visits-view", "tasks-view");

        for (TaskView view : TaskView.values()) {
            Tab tab = new Tab(getTranslation("tasks.view." + view.name()));
            tab.setId("tasks-tab-" + view.name().toLowerCase(Locale.ROOT));
            tabs.put(view, tab);
            views.add(tab);
        }
        views.addSelectedChangeListener(e -> changed());

        Button add =
                new Button(
                        getTranslation("task.new"),
                        VaadinIcon.PLUS.create(),
                        e ->
                                TaskDialog.newTask(
                                                tasks,
                                                customers,
                                                null,
                                                null,
                                                today,
                                                me,
                                                saved -> refresh())
                                        .open());
        add.setId("task-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div header = new Div(new H2(getTranslation("tasks.title")), add);
        header.addClassName("visits-header");

        Div filters = new Div(views);
        filters.addClassName("filters");
        if (tasks.mayAssign()) {
            List<OwnerOption> people = new java.util.ArrayList<>(tasks.assignees());
            people.add(EVERYONE);
            person.setId("tasks-person");
            person.setLabel(getTranslation("tasks.person"));
            person.setItems(people);
            person.setItemLabelGenerator(
                    p -> p == EVERYONE ? getTranslation("tasks.everyone") : p.fullName());
            person.setValue(people.getFirst());
            person.addValueChangeListener(e -> changed());
            filters.add(person);
        }

        grid.setId("tasks-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::doneCell)
                .setHeader(getTranslation("task.done"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("done");
        grid.addComponentColumn(this::what)
                .setHeader(getTranslation("task.description"))
                .setFlexGrow(3)
                .setKey("what");
        grid.addComponentColumn(
                        t ->
                                t.customerId() == null
                                        ? new Span()
                                        : t.customerOpen()
                                                ? new Anchor(
                                                        "customers/" + t.customerId(),
                                                        t.customerName())
                                                : t.source() == no.kundeloft.task.TaskSource.CALL
                                                        ? new Anchor("calls", t.customerName())
                                                        : new Span(t.customerName()))
                .setHeader(getTranslation("task.customer"))
                .setFlexGrow(2)
                .setKey("customer");
        grid.addColumn(t -> TaskLines.due(t, getLocale()))
                .setHeader(getTranslation("task.due"))
                .setAutoWidth(true)
                .setKey("due");
        grid.addColumn(TaskRow::assigneeName)
                .setHeader(getTranslation("task.assignee"))
                .setAutoWidth(true)
                .setKey("assignee");
        grid.addComponentColumn(t -> TaskLines.origin(this, t))
                .setHeader(getTranslation("task.origin"))
                .setAutoWidth(true)
                .setKey("origin");
        grid.setPartNameGenerator(t -> t.isOverdue(today) ? "overdue" : null);
        grid.setEmptyStateText(getTranslation("tasks.none"));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setHeight("70vh");
        count.setId("tasks-count");
        add(header, filters, count, grid);
        // the style sheet shows a task's customer and due day under it below the same width
        NarrowScreen.onWidth(grid, PHONE_WIDTH, this::fitColumns);
    }

    private Component doneCell(TaskRow task) {
        if (task.isReport()) {
            Button report =
                    new Button(
                            getTranslation("task.writeReport"),
                            e -> getUI().ifPresent(ui -> ui.navigate("visits/" + task.sourceId())));
            report.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return report;
        }
        Checkbox done = new Checkbox(task.done());
        done.setId("task-done-" + task.id());
        done.setAriaLabel(getTranslation("task.markDone", task.description()));
        done.addValueChangeListener(
                e -> {
                    try {
                        tasks.setDone(task.id(), task.version(), e.getValue());
                    } catch (RefusedException refused) {
                        Refusals.show(this, refused);
                    }
                    refresh();
                });
        return done;
    }

    private Component what(TaskRow task) {
        Div what =
                new Div(
                        new Span(
                                task.isReport()
                                        ? getTranslation("task.reportDue", task.description())
                                        : task.description()));
        if (task.isOverdue(today)) {
            Span late = new Span(getTranslation("task.overdue"));
            late.addClassNames("badge", "late");
            what.add(late);
        }
        // on a phone, where the customer and due columns give way, they are read here
        Span detail =
                new Span(
                        (task.customerName() == null ? "" : task.customerName() + " · ")
                                + TaskLines.due(task, getLocale()));
        detail.addClassName("task-what-detail");
        what.add(detail);
        return what;
    }

    /** On a phone the list keeps what and done: customer, due day, who and where from give way. */
    private void fitColumns(boolean narrow) {
        for (String key : List.of("customer", "due", "assignee", "origin")) {
            grid.getColumnByKey(key).setVisible(!narrow);
        }
    }

    private void open(TaskRow task) {
        if (task.isReport()) {
            getUI().ifPresent(ui -> ui.navigate("visits/" + task.sourceId()));
            return;
        }
        TaskDialog.existing(tasks, tasks.get(task.id()), saved -> refresh()).open();
    }

    private TaskFilter filter() {
        TaskView view =
                tabs.entrySet().stream()
                        .filter(e -> e.getValue() == views.getSelectedTab())
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(TaskView.OPEN);
        OwnerOption chosen = person.getValue();
        if (chosen == EVERYONE) {
            return new TaskFilter(view, null, true);
        }
        return new TaskFilter(view, chosen == null ? null : chosen.id(), false);
    }

    private void changed() {
        if (restoring) {
            return;
        }
        refresh();
        updateUrl();
    }

    private void refresh() {
        TaskFilter filter = filter();
        grid.setItems(
                query -> tasks.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> {
                    long total = tasks.count(filter);
                    count.setText(
                            getTranslation("tasks.count", Formats.number(total, getLocale())));
                    return (int) total;
                });
    }

    private void updateUrl() {
        Map<String, String> parameters = new HashMap<>();
        TaskFilter filter = filter();
        if (filter.view() != TaskView.OPEN) {
            parameters.put("view", filter.view().name().toLowerCase(Locale.ROOT));
        }
        if (filter.everyone()) {
            parameters.put("person", "all");
        } else if (filter.assigneeId() != null && !filter.assigneeId().equals(me)) {
            parameters.put("person", filter.assigneeId().toString());
        }
        Location location =
                new Location(
                        RouteConfiguration.forSessionScope().getUrl(TasksView.class),
                        QueryParameters.simple(parameters));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        TaskView view =
                parameters.getOrDefault("view", List.of()).stream()
                        .findFirst()
                        .flatMap(
                                v ->
                                        java.util.Arrays.stream(TaskView.values())
                                                .filter(t -> t.name().equalsIgnoreCase(v))
                                                .findFirst())
                        .orElse(TaskView.OPEN);
        views.setSelectedTab(tabs.get(view));
        parameters.getOrDefault("person", List.of()).stream()
                .findFirst()
                .ifPresent(
                        p ->
                                person.getListDataView()
                                        .getItems()
                                        .filter(
                                                o ->
                                                        p.equals("all")
                                                                ? o == EVERYONE
                                                                : o.id().toString().equals(p))
                                        .findFirst()
                                        .ifPresent(person::setValue));
        restoring = false;
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.title") + " – " + getTranslation("app.name");
    }
}
