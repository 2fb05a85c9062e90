package no.kundeloft.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.ActivityItem;
import no.kundeloft.customer.ActivityKind;
import no.kundeloft.customer.ActivityService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

/** The customer's activity log: log a note or a call, read the latest entries, page back to older ones. */
class ActivitySection extends Div {

    static final int PAGE_SIZE = 10;

    private final Long customerId;
    private final ActivityService activities;
    final RadioButtonGroup<ActivityKind> kind = new RadioButtonGroup<>();
    final TextArea text = new TextArea();
    final TextField nextStep = new TextField();
    final Button log = new Button();
    private final Div entries = new Div();
    private final Button older = new Button();
    private int page;

    ActivitySection(Long customerId, ActivityService activities, boolean mayLog) {
        this.customerId = customerId;
        this.activities = activities;
        addClassNames("card", "section", "activity");
        add(new H3(getTranslation("activity.title")));
        if (mayLog) {
            add(form());
        }
        entries.setId("activity-entries");
        older.setText(getTranslation("activity.older"));
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        older.addClickListener(e -> showPage(page + 1));
        add(entries, older);
        showPage(0);
    }

    private Component form() {
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("activity.kind." + k.name()));
        kind.setValue(ActivityKind.CALL);
        kind.setAriaLabel(getTranslation("activity.kind"));
        text.setLabel(getTranslation("activity.text"));
        text.setMaxLength(ActivityService.MAX_TEXT);
        text.setWidthFull();
        text.setId("activity-text");
        nextStep.setLabel(getTranslation("activity.nextStep"));
        nextStep.setMaxLength(ActivityService.MAX_NEXT_STEP);
        nextStep.setWidthFull();
        kind.addValueChangeListener(e -> nextStep.setVisible(e.getValue() == ActivityKind.CALL));
        log.setText(getTranslation("activity.log"));
        log.setId("log-activity");
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        log.addClickListener(e -> submit());
        Div form = new Div(kind, text, nextStep, log);
        form.addClassName("activity-form");
        return form;
    }

    private void submit() {
        if (text.getValue().isBlank()) {
            text.setErrorMessage(getTranslation("validation.required", getTranslation("activity.text")));
            text.setInvalid(true);
            return;
        }
        text.setInvalid(false);
        activities.log(customerId, kind.getValue(), text.getValue(), kind.getValue() == ActivityKind.CALL ? nextStep.getValue() : null);
        text.clear();
        nextStep.clear();
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
        Div entry = new Div(head, new Paragraph(item.text()));
        entry.addClassName("activity-entry");
        if (item.nextStep() != null) {
            Paragraph step = new Paragraph(getTranslation("activity.nextStepIs", item.nextStep()));
            step.addClassName("activity-next-step");
            entry.add(step);
        }
        return entry;
    }
}
