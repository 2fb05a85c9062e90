package no.kundeloft.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.AdminTabs;
import no.kundeloft.base.ui.Confirm;
import no.kundeloft.base.ui.IconButton;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.history.ui.HistoryTimeline;
import no.kundeloft.organisation.AdminRuleException;
import no.kundeloft.organisation.AdminService;
import no.kundeloft.organisation.PeopleFilter;
import no.kundeloft.organisation.PersonForm;
import no.kundeloft.organisation.PersonRow;
import no.kundeloft.organisation.TeamOption;
import no.kundeloft.security.Roles;
import no.kundeloft.security.SalesRole;

/**
 * The admin's list of people: search and filter, create people with a one-time password, edit,
 * reset passwords, deactivate and reactivate.
 */
@Route("admin")
@RolesAllowed(Roles.ADMIN)
public class AdminView extends Div implements HasDynamicTitle {

    private final AdminService admin;
    final TextField search = new TextField();
    final Select<SalesRole> role = new Select<>();
    final Select<Boolean> active = new Select<>();
    final ComboBox<TeamOption> team = new ComboBox<>();
    final Grid<PersonRow> grid = new Grid<>(PersonRow.class, false);
    final Button create = new Button();
    private final Span count = new Span();
    private PeopleFilter filter = new PeopleFilter(null, null, null, true);

