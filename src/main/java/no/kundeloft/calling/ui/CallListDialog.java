package no.kundeloft.calling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Confirm;
import no.kundeloft.base.ui.FormRules;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.calling.CallListDetails;
import no.kundeloft.calling.CallListForm;
import no.kundeloft.calling.CallListImportService;
import no.kundeloft.calling.CallListService;
import no.kundeloft.calling.CallListStatus;
import no.kundeloft.calling.PersonChoice;
import no.kundeloft.organisation.TeamOption;

/**
 * A call list to set up or change: name, period, calling hours, retries, the teams it draws on, who
 * calls and for whom meetings may be booked, and the script; once saved, contacts are added from a
 * selection with a preview of how many and what is left out. A director (or a leader of someone
 * else's list) reads it.
 */
class CallListDialog extends Dialog {

    private final CallListService lists;
    private final CallListImportService imports;
    private final Consumer<CallListDetails> saved;
    private final Binder<CallListForm> binder = new Binder<>(CallListForm.class);
    private CallListDetails details;

    CallListDialog(
            CallListService lists,
            CallListImportService imports,
            Long id,
            Consumer<CallListDetails> saved) {
        this.lists = lists;
        this.imports = imports;
        this.saved = saved;
        this.details = id == null ? null : lists.get(id);
        setId("call-list-dialog");
        setWidth("min(52rem, 100vw)");
        setHeaderTitle(details == null ? getTranslation("callList.new") : details.form().getName());
        if (details != null && !details.editable()) {
            add(readOnly(details));
            getFooter().add(new Button(getTranslation("common.close"), e -> close()));
            return;
        }
        add(form());
        if (details != null) {
            add(
                    new ContactSelectionPanel(lists, details.id(), () -> saved.accept(details)),
                    new ListImportPanel(imports, details.id(), () -> saved.accept(details)));
        }
    }

    private Component readOnly(CallListDetails list) {
        Div facts = new Div();
        facts.add(
                new Paragraph(
                        getTranslation("callList.status." + list.status().name())
                                + " · "
                                + list.ownerName()));
        facts.add(
                new Paragraph(
                        getTranslation("callList.teams")
                                + ": "
                                + String.join(", ", list.teamNames())));
        facts.add(
                new Paragraph(
                        getTranslation("callList.callers")
                                + ": "
                                + String.join(", ", list.callerNames())));
        facts.add(
                new Paragraph(
                        getTranslation("callList.sellers")
                                + ": "
                                + String.join(", ", list.sellerNames())));
        if (list.form().getScript() != null) {
            Paragraph script = new Paragraph(list.form().getScript());
            script.addClassName("call-script-text");
            facts.add(script);
        }
        return facts;
    }

