package no.kundeloft.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.kundeloft.base.ui.AdminTabs;
import no.kundeloft.base.ui.Confirm;
import no.kundeloft.base.ui.IconButton;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.organisation.AdminRuleException;
import no.kundeloft.organisation.OrganisationAdminService;
import no.kundeloft.organisation.OrganisationTree;
import no.kundeloft.organisation.OrganisationTree.DepartmentNode;
import no.kundeloft.organisation.OrganisationTree.DivisionNode;
import no.kundeloft.organisation.OrganisationTree.PersonOption;
import no.kundeloft.organisation.OrganisationTree.TeamNode;
import no.kundeloft.organisation.Sector;
import no.kundeloft.security.Roles;
import no.kundeloft.security.SalesRole;

/**
 * The admin's view of the whole organisation: divisions, departments and teams with their heads,
 * each team's size against its range, and the changes an organisation goes through.
 */
@Route("admin/organisation")
@RolesAllowed(Roles.ADMIN)
public class OrganisationAdminView extends Div implements HasDynamicTitle {

    private final OrganisationAdminService orgAdmin;
    private final Div content = new Div();
    private OrganisationTree tree;

    public OrganisationAdminView(OrganisationAdminService orgAdmin) {
        this.orgAdmin = orgAdmin;
        addClassName("admin-view");
        Button newDivision =
                new Button(
                        getTranslation("orgadmin.newDivision"),
                        VaadinIcon.PLUS.create(),
                        e -> divisionDialog(null));
        newDivision.setId("new-division");
        newDivision.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(AdminTabs.of(this, "admin/organisation"), newDivision, content);
        refresh();
    }

    private void refresh() {
        tree = orgAdmin.tree();
        content.removeAll();
        if (tree.divisions().isEmpty()) {
            content.add(new Paragraph(getTranslation("orgadmin.empty")));
        }
        tree.divisions().forEach(division -> content.add(divisionCard(division)));
    }

