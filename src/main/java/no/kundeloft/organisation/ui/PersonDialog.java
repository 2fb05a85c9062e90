package no.kundeloft.organisation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kundeloft.base.i18n.Translations;
import no.kundeloft.base.ui.FormRules;
import no.kundeloft.organisation.AdminRuleException;
import no.kundeloft.organisation.PersonForm;
import no.kundeloft.organisation.TeamOption;
import no.kundeloft.security.SalesRole;

/**
 * Creates or edits a person: name, username, e-mail, role, team, teams served (meeting bookers) and
 * language.
 */
class PersonDialog extends Dialog {

    final TextField fullName = new TextField();
    final TextField username = new TextField();
    final TextField email = new TextField();
    final Select<SalesRole> role = new Select<>();
    final ComboBox<TeamOption> team = new ComboBox<>();
    final MultiSelectComboBox<TeamOption> servedTeams = new MultiSelectComboBox<>();
    final Select<String> language = new Select<>();
    final Button save = new Button();
    private final Binder<PersonForm> binder = new Binder<>(PersonForm.class);

    /** What the dialog does with a valid form; throws {@link AdminRuleException} to refuse it. */
    interface Action {
        void save(PersonForm form);
    }

    PersonDialog(String heading, PersonForm form, List<TeamOption> teams, Action action) {
        setHeaderTitle(heading);
        Map<Long, TeamOption> byId =
                teams.stream().collect(Collectors.toMap(TeamOption::id, Function.identity()));
        fullName.setId("person-full-name");
        username.setId("person-username");
        save.setId("save-person");
        fullName.setLabel(getTranslation("admin.person.name"));
        username.setLabel(getTranslation("admin.person.username"));
        email.setLabel(getTranslation("admin.person.email"));
        role.setLabel(getTranslation("admin.person.role"));
        role.setItems(SalesRole.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        team.setLabel(getTranslation("admin.person.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(t -> t.name() + " (" + t.departmentName() + ")");
        team.setClearButtonVisible(true);
        servedTeams.setLabel(getTranslation("admin.person.servedTeams"));
        servedTeams.setItems(teams);
        servedTeams.setItemLabelGenerator(TeamOption::name);
        language.setLabel(getTranslation("user.language"));
        language.setItems(Translations.LOCALES.stream().map(l -> l.getLanguage()).toList());
        language.setItemLabelGenerator(tag -> getTranslation("language." + tag));
        role.addValueChangeListener(
                e -> servedTeams.setVisible(e.getValue() == SalesRole.MEETING_BOOKER));

        binder.forField(fullName)
                .asRequired(
                        getTranslation("validation.required", getTranslation("admin.person.name")))
                .withValidator(FormRules.field(PersonForm.class, "fullName"))
                .bind(PersonForm::getFullName, PersonForm::setFullName);
        binder.forField(username)
                .asRequired(
                        getTranslation(
                                "validation.required", getTranslation("admin.person.username")))
                .withValidator(
                        v -> v.trim().matches("[A-Za-z0-9._-]{1,60}"),
                        getTranslation("admin.person.username.invalid"))
                .withValidator(FormRules.field(PersonForm.class, "username"))
                .bind(PersonForm::getUsername, PersonForm::setUsername);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .withValidator(FormRules.field(PersonForm.class, "email"))
                .bind(PersonForm::getEmail, PersonForm::setEmail);
        binder.forField(role)
                .asRequired(
                        getTranslation("validation.required", getTranslation("admin.person.role")))
                .withValidator(FormRules.field(PersonForm.class, "role"))
                .bind(PersonForm::getRole, PersonForm::setRole);
        binder.forField(team)
                .bind(
                        f -> f.getTeamId() == null ? null : byId.get(f.getTeamId()),
                        (f, t) -> f.setTeamId(t == null ? null : t.id()));
        binder.forField(servedTeams)
                .bind(
                        f ->
                                f.getServedTeamIds().stream()
                                        .map(byId::get)
                                        .collect(Collectors.toSet()),
                        (f, chosen) ->
                                f.setServedTeamIds(
                                        chosen.stream()
                                                .map(TeamOption::id)
                                                .collect(Collectors.toSet())));
        binder.forField(language)
                .withValidator(FormRules.field(PersonForm.class, "preferredLanguage"))
                .bind(PersonForm::getPreferredLanguage, PersonForm::setPreferredLanguage);
        binder.readBean(form);
        servedTeams.setVisible(form.getRole() == SalesRole.MEETING_BOOKER);

        FormLayout fields =
                new FormLayout(fullName, username, email, role, team, servedTeams, language);
        fields.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(fields);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(
                e -> {
                    if (!binder.writeBeanIfValid(form)) {
                        return;
                    }
                    try {
                        action.save(form);
                        close();
                    } catch (AdminRuleException refused) {
                        username.setErrorMessage(
                                getTranslation(refused.messageKey(), refused.arguments()));
                        username.setInvalid(true);
                    }
                });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        fullName.focus();
    }
}