    private Component form() {
        TextField name = new TextField(getTranslation("callList.name"));
        name.setId("call-list-name");
        name.setMaxLength(120);
        binder.forField(name)
                .asRequired(getTranslation("callList.nameRequired"))
                .withValidator(FormRules.field(CallListForm.class, "name"))
                .bind(CallListForm::getName, CallListForm::setName);
        DatePicker from = new DatePicker(getTranslation("callList.startsOn"));
        from.setId("call-list-starts");
        binder.forField(from)
                .asRequired(getTranslation("callList.periodRequired"))
                .bind(CallListForm::getStartsOn, CallListForm::setStartsOn);
        DatePicker until = new DatePicker(getTranslation("callList.endsOn"));
        until.setId("call-list-ends");
        binder.forField(until)
                .asRequired(getTranslation("callList.periodRequired"))
                .withValidator(
                        end -> from.getValue() == null || !end.isBefore(from.getValue()),
                        getTranslation("callList.refused.period"))
                .bind(CallListForm::getEndsOn, CallListForm::setEndsOn);
        TimePicker callsFrom = new TimePicker(getTranslation("callList.callsFrom"));
        callsFrom.setId("call-list-from");
        callsFrom.setStep(Duration.ofMinutes(30));
        binder.forField(callsFrom)
                .asRequired(getTranslation("callList.hoursRequired"))
                .bind(CallListForm::getCallsFrom, CallListForm::setCallsFrom);
        TimePicker callsUntil = new TimePicker(getTranslation("callList.callsUntil"));
        callsUntil.setId("call-list-until");
        callsUntil.setStep(Duration.ofMinutes(30));
        binder.forField(callsUntil)
                .asRequired(getTranslation("callList.hoursRequired"))
                .withValidator(
                        end -> callsFrom.getValue() == null || end.isAfter(callsFrom.getValue()),
                        getTranslation("callList.refused.hours"))
                .bind(CallListForm::getCallsUntil, CallListForm::setCallsUntil);
        IntegerField retry = new IntegerField(getTranslation("callList.retryMinutes"));
        retry.setId("call-list-retry");
        retry.setMin(5);
        retry.setMax(10080);
        binder.forField(retry)
                .asRequired()
                .withValidator(FormRules.field(CallListForm.class, "retryMinutes"))
                .bind(CallListForm::getRetryMinutes, CallListForm::setRetryMinutes);
        IntegerField tries = new IntegerField(getTranslation("callList.maxTries"));
        tries.setId("call-list-tries");
        tries.setMin(1);
        tries.setMax(20);
        binder.forField(tries)
                .asRequired()
                .withValidator(FormRules.field(CallListForm.class, "maxTries"))
                .bind(CallListForm::getMaxTries, CallListForm::setMaxTries);

        List<TeamOption> teamChoices = lists.teamChoices();
        MultiSelectComboBox<TeamOption> teams =
                new MultiSelectComboBox<>(getTranslation("callList.teams"));
        teams.setId("call-list-teams");
        teams.setItems(teamChoices);
        teams.setItemLabelGenerator(t -> t.name() + " (" + t.departmentName() + ")");
        binder.forField(teams)
                .asRequired(getTranslation("callList.refused.teams"))
                .bind(
                        form -> pick(teamChoices, TeamOption::id, form.getTeamIds()),
                        (form, picked) ->
                                form.setTeamIds(
                                        picked.stream()
                                                .map(TeamOption::id)
                                                .collect(Collectors.toSet())));
        List<PersonChoice> callerChoices = lists.callerChoices();
        MultiSelectComboBox<PersonChoice> callers = people("callList.callers", callerChoices);
        callers.setId("call-list-callers");
        binder.forField(callers)
                .bind(
                        form -> pick(callerChoices, PersonChoice::id, form.getCallerIds()),
                        (form, picked) ->
                                form.setCallerIds(
                                        picked.stream()
                                                .map(PersonChoice::id)
                                                .collect(Collectors.toSet())));
        MultiSelectComboBox<PersonChoice> sellers = people("callList.sellers", List.of());
        sellers.setId("call-list-sellers");
        Runnable sellersOfTeams =
                () -> {
                    Set<PersonChoice> kept = sellers.getValue();
                    List<PersonChoice> choices =
                            lists.sellerChoices(
                                    teams.getValue().stream().map(TeamOption::id).toList());
                    sellers.setItems(choices);
                    sellers.setValue(
                            choices.stream()
                                    .filter(c -> kept.stream().anyMatch(k -> k.id().equals(c.id())))
                                    .collect(Collectors.toSet()));
                };
        teams.addValueChangeListener(e -> sellersOfTeams.run());
        binder.forField(sellers)
                .bind(
                        form ->
                                pick(
                                        lists.sellerChoices(form.getTeamIds()),
                                        PersonChoice::id,
                                        form.getSellerIds()),
                        (form, picked) ->
                                form.setSellerIds(
                                        picked.stream()
                                                .map(PersonChoice::id)
                                                .collect(Collectors.toSet())));
        TextArea script = new TextArea(getTranslation("callList.script"));
        script.setId("call-list-script");
        script.setMaxLength(8000);
        script.setMinHeight("8rem");
        binder.forField(script)
                .withValidator(FormRules.field(CallListForm.class, "script"))
                .bind(CallListForm::getScript, CallListForm::setScript);

        CallListForm form = details == null ? lists.newForm() : details.form();
        if (details != null) {
            sellers.setItems(lists.sellerChoices(form.getTeamIds()));
        }
        binder.readBean(form);

        FormLayout layout =
                new FormLayout(
                        name,
                        teams,
                        from,
                        until,
                        callsFrom,
                        callsUntil,
                        retry,
                        tries,
                        callers,
                        sellers,
                        script);
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        layout.setColspan(name, 2);
        layout.setColspan(teams, 2);
        layout.setColspan(callers, 2);
        layout.setColspan(sellers, 2);
        layout.setColspan(script, 2);

        Button save = new Button(getTranslation("common.save"), e -> save(form));
        save.setId("call-list-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        if (details != null
                && details.status() != CallListStatus.STOPPED
                && details.status() != CallListStatus.ENDED) {
            Button stop =
                    new Button(
                            getTranslation("callList.stop"),
                            e ->
                                    Confirm.destructive(
                                                    this,
                                                    getTranslation("callList.stopTitle"),
                                                    getTranslation("callList.stopText"),
                                                    getTranslation("callList.stop"),
                                                    this::stop)
                                            .open());
            stop.setId("call-list-stop");
            stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(stop);
        }
        getFooter().add(cancel, save);
        return layout;
    }

    private void save(CallListForm form) {
        try {
            binder.writeBean(form);
            CallListDetails result =
                    details == null ? lists.create(form) : lists.update(details.id(), form);
            saved.accept(result);
            Notification.show(
                            getTranslation("callList.saved"),
                            3000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (details == null) {
                close();
                new CallListDialog(lists, imports, result.id(), saved).open();
            } else {
                details = result;
                form.setVersion(result.form().getVersion());
            }
        } catch (ValidationException e) {
            // the fields say what is wrong
        } catch (RefusedException e) {
            Refusals.show(this, e);
        }
    }

    private void stop() {
        try {
            saved.accept(lists.stop(details.id(), details.form().getVersion()));
            close();
        } catch (RefusedException e) {
            Refusals.show(this, e);
        }
    }

    private MultiSelectComboBox<PersonChoice> people(String labelKey, List<PersonChoice> choices) {
        MultiSelectComboBox<PersonChoice> box = new MultiSelectComboBox<>(getTranslation(labelKey));
        box.setItems(choices);
        box.setItemLabelGenerator(p -> p.fullName() + " (" + p.teamName() + ")");
        return box;
    }

    private static <T> Set<T> pick(
            List<T> choices, java.util.function.Function<T, Long> id, Set<Long> ids) {
        return choices.stream().filter(c -> ids.contains(id.apply(c))).collect(Collectors.toSet());
    }
}
