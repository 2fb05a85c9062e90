package no.kundeloft.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.customer.ActivityKind;
import no.kundeloft.customer.ActivityService;
import no.kundeloft.customer.CallForm;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.customer.CustomerDetails;
import no.kundeloft.customer.CustomerTimelineService;
import no.kundeloft.customer.TimelineEntry;
import no.kundeloft.customer.TimelineKind;

/**
 * The customer's activity and timeline: log a call (with whom, how it went, how long, and a next
 * step that becomes a task) or a note, and read everything that happened with the customer newest
 * first — calls, notes, visits, tasks, deals, owners, revenue corrections, plan reviews — filtered
 * by kind, the older lines loaded as one scrolls down.
 */
class ActivitySection extends Div {

    static final int PAGE_SIZE = 15;
    private static final Map<TimelineKind, VaadinIcon> ICONS =
            Map.of(
                    TimelineKind.CALL,
                    VaadinIcon.PHONE,
                    TimelineKind.NOTE,
                    VaadinIcon.NOTEBOOK,
                    TimelineKind.VISIT,
                    VaadinIcon.CALENDAR_USER,
                    TimelineKind.TASK,
                    VaadinIcon.CHECK_SQUARE_O,
                    TimelineKind.DEAL,
                    VaadinIcon.FUNNEL,
                    TimelineKind.OWNER,
                    VaadinIcon.USER,
                    TimelineKind.REVENUE,
                    VaadinIcon.MONEY,
                    TimelineKind.PLAN,
                    VaadinIcon.CLIPBOARD_TEXT);

    private final Long customerId;
    private final ActivityService activities;
    private final CustomerTimelineService timeline;
    final CheckboxGroup<TimelineKind> shown = new CheckboxGroup<>();
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

    ActivitySection(
            Long customerId,
            List<CustomerDetails.ContactItem> contacts,
            ActivityService activities,
            CustomerTimelineService timeline,
            boolean mayLog) {
        this.customerId = customerId;
        this.activities = activities;
        this.timeline = timeline;
        addClassNames("card", "section", "activity");
        setId("customer-timeline");
        add(new H3(getTranslation("activity.title")));
        if (mayLog) {
            add(form(contacts));
        }
        shown.setLabel(getTranslation("timeline.show"));
        shown.setId("timeline-kinds");
        shown.setItems(timeline.kinds());
        shown.setItemLabelGenerator(k -> getTranslation("timeline.kind." + k.name()));
        shown.setValue(Set.copyOf(timeline.kinds()));
        shown.addValueChangeListener(e -> reload());
        entries.setId("activity-entries");
        older.setText(getTranslation("activity.older"));
        older.setId("timeline-older");
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        older.addClickListener(e -> showPage(page + 1));
        // the next page comes by itself when the button scrolls into view, as in a feed
        older.getElement()
                .executeJs(
                        """
                const button = this;
                new IntersectionObserver(seen => { if (seen.some(e => e.isIntersecting) && !button.hidden) button.click(); })
                    .observe(button);""");
        add(shown, entries, older);
        showPage(0);
    }

    private void reload() {
        entries.removeAll();
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
        contact.setItemLabelGenerator(
                c -> c.title() == null ? c.fullName() : c.fullName() + " (" + c.title() + ")");
        contact.setClearButtonVisible(true);
        contacts.stream()
                .filter(CustomerDetails.ContactItem::primary)
                .findFirst()
                .ifPresent(contact::setValue);
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

    /**
     * A call back needs a day and time and reads "Call back <contact>"; "not interested" asks why.
     */
    private void outcomeChanged(CallOutcome chosen) {
        reason.setVisible(chosen == CallOutcome.NOT_INTERESTED);
        boolean callBack = chosen == CallOutcome.CALL_BACK;
        nextStepTime.setRequiredIndicatorVisible(callBack);
        nextStepDue.setRequiredIndicatorVisible(callBack);
        if (callBack && nextStep.getValue().isBlank()) {
            nextStep.setValue(
                    contact.getValue() == null
                            ? getTranslation("activity.callBack")
                            : getTranslation("activity.callBackTo", contact.getValue().fullName()));
        }
    }

    private void submit() {
        if (kind.getValue() == ActivityKind.NOTE) {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(
                        getTranslation("validation.required", getTranslation("activity.text")));
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
                activities.logCall(
                        customerId,
                        new CallForm(
                                contact.getValue() == null ? null : contact.getValue().id(),
                                outcome.getValue(),
                                duration.getValue(),
                                text.getValue(),
                                reason.getValue(),
                                nextStep.getValue(),
                                nextStepDue.getValue(),
                                nextStepTime.getValue()));
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
        reload();
    }

    private void showPage(int number) {
        page = number;
        List<TimelineEntry> lines =
                timeline.page(customerId, shown.getValue(), number * PAGE_SIZE, PAGE_SIZE + 1);
        if (number == 0 && lines.isEmpty()) {
            entries.add(new Paragraph(getTranslation("activity.empty")));
        }
        lines.stream().limit(PAGE_SIZE).forEach(line -> entries.add(entry(line)));
        older.setVisible(lines.size() > PAGE_SIZE);
    }

    private Component entry(TimelineEntry line) {
        Span when = new Span(Formats.dateTime(line.at(), getLocale()));
        when.addClassName("activity-when");
        Span what =
                new Span(
                        getTranslation(
                                line.messageKey(),
                                line.arguments().stream().map(this::shown).toArray()));
        what.addClassName("activity-what");
        Div head = new Div(ICONS.get(line.kind()).create(), when, what);
        if (line.byName() != null) {
            Span who = new Span(line.byName());
            who.addClassName("activity-who");
            head.add(who);
        }
        if (line.link() != null) {
            head.add(new Anchor(line.link(), getTranslation("timeline.open")));
        }
        head.addClassName("activity-head");
        Div entry = new Div(head);
        entry.addClassNames(
                "activity-entry", "timeline-" + line.kind().name().toLowerCase(Locale.ROOT));
        if (line.text() != null) {
            entry.add(new Paragraph(line.text()));
        }
        return entry;
    }

    /**
     * An argument as the user reads it: words in their language, moments, days, months and amounts
     * in their format.
     */
    private Object shown(Object argument) {
        return switch (argument) {
            case TimelineEntry.Word word -> getTranslation(word.key());
            case Instant at -> Formats.dateTime(at, getLocale());
            case LocalDate day -> Formats.date(day, getLocale());
            case YearMonth month -> Formats.month(month, getLocale());
            case BigDecimal amount -> Formats.nok(amount, getLocale());
            default -> argument;
        };
    }
}
