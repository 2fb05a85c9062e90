package no.kundeloft.calling.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.calling.CallBackLine;
import no.kundeloft.calling.CallCard;
import no.kundeloft.calling.CallListRow;
import no.kundeloft.calling.CallListService;
import no.kundeloft.calling.CallQueue;
import no.kundeloft.calling.CallResult;
import no.kundeloft.calling.QueueState;
import no.kundeloft.customer.CallOutcome;

/**
 * The caller's side of {@code /calls}: which list, the contact on screen with the company's facts,
 * its other contacts and last calls, the script, and the outcomes — each on a key (1–9) when no
 * field has focus. An outcome that needs more (a reason, a time, a booking, an order) opens a small
 * dialog; the rest move straight on.
 */
class CallerPanel extends Div {

    private static final CallOutcome[] KEYS = CallOutcome.values();

    private final CallListService lists;
    private final CallQueue queue;
    private final Select<CallListRow> list = new Select<>();
    private final Div card = new Div();
    private final Div callBacks = new Div();
    private final TextArea notes = new TextArea();
    private final IntegerField minutes = new IntegerField();
    private List<CallListRow> running = List.of();
    private QueueState state;
    private boolean opening;

    CallerPanel(CallListService lists, CallQueue queue) {
        this.lists = lists;
        this.queue = queue;
        setId("caller");
        addClassName("caller");
        list.setId("calls-list");
        list.setLabel(getTranslation("calls.list"));
        list.setItemLabelGenerator(
                row -> getTranslation("calls.listOption", row.name(), row.waiting()));
        list.addValueChangeListener(
                e -> {
                    if (!opening && e.getValue() != null) {
                        getUI().ifPresent(
                                        ui ->
                                                ui.navigate(
                                                        CallsView.class,
                                                        QueryParameters.simple(
                                                                Map.of(
                                                                        "list",
                                                                        e.getValue()
                                                                                .id()
                                                                                .toString()))));
                    }
                });
        card.setId("call-card");
        card.addClassName("call-card");
        callBacks.setId("call-backs");
        callBacks.addClassName("call-backs");
        notes.setId("call-notes");
        notes.setLabel(getTranslation("calls.notes"));
        notes.setMaxLength(4000);
        minutes.setId("call-minutes");
        minutes.setLabel(getTranslation("calls.minutes"));
        minutes.setMin(0);
        minutes.setMax(600);
        minutes.setStepButtonsVisible(true);
        add(list, card, callBacks);
    }

    /** Shows the given list (or the first running one) and takes its next contact. */
    void open(Long listId) {
        running = lists.myRunning();
        opening = true;
        list.setItems(running);
        CallListRow chosen =
                running.stream()
                        .filter(r -> r.id().equals(listId))
                        .findFirst()
                        .orElse(running.isEmpty() ? null : running.getFirst());
        list.setValue(chosen);
        list.setVisible(running.size() > 1);
        opening = false;
        showCallBacks();
        if (chosen == null) {
            card.removeAll();
            Paragraph none = new Paragraph(getTranslation("calls.noList"));
            none.setId("calls-no-list");
            none.addClassName("empty-state");
            card.add(none);
            return;
        }
        try {
            show(queue.next(chosen.id()));
        } catch (NotFoundException e) {
            show(null);
        }
    }

    private void show(QueueState next) {
        state = next;
        card.removeAll();
        notes.clear();
        minutes.clear();
        if (next == null || !next.hasCard()) {
            card.add(CallCardParts.why(this, next));
            return;
        }
        CallCard c = next.card();
        H3 company = new H3(c.company().name());
        company.setId("call-company");
        Span status = new Span(getTranslation("status." + c.company().status().name()));
        status.getElement().getThemeList().add("badge pill");
        Div facts = new Div(company, status);
        facts.addClassName("call-company");
        Paragraph about =
                new Paragraph(
                        String.join(
                                " · ",
                                nonBlank(
                                        c.company().orgNumber(),
                                        c.company().industry(),
                                        address(c.company()),
                                        getTranslation("calls.owner", c.company().ownerName()))));
        about.addClassName("call-about");

        Div person = new Div();
        person.addClassName("call-person");
        Span name =
                new Span(
                        c.contact().fullName()
                                + (c.contact().title() == null ? "" : ", " + c.contact().title()));
        name.setId("call-contact");
        name.addClassName("call-contact-name");
        person.add(name);
        if (c.contact().phone() != null) {
            Anchor phone =
                    new Anchor(
                            "tel:" + c.contact().phone().replaceAll("[^+0-9]", ""),
                            c.contact().phone());
            phone.setId("call-phone");
            phone.addClassName("call-phone");
            person.add(phone);
        }
        if (c.contact().email() != null) {
            person.add(new Anchor("mailto:" + c.contact().email(), c.contact().email()));
        }
        if (c.callBack()) {
            Span callBack =
                    new Span(
                            getTranslation(
                                    "calls.agreedCallBack",
                                    Formats.dateTime(c.dueAt(), getLocale())));
            callBack.getElement().getThemeList().add("badge");
            person.add(callBack);
        } else if (c.tries() > 0) {
            person.add(new Span(getTranslation("calls.tries", c.tries())));
        }

        Div main =
                new Div(
                        facts,
                        about,
                        person,
                        notesRow(),
                        outcomes(),
                        CallCardParts.others(this, c),
                        CallCardParts.lastCalls(this, c));
        main.addClassName("call-main");
        Div script = new Div();
        script.addClassName("call-script");
        script.add(new H3(getTranslation("calls.script")));
        Paragraph text =
                new Paragraph(c.script() == null ? getTranslation("calls.noScript") : c.script());
        text.addClassName("call-script-text");
        script.add(text);
        Paragraph waiting = new Paragraph(getTranslation("calls.waiting", next.waiting()));
        waiting.setId("calls-waiting");
        waiting.addClassName("call-waiting");
        card.add(waiting, main, script);
    }