    private Component divisionCard(DivisionNode division) {
        Div card = new Div();
        card.addClassNames("card", "section", "org-division");
        String details =
                Stream.of(
                                getTranslation(
                                        "orgadmin.director", orDash(division.directorName())),
                                division.country(),
                                division.sector() == null
                                        ? null
                                        : getTranslation("sector." + division.sector()))
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining(" · "));
        card.add(
                heading(
                        new H3(division.name()),
                        details,
                        button(VaadinIcon.EDIT, "orgadmin.edit", () -> divisionDialog(division)),
                        button(
                                VaadinIcon.PLUS,
                                "orgadmin.newDepartment",
                                () -> departmentDialog(null, division.id()))));
        division.departments()
                .forEach(department -> card.add(departmentBlock(department, division.id())));
        return card;
    }

    private Component departmentBlock(DepartmentNode department, Long divisionId) {
        Div block = new Div();
        block.addClassName("org-department");
        block.add(
                heading(
                        new H4(department.name()),
                        getTranslation("orgadmin.manager", orDash(department.managerName())),
                        button(
                                VaadinIcon.EDIT,
                                "orgadmin.edit",
                                () -> departmentDialog(department, divisionId)),
                        button(
                                VaadinIcon.PLUS,
                                "orgadmin.newTeam",
                                () -> teamDialog(null, department.id()))));
        department.teams().forEach(team -> block.add(teamLine(team, department.id())));
        return block;
    }

    private Component teamLine(TeamNode team, Long departmentId) {
        Span name = new Span(team.name());
        name.addClassName("org-team-name");
        Span leader =
                new Span(
                        getTranslation("orgadmin.leader", orDash(team.leaderName()))
                                + (team.leaderHasOwnBudget()
                                        ? " · " + getTranslation("orgadmin.ownBudget")
                                        : ""));
        Span size = new Span(getTranslation("team.size", team.sellers(), team.min(), team.max()));
        size.addClassNames("badge", team.sizeOk() ? "status-active" : "status-lost");
        Div line =
                new Div(
                        name,
                        leader,
                        size,
                        button(
                                VaadinIcon.EDIT,
                                "orgadmin.edit",
                                () -> teamDialog(team, departmentId)),
                        button(VaadinIcon.CONNECT, "orgadmin.merge", () -> mergeDialog(team)),
                        button(
                                VaadinIcon.CLOSE_CIRCLE,
                                "orgadmin.close",
                                () -> confirmClose(team)));
        line.addClassName("org-team");
        line.setId("team-" + team.id());
        return line;
    }

    private Component heading(Component title, String details, Button... actions) {
        Span text = new Span(details);
        text.addClassName("org-details");
        Div heading = new Div(title, text);
        heading.add(actions);
        heading.addClassName("org-heading");
        return heading;
    }

    private Button button(VaadinIcon icon, String labelKey, Runnable action) {
        return IconButton.of(icon, getTranslation(labelKey), action);
    }

    private String orDash(String value) {
        return value == null ? "–" : value;
    }

    void divisionDialog(DivisionNode division) {
        TextField name = nameField(division == null ? null : division.name());
        TextField country = new TextField(getTranslation("customer.country"));
        country.setValue(
                division == null || division.country() == null ? "NO" : division.country());
        Select<Sector> sector = new Select<>();
        sector.setLabel(getTranslation("customer.sector"));
        sector.setItems(Sector.values());
        sector.setEmptySelectionAllowed(true);
        sector.setItemLabelGenerator(
                v ->
                        v == null
                                ? getTranslation("orgadmin.anySector")
                                : getTranslation("sector." + v.name()));
        sector.setValue(division == null ? null : division.sector());
        ComboBox<PersonOption> director =
                personBox(
                        "orgadmin.directorLabel",
                        SalesRole.SALES_DIRECTOR,
                        division == null ? null : division.directorId());
        open(
                getTranslation(division == null ? "orgadmin.newDivision" : "orgadmin.editDivision"),
                name,
                () ->
                        orgAdmin.saveDivision(
                                division == null ? null : division.id(),
                                name.getValue(),
                                country.getValue().trim().toUpperCase(Locale.ROOT),
                                sector.getValue(),
                                idOf(director)),
                name,
                country,
                sector,
                director);
    }

    void departmentDialog(DepartmentNode department, Long divisionId) {
        TextField name = nameField(department == null ? null : department.name());
        Select<DivisionNode> division = new Select<>();
        division.setLabel(getTranslation("orgadmin.division"));
        division.setItems(tree.divisions());
        division.setItemLabelGenerator(DivisionNode::name);
        division.setValue(
                tree.divisions().stream()
                        .filter(d -> d.id().equals(divisionId))
                        .findFirst()
                        .orElse(null));
        ComboBox<PersonOption> manager =
                personBox(
                        "orgadmin.managerLabel",
                        SalesRole.SALES_MANAGER,
                        department == null ? null : department.managerId());
        open(
                getTranslation(
                        department == null ? "orgadmin.newDepartment" : "orgadmin.editDepartment"),
                name,
                () ->
                        orgAdmin.saveDepartment(
                                department == null ? null : department.id(),
                                name.getValue(),
                                division.getValue().id(),
                                idOf(manager)),
                name,
                division,
                manager);
    }

    void teamDialog(TeamNode team, Long departmentId) {
        TextField name = nameField(team == null ? null : team.name());
        name.setId("team-name");
        Select<DepartmentNode> department = new Select<>();
        department.setLabel(getTranslation("orgadmin.department"));
        List<DepartmentNode> all =
                tree.divisions().stream().flatMap(d -> d.departments().stream()).toList();
        department.setItems(all);
        department.setItemLabelGenerator(DepartmentNode::name);
        department.setValue(
                all.stream().filter(d -> d.id().equals(departmentId)).findFirst().orElse(null));
        ComboBox<PersonOption> leader =
                personBox(
                        "orgadmin.leaderLabel",
                        SalesRole.TEAM_LEADER,
                        team == null ? null : team.leaderId());
        Checkbox ownBudget =
                new Checkbox(
                        getTranslation("home.team.ownBudget"),
                        team != null && team.leaderHasOwnBudget());
        open(
                getTranslation(team == null ? "orgadmin.newTeam" : "orgadmin.editTeam"),
                name,
                () ->
                        orgAdmin.saveTeam(
                                team == null ? null : team.id(),
                                name.getValue(),
                                department.getValue().id(),
                                idOf(leader),
                                ownBudget.getValue()),
                name,
                department,
                leader,
                ownBudget);
    }

    void mergeDialog(TeamNode team) {
        long people = orgAdmin.activeMembers(team.id());
        Select<TeamNode> into = new Select<>();
        into.setLabel(getTranslation("orgadmin.mergeInto"));
        into.setItems(
                tree.divisions().stream()
                        .flatMap(d -> d.departments().stream())
                        .flatMap(d -> d.teams().stream())
                        .filter(t -> !t.id().equals(team.id()))
                        .toList());
        into.setItemLabelGenerator(TeamNode::name);
        Paragraph what = new Paragraph(getTranslation("orgadmin.merge.text", team.name(), people));
        open(
                getTranslation("orgadmin.merge"),
                null,
                () -> {
                    if (into.getValue() == null) {
                        throw new AdminRuleException("orgadmin.chooseTeam");
                    }
                    orgAdmin.mergeTeam(team.id(), into.getValue().id());
                    return team.id();
                },
                what,
                into);
    }

    void confirmClose(TeamNode team) {
        Confirm.destructive(
                this,
                getTranslation("orgadmin.close"),
                getTranslation("orgadmin.close.text", team.name()),
                getTranslation("orgadmin.close"),
                () ->
                        attempt(
                                () -> {
                                    orgAdmin.closeTeam(team.id());
                                    return team.id();
                                }));
    }

    private TextField nameField(String value) {
        TextField name = new TextField(getTranslation("orgadmin.name"));
        name.setValue(value == null ? "" : value);
        name.setRequiredIndicatorVisible(true);
        return name;
    }

    private ComboBox<PersonOption> personBox(String labelKey, SalesRole role, Long currentId) {
        ComboBox<PersonOption> box = new ComboBox<>(getTranslation(labelKey));
        List<PersonOption> options = orgAdmin.people(role);
        box.setItems(options);
        box.setItemLabelGenerator(PersonOption::fullName);
        box.setClearButtonVisible(true);
        box.setValue(
                options.stream().filter(o -> o.id().equals(currentId)).findFirst().orElse(null));
        return box;
    }

    private static Long idOf(ComboBox<PersonOption> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }

    /** A dialog with the fields; Save runs the change, or shows why it was refused. */
    private void open(
            String heading, TextField requiredName, Supplier<Long> change, Component... fields) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(heading);
        dialog.add(new FormLayout(fields));
        Button save =
                new Button(
                        getTranslation("common.save"),
                        e -> {
                            if (requiredName != null && requiredName.getValue().isBlank()) {
                                requiredName.setErrorMessage(
                                        getTranslation(
                                                "validation.required",
                                                getTranslation("orgadmin.name")));
                                requiredName.setInvalid(true);
                                return;
                            }
                            if (attempt(change)) {
                                dialog.close();
                            }
                        });
        save.setId("save-org");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private boolean attempt(Supplier<Long> change) {
        try {
            change.get();
            refresh();
            return true;
        } catch (AdminRuleException refused) {
            Refusals.show(this, refused);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orgadmin.title") + " – " + getTranslation("app.name");
    }
}
