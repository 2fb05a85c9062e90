package no.kundeloft.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.customer.ActivityItem;
import no.kundeloft.customer.ActivityKind;
import no.kundeloft.customer.ActivityService;
import no.kundeloft.customer.CallForm;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.customer.CustomerDetails;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

/**
 * The customer's activity log: log a call (with whom, how it went, how long, and a next step that becomes a task)
 * or a note, read the latest entries, page back to older ones.
 */
class ActivitySection extends Div {

    static final int PAGE_SIZE = 10;

    private final Long customerId;
    private final ActivityService activities;
    final RadioButtonGroup<ActivityKind> kind = new RadioButtonGroup<>();
    final ComboBox<CustomerDetails.ContactItem> contact = new ComboBox<>();
    final Select<CallOutcome> outcome = new Select<>();
    final IntegerField duration = new IntegerField();
    final TextField reason = new TextField();
    final TextArea text = new TextArea();
    final TextField nextStep = new TextField();
    final DatePicker nextStepDue = new DatePicker();
    final TimePicker nextStepTime = new TimePicker();
    final Button log = new Button();
    private final Div callFields = new Div();
    private final Div entries = new Div();
    private final Button older = new Button();
    private int page;

    ActivitySection(Long customerId, List<CustomerDetails.ContactItem> contacts, ActivityService activities, boolean mayLog) {
        this.customerId = customerId;
        this.activities = activities;
        addClassNames("card", "section", "activity");
        add(new H3(getTranslation("activity.title")));
        if (mayLog) {
            add(form(contacts));
        }
        entries.setId("activity-entries");
        older.setText(getTranslation("activity.older"));
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        older.addClickListener(e -> showPage(page + 1));
        add(entries, older);
        showPage(0);
    }

    private Component form(List<CustomerDetails.ContactItem> contacts) {
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("activity.kind." + k.name()));
        kind.setValue(ActivityKind.CALL);
        kind.setAriaLabel(getTranslation("activity.kind"));
        kind.addValueChangeListener(e -> callFields.setVisible(e.getValue() == ActivityKind.CALL));

        contact.setLabel(getTranslation("activity.contact"));
        contact.setId("call-contact");
        contact.setItems(contacts);
        contact.setItemLabelGenerator(c -> c.title() == null ? c.fullName() : c.fullName() + " (" + c.title() + ")");
        contact.setClearButtonVisible(true);
        contacts.stream().filter(CustomerDetails.ContactItem::primary).findFirst().ifPresent(contact::setValue);
        outcome.setLabel(getTranslation("activity.outcome"));
        outcome.setId("call-outcome");
        outcome.setItems(CallOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("call.outcome." + o.name()));
        outcome.setPlaceholder(getTranslation("activity.outcome.placeholder"));
        outcome.addValueChangeListener(e -> outcomeChanged(e.getValue()));
        duration.setLabel(getTranslation("activity.duration"));
        duration.setId("call-duration");
        duration.setMin(0);
        duration.setMax(600);
        duration.setStepButtonsVisible(true);
        duration.setSuffixComponent(new Span(getTranslation("activity.minutes")));
        reason.setLabel(getTranslation("activity.reason"));
        reason.setId("call-reason");
        reason.setMaxLength(500);
        reason.setVisible(false);
        nextStep.setLabel(getTranslation("activity.nextStep"));
        nextStep.setId("call-next-step");
        nextStep.setHelperText(getTranslation("activity.nextStep.help"));
        nextStep.setMaxLength(ActivityService.MAX_NEXT_STEP);
        nextStepDue.setLabel(getTranslation("activity.nextStepDue"));
        nextStepDue.setId("call-next-step-due");
        nextStepTime.setLabel(getTranslation("activity.nextStepTime"));
        nextStepTime.setId("call-next-step-time");
        nextStepTime.setClearButtonVisible(true);
        Div firstLine = new Div(contact, outcome, duration, reason);
        firstLine.addClassName("activity-line");
        Div stepLine = new Div(nextStep, nextStepDue, nextStepTime);
        stepLine.addClassName("activity-line");
        callFields.add(firstLine);

