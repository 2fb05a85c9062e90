package no.kundeloft.calling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Predicate;
import no.kundeloft.calling.CallCard;
import no.kundeloft.calling.CallResult;
import no.kundeloft.customer.CallOutcome;

/**
 * The small dialogs of the outcomes that need more than a key: not interested (why), call back
 * (when), order (what).
 */
final class OutcomeDialogs {

    private OutcomeDialogs() {}

    static Dialog notInterested(
            Component owner, Predicate<CallResult> save, String notes, Integer minutes) {
        ComboBox<String> reason = new ComboBox<>(owner.getTranslation("calls.reason"));
        reason.setId("call-reason");
        reason.setItems(
                List.of(
                        owner.getTranslation("calls.reason.supplier"),
                        owner.getTranslation("calls.reason.noNeed"),
                        owner.getTranslation("calls.reason.noBudget"),
                        owner.getTranslation("calls.reason.wrongPerson")));
        reason.setAllowCustomValue(true);
        reason.addCustomValueSetListener(e -> reason.setValue(e.getDetail()));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        Checkbox doNotCall = new Checkbox(owner.getTranslation("calls.doNotCall"));
        doNotCall.setId("call-do-not-call");
        Dialog dialog = dialog(owner, "call.outcome.NOT_INTERESTED", reason, doNotCall);
        saveButton(
                dialog,
                owner,
                () -> {
                    if (reason.isEmpty() || reason.getValue().isBlank()) {
                        reason.setInvalid(true);
                        reason.setErrorMessage(
                                owner.getTranslation("activity.refused.reasonRequired"));
                        return false;
                    }
                    return save.test(
                            new CallResult(
                                    CallOutcome.NOT_INTERESTED,
                                    notes,
                                    minutes,
                                    reason.getValue(),
                                    doNotCall.getValue(),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null));
                });
        reason.focus();
        return dialog;
    }

    static Dialog callBack(
            Component owner,
            Predicate<CallResult> save,
            CallCard card,
            LocalDate tomorrow,
            String notes,
            Integer minutes) {
        DateTimePicker when = new DateTimePicker(owner.getTranslation("calls.callBackAt"));
        when.setId("call-back-at");
        when.setStep(Duration.ofMinutes(15));
        when.setValue(LocalDateTime.of(tomorrow, LocalTime.of(10, 0)));
        when.setRequiredIndicatorVisible(true);
        TextField what = new TextField(owner.getTranslation("calls.callBackWhat"));
        what.setId("call-back-what");
        what.setValue(owner.getTranslation("calls.callBackDefault", card.contact().fullName()));
        what.setMaxLength(500);
        what.setWidthFull();
        Dialog dialog = dialog(owner, "call.outcome.CALL_BACK", when, what);
        saveButton(
                dialog,
                owner,
                () -> {
                    if (when.isEmpty()) {
                        when.setInvalid(true);
                        when.setErrorMessage(owner.getTranslation("calls.callBackAtRequired"));
                        return false;
                    }
                    return save.test(
                            new CallResult(
                                    CallOutcome.CALL_BACK,
                                    notes,
                                    minutes,
                                    null,
                                    false,
                                    when.getValue(),
                                    what.getValue(),
                                    null,
                                    null,
                                    null));
                });
        return dialog;
    }

    static Dialog order(
            Component owner,
            Predicate<CallResult> save,
            CallCard card,
            String notes,
            Integer minutes) {
        TextField what = new TextField(owner.getTranslation("calls.orderWhat"));
        what.setId("call-order-what");
        what.setMaxLength(200);
        what.setRequiredIndicatorVisible(true);
        what.setWidthFull();
        BigDecimalField value = new BigDecimalField(owner.getTranslation("calls.orderValue"));
        value.setId("call-order-value");
        value.setRequiredIndicatorVisible(true);
        value.setSuffixComponent(new com.vaadin.flow.component.html.Span("NOK"));
        Dialog dialog = dialog(owner, "call.outcome.ORDER", what, value);
        dialog.add(
                new com.vaadin.flow.component.html.Paragraph(
                        owner.getTranslation("calls.orderOwner", card.company().ownerName())));
        saveButton(
                dialog,
                owner,
                () -> {
                    boolean ok = true;
                    if (what.getValue().isBlank()) {
                        what.setInvalid(true);
                        what.setErrorMessage(owner.getTranslation("calls.orderWhatRequired"));
                        ok = false;
                    }
                    if (value.getValue() == null || value.getValue().signum() <= 0) {
                        value.setInvalid(true);
                        value.setErrorMessage(owner.getTranslation("calls.orderValueRequired"));
                        ok = false;
                    }
                    return ok
                            && save.test(
                                    new CallResult(
                                            CallOutcome.ORDER,
                                            notes,
                                            minutes,
                                            null,
                                            false,
                                            null,
                                            null,
                                            null,
                                            what.getValue(),
                                            value.getValue()));
                });
        what.focus();
        return dialog;
    }

    private static Dialog dialog(Component owner, String titleKey, Component... fields) {
        Dialog dialog = new Dialog();
        dialog.setId("outcome-dialog");
        dialog.setHeaderTitle(owner.getTranslation(titleKey));
        dialog.setWidth("min(28rem, 100vw)");
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        return dialog;
    }

    private static void saveButton(
            Dialog dialog, Component owner, java.util.function.BooleanSupplier saved) {
        Button save =
                new Button(
                        owner.getTranslation("calls.save"),
                        e -> {
                            if (saved.getAsBoolean()) {
                                dialog.close();
                            }
                        });
        save.setId("outcome-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button(owner.getTranslation("common.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
    }
}