    private Component outcomes() {
        Div buttons = new Div();
        buttons.addClassName("call-outcomes");
        for (int i = 0; i < KEYS.length; i++) {
            CallOutcome outcome = KEYS[i];
            Button button =
                    new Button(
                            (i + 1) + "  " + getTranslation("call.outcome." + outcome.name()),
                            e -> choose(outcome));
            button.setId(
                    "outcome-"
                            + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.addThemeVariants(
                    outcome.isConversation()
                            ? ButtonVariant.LUMO_PRIMARY
                            : ButtonVariant.LUMO_CONTRAST);
            buttons.add(button);
        }
        Button skip =
                new Button(
                        getTranslation("calls.skip"),
                        VaadinIcon.STEP_FORWARD.create(),
                        e -> skip());
        skip.setId("call-skip");
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        buttons.add(skip);
        return buttons;
    }

    private Component notesRow() {
        Div row = new Div(notes, minutes);
        row.addClassName("call-notes");
        return row;
    }

    private void showCallBacks() {
        callBacks.removeAll();
        List<CallBackLine> lines = queue.myCallBacks();
        if (lines.isEmpty()) {
            return;
        }
        callBacks.add(new H3(getTranslation("calls.myCallBacks")));
        for (CallBackLine line : lines) {
            callBacks.add(
                    new Paragraph(
                            Formats.dateTime(line.dueAt(), getLocale())
                                    + " · "
                                    + line.customerName()
                                    + " · "
                                    + line.contactName()));
        }
    }

    /**
     * The key pressed (1–9) as the outcome of that number, when a contact is on screen and no
     * dialog is open.
     */
    @ClientCallable
    void outcomeKey(int number) {
        if (state != null && state.hasCard() && number >= 1 && number <= KEYS.length) {
            choose(KEYS[number - 1]);
        }
    }

    private void choose(CallOutcome outcome) {
        if (state == null || !state.hasCard()) {
            return;
        }
        CallCard c = state.card();
        switch (outcome) {
            case NOT_INTERESTED ->
                    OutcomeDialogs.notInterested(
                                    this, this::record, notes.getValue(), minutes.getValue())
                            .open();
            case CALL_BACK ->
                    OutcomeDialogs.callBack(
                                    this,
                                    this::record,
                                    c,
                                    queue.today().plusDays(1),
                                    notes.getValue(),
                                    minutes.getValue())
                            .open();
            case MEETING_BOOKED ->
                    new MeetingDialog(queue, c, notes.getValue(), minutes.getValue(), this::record)
                            .open();
            case ORDER ->
                    OutcomeDialogs.order(
                                    this, this::record, c, notes.getValue(), minutes.getValue())
                            .open();
            default ->
                    record(
                            new CallResult(
                                    outcome,
                                    notes.getValue(),
                                    minutes.getValue(),
                                    null,
                                    false,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null));
        }
    }

    /**
     * Records the outcome and shows the next contact; true when it was saved (a dialog then
     * closes).
     */
    private boolean record(CallResult result) {
        try {
            show(queue.record(state.card().entryId(), result));
            showCallBacks();
            return true;
        } catch (RefusedException e) {
            Refusals.show(this, e);
            return false;
        } catch (NotFoundException e) {
            Refusals.show(this, "calls.gone");
            open(state.card().listId());
            return false;
        }
    }

    private void skip() {
        if (state != null && state.hasCard()) {
            show(queue.skip(state.card().entryId()));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // digits outside text fields and dialogs pick an outcome
        getElement()
                .executeJs(
                        """
                const panel = this;
                if (panel._keys) document.removeEventListener('keydown', panel._keys);
                panel._keys = e => {
                  if (!panel.isConnected) { document.removeEventListener('keydown', panel._keys); return; }
                  if (e.ctrlKey || e.metaKey || e.altKey || e.repeat || !/^[1-9]$/.test(e.key)) return;
                  const path = e.composedPath();
                  if (path.some(n => n.tagName && /^(INPUT|TEXTAREA|SELECT)$/.test(n.tagName) || n.isContentEditable)) return;
                  if (document.querySelector('vaadin-dialog-overlay[opened]')) return;
                  e.preventDefault();
                  panel.$server.outcomeKey(Number(e.key));
                };
                document.addEventListener('keydown', panel._keys);""");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (state != null && state.hasCard()) {
            try {
                queue.release(state.card().entryId());
            } catch (RuntimeException e) {
                // the hold runs out by itself
            }
        }
        super.onDetach(detachEvent);
    }

    private String address(CallCard.Company company) {
        return String.join(" ", nonBlank(company.postalCode(), company.city()));
    }

    private static List<String> nonBlank(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .toList();
    }
}