        text.setLabel(getTranslation("activity.text"));
        text.setMaxLength(ActivityService.MAX_TEXT);
        text.setWidthFull();
        text.setId("activity-text");
        log.setText(getTranslation("activity.log"));
        log.setId("log-activity");
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.addClickListener(e -> submit());
        Div steps = new Div(stepLine);
        steps.addClassName("activity-steps");
        Div form = new Div(kind, callFields, text, steps, log);
        kind.addValueChangeListener(e -> steps.setVisible(e.getValue() == ActivityKind.CALL));
        form.addClassName("activity-form");
        return form;
    }

    /** A call back needs a day and time and reads "Call back <contact>"; "not interested" asks why. */
    private void outcomeChanged(CallOutcome chosen) {
        reason.setVisible(chosen == CallOutcome.NOT_INTERESTED);
        boolean callBack = chosen == CallOutcome.CALL_BACK;
        nextStepTime.setRequiredIndicatorVisible(callBack);
        nextStepDue.setRequiredIndicatorVisible(callBack);
        if (callBack && nextStep.getValue().isBlank()) {
            nextStep.setValue(contact.getValue() == null ? getTranslation("activity.callBack")
                    : getTranslation("activity.callBackTo", contact.getValue().fullName()));
        }
    }

    private void submit() {
        if (kind.getValue() == ActivityKind.NOTE) {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("validation.required", getTranslation("activity.text")));
                text.setInvalid(true);
                return;
            }
            text.setInvalid(false);
            activities.logNote(customerId, text.getValue());
        } else {
            if (outcome.getValue() == null) {
                outcome.setErrorMessage(getTranslation("activity.outcome.required"));
                outcome.setInvalid(true);
                return;
            }
            outcome.setInvalid(false);
            try {
                activities.logCall(customerId, new CallForm(contact.getValue() == null ? null : contact.getValue().id(),
                        outcome.getValue(), duration.getValue(), text.getValue(), reason.getValue(), nextStep.getValue(),
                        nextStepDue.getValue(), nextStepTime.getValue()));
            } catch (RefusedException refused) {
                Refusals.show(this, refused);
                return;
            } catch (ConstraintViolationException invalid) {
                Refusals.show(this, "activity.refused.invalid");
                return;
            }
            outcome.clear();
            duration.clear();
            reason.clear();
            nextStep.clear();
            nextStepDue.clear();
            nextStepTime.clear();
        }
        text.clear();
        entries.removeAll();
        showPage(0);
    }

    private void showPage(int number) {
        page = number;
        Slice<ActivityItem> slice = activities.list(customerId, PageRequest.of(number, PAGE_SIZE));
        if (number == 0 && slice.isEmpty()) {
            entries.add(new Paragraph(getTranslation("activity.empty")));
        }
        slice.forEach(item -> entries.add(entry(item)));
        older.setVisible(slice.hasNext());
    }

    private Component entry(ActivityItem item) {
        Span when = new Span(Formats.dateTime(item.occurredAt(), getLocale()));
        when.addClassName("activity-when");
        Span who = new Span(getTranslation("activity.by", getTranslation("activity.kind." + item.kind().name()), item.authorName()));
        who.addClassName("activity-who");
        Div head = new Div((item.kind() == ActivityKind.CALL ? VaadinIcon.PHONE : VaadinIcon.NOTEBOOK).create(), when, who);
        head.addClassName("activity-head");
        Div entry = new Div(head);
        entry.addClassName("activity-entry");
        if (item.outcome() != null) {
            List<String> facts = new ArrayList<>();
            facts.add(getTranslation("call.outcome." + item.outcome().name()));
            if (item.durationMinutes() != null) {
                facts.add(getTranslation("activity.lasted", item.durationMinutes()));
            }
            if (item.contactName() != null) {
                facts.add(getTranslation("activity.with", item.contactName()));
            }
            Paragraph call = new Paragraph(String.join(" · ", facts) + (item.reason() == null ? "" : ": " + item.reason()));
            call.addClassNames("activity-call", item.outcome().isConversation() ? "conversation" : "not-reached");
            entry.add(call);
        }
        if (item.text() != null) {
            entry.add(new Paragraph(item.text()));
        }
        if (item.nextStep() != null) {
            String due = item.nextStepDue() == null ? "" : " — " + Formats.date(item.nextStepDue(), getLocale())
                    + (item.nextStepTime() == null ? "" : " " + item.nextStepTime());
            Paragraph step = new Paragraph(getTranslation("activity.nextStepIs", item.nextStep()) + due);
            step.addClassName("activity-next-step");
            entry.add(step);
        }
        return entry;
    }
}