    public AdminView(AdminService admin) {
        this.admin = admin;
        addClassName("admin-view");
        add(AdminTabs.of(this, "admin"));

        search.setPlaceholder(getTranslation("admin.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refilter());
        role.setItems(SalesRole.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("admin.allRoles"));
        role.setItemLabelGenerator(
                r ->
                        r == null
                                ? getTranslation("admin.allRoles")
                                : getTranslation("role." + r.name()));
        role.addValueChangeListener(e -> refilter());
        team.setPlaceholder(getTranslation("admin.person.team"));
        team.setItems(admin.teams());
        team.setItemLabelGenerator(TeamOption::name);
        team.setClearButtonVisible(true);
        team.addValueChangeListener(e -> refilter());
        active.setItems(true, false);
        active.setEmptySelectionAllowed(true);
        active.setEmptySelectionCaption(getTranslation("admin.activeAndInactive"));
        active.setItemLabelGenerator(
                a ->
                        a == null
                                ? getTranslation("admin.activeAndInactive")
                                : getTranslation(a ? "admin.activeOnly" : "admin.inactiveOnly"));
        active.setValue(true);
        active.addValueChangeListener(e -> refilter());
        create.setText(getTranslation("admin.create"));
        create.setId("create-person");
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openCreate());
        count.addClassName("customer-count");
        RouterLink importPeople =
                new RouterLink(getTranslation("peopleImport.link"), PeopleImportView.class);
        importPeople.setId("import-people");
        Div toolbar = new Div(search, role, team, active, create, importPeople, count);
        toolbar.addClassName("filters");

        grid.addColumn(PersonRow::fullName)
                .setHeader(getTranslation("admin.person.name"))
                .setSortProperty("fullName")
                .setAutoWidth(true)
                .setKey("name");
        grid.addColumn(PersonRow::username)
                .setHeader(getTranslation("admin.person.username"))
                .setSortProperty("username")
                .setAutoWidth(true)
                .setKey("username");
        grid.addColumn(p -> getTranslation("role." + p.role().name()))
                .setHeader(getTranslation("admin.person.role"))
                .setSortProperty("role")
                .setAutoWidth(true)
                .setKey("role");
        grid.addColumn(PersonRow::teamName)
                .setHeader(getTranslation("admin.person.team"))
                .setAutoWidth(true)
                .setKey("team");
        grid.addColumn(
                        p ->
                                getTranslation(
                                        !p.active()
                                                ? "admin.state.inactive"
                                                : p.passwordChangeRequired()
                                                        ? "admin.state.oneTime"
                                                        : "admin.state.active"))
                .setHeader(getTranslation("admin.state"))
                .setAutoWidth(true)
                .setKey("state");
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        NarrowScreen.hideOnPhone(grid, "username", "team", "state");
        grid.setEmptyStateText(getTranslation("admin.empty"));
        grid.setItems(
                query ->
                        admin
                                .people(filter, VaadinSpringDataHelpers.toSpringPageRequest(query))
                                .stream(),
                query -> {
                    long total = admin.count(filter);
                    count.setText(
                            getTranslation("admin.count", Formats.number(total, getLocale())));
                    return (int) total;
                });
        grid.setHeight("70vh");
        add(toolbar, grid);
    }

    private void refilter() {
        filter =
                new PeopleFilter(
                        search.getValue(),
                        role.getValue(),
                        team.getValue() == null ? null : team.getValue().id(),
                        active.getValue());
        grid.getDataProvider().refreshAll();
    }

    private Component actions(PersonRow person) {
        Button edit = icon(VaadinIcon.EDIT, "admin.edit", () -> openEdit(person));
        Button reset = icon(VaadinIcon.KEY, "admin.resetPassword", () -> confirmReset(person));
        Button toggle =
                person.active()
                        ? icon(VaadinIcon.BAN, "admin.deactivate", () -> confirmDeactivate(person))
                        : icon(
                                VaadinIcon.CHECK,
                                "admin.activate",
                                () -> {
                                    admin.activate(person.id());
                                    grid.getDataProvider().refreshAll();
                                });
        HorizontalLayout actions = new HorizontalLayout(edit, reset, toggle);
        if (person.calendarFeed()) {
            actions.add(
                    icon(VaadinIcon.CALENDAR_CLOCK, "admin.feedOff", () -> confirmFeedOff(person)));
        }
        return actions;
    }

    private Button icon(VaadinIcon icon, String labelKey, Runnable action) {
        return IconButton.of(icon, getTranslation(labelKey), action);
    }

    private void openCreate() {
        List<TeamOption> teams = admin.teams();
        PersonForm form = new PersonForm();
        form.setRole(SalesRole.ACCOUNT_MANAGER);
        form.setPreferredLanguage("nb");
        new PersonDialog(
                        getTranslation("admin.create"),
                        form,
                        teams,
                        f -> {
                            String oneTime = admin.create(f);
                            grid.getDataProvider().refreshAll();
                            showOneTimePassword(f.getUsername().toLowerCase(getLocale()), oneTime);
                        })
                .open();
    }

    private void openEdit(PersonRow person) {
        PersonDialog dialog =
                new PersonDialog(
                        getTranslation("admin.edit"),
                        admin.form(person.id()),
                        admin.teams(),
                        f -> {
                            admin.update(person.id(), f);
                            grid.getDataProvider().refreshAll();
                        });
        dialog.add(HistoryTimeline.section(() -> admin.history(person.id())));
        dialog.open();
    }

    private void confirmReset(PersonRow person) {
        ConfirmDialog confirm =
                new ConfirmDialog(
                        getTranslation("admin.resetPassword"),
                        getTranslation("admin.reset.text", person.fullName()),
                        getTranslation("admin.resetPassword"),
                        e ->
                                showOneTimePassword(
                                        person.username(), admin.resetPassword(person.id())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void confirmFeedOff(PersonRow person) {
        Confirm.destructive(
                this,
                getTranslation("admin.feedOff"),
                getTranslation("admin.feedOff.text", person.fullName()),
                getTranslation("admin.feedOff"),
                () -> {
                    admin.turnOffCalendarFeed(person.id());
                    grid.getDataProvider().refreshAll();
                    Notification.show(
                                    getTranslation("admin.feedOff.done", person.fullName()),
                                    4000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
    }

    private void confirmDeactivate(PersonRow person) {
        Confirm.destructive(
                this,
                getTranslation("admin.deactivate"),
                getTranslation("admin.deactivate.text", person.fullName()),
                getTranslation("admin.deactivate"),
                () -> {
                    try {
                        admin.deactivate(person.id());
                        grid.getDataProvider().refreshAll();
                    } catch (AdminRuleException refused) {
                        Notification.show(
                                        getTranslation(refused.messageKey(), refused.arguments()),
                                        8000,
                                        Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                });
    }

    /** The one-time password is shown this once; only its hash is stored. */
    private void showOneTimePassword(String username, String oneTime) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.oneTime.title"));
        Span password = new Span(oneTime);
        password.setId("one-time-password");
        password.addClassName("one-time-password");
        dialog.add(new Paragraph(getTranslation("admin.oneTime.text", username)), password);
        dialog.getFooter()
                .add(new Button(getTranslation("admin.oneTime.done"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin") + " – " + getTranslation("app.name");
    }
}
