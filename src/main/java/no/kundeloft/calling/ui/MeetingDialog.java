package no.kundeloft.calling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import no.kundeloft.calling.CallCard;
import no.kundeloft.calling.CallQueue;
import no.kundeloft.calling.CallResult;
import no.kundeloft.calling.PersonChoice;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.visit.VisitForm;
import no.kundeloft.visit.VisitMode;
import no.kundeloft.visit.ui.FreeTimePanel;

/**
 * "Meeting booked": the seller (one the list names), their free times this week, how long and how,
 * what it is about and the need the caller clarified (required); saved as a booking in the seller's
 * calendar with the contact attending.
 */
class MeetingDialog extends Dialog {

    private final Select<PersonChoice> seller = new Select<>();
    private final Select<Integer> duration = new Select<>();
    private final Select<VisitMode> mode = new Select<>();
    private final DateTimePicker start = new DateTimePicker();
    private final TextField location = new TextField();
    private final TextField link = new TextField();
    private final TextField purpose = new TextField();
    private final TextArea need = new TextArea();

    MeetingDialog(
            CallQueue queue,
            CallCard card,
            String notes,
            Integer minutes,
            Predicate<CallResult> save) {
        setId("meeting-dialog");
        setHeaderTitle(getTranslation("calls.meetingTitle", card.company().name()));
        setWidth("min(44rem, 100vw)");
        seller.setId("meeting-seller");
        seller.setLabel(getTranslation("calls.meetingSeller"));
        seller.setItems(card.sellers());
        seller.setItemLabelGenerator(p -> p.fullName() + " (" + p.teamName() + ")");
        duration.setId("meeting-duration");
        duration.setLabel(getTranslation("visit.duration"));
        duration.setItems(30, 45, 60, 90);
        duration.setItemLabelGenerator(m -> getTranslation("visit.minutes", m));
        duration.setValue(60);
        mode.setId("meeting-mode");
        mode.setLabel(getTranslation("visit.mode"));
        mode.setItems(VisitMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("visit.mode." + m.name()));
        mode.setValue(VisitMode.ON_SITE);
        start.setId("meeting-start");
        start.setLabel(getTranslation("visit.start"));
        start.setStep(Duration.ofMinutes(15));
        location.setId("meeting-location");
        location.setLabel(getTranslation("visit.location"));
        location.setMaxLength(300);
        location.setValue(
                String.join(
                        " ",
                        java.util.stream.Stream.of(
                                        card.company().street(),
                                        card.company().postalCode(),
                                        card.company().city())
                                .filter(java.util.Objects::nonNull)
                                .toList()));
        link.setId("meeting-link");
        link.setLabel(getTranslation("visit.videoLink"));
        link.setMaxLength(500);
        link.setVisible(false);
        mode.addValueChangeListener(
                e -> {
                    location.setVisible(e.getValue() == VisitMode.ON_SITE);
                    link.setVisible(e.getValue() == VisitMode.VIDEO);
                });
        purpose.setId("meeting-purpose");
        purpose.setLabel(getTranslation("visit.purpose"));
        purpose.setMaxLength(300);
        purpose.setValue(getTranslation("calls.meetingPurpose"));
        need.setId("meeting-need");
        need.setLabel(getTranslation("visit.need"));
        need.setMaxLength(2000);
        need.setRequiredIndicatorVisible(true);
        need.setValue(notes == null ? "" : notes);

        FreeTimePanel freeTime =
                new FreeTimePanel(
                        (sellerId, day, length) ->
                                queue.week(card.entryId(), sellerId, day, length),
                        start::setValue);
        Runnable showWeek =
                () ->
                        freeTime.show(
                                seller.getValue() == null ? null : seller.getValue().id(),
                                seller.getValue() == null ? null : seller.getValue().fullName(),
                                start.getValue() == null
                                        ? queue.today()
                                        : start.getValue().toLocalDate(),
                                duration.getValue());
        seller.addValueChangeListener(e -> showWeek.run());
        duration.addValueChangeListener(e -> showWeek.run());
        if (card.sellers().size() == 1) {
            seller.setValue(card.sellers().getFirst());
        }

        FormLayout form =
                new FormLayout(
                        seller, duration, freeTime, start, mode, location, link, purpose, need);
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(freeTime, 2);
        form.setColspan(purpose, 2);
        form.setColspan(need, 2);
        add(form);

        Button book =
                new Button(
                        getTranslation("calls.book"),
                        e -> {
                            if (valid()
                                    && save.test(
                                            new CallResult(
                                                    CallOutcome.MEETING_BOOKED,
                                                    notes,
                                                    minutes,
                                                    null,
                                                    false,
                                                    null,
                                                    null,
                                                    form(card),
                                                    null,
                                                    null))) {
                                close();
                            }
                        });
        book.setId("meeting-book");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), book);
    }

    private boolean valid() {
        boolean ok = true;
        if (seller.isEmpty()) {
            seller.setInvalid(true);
            seller.setErrorMessage(getTranslation("visit.hostRequired"));
            ok = false;
        }
        if (start.isEmpty()) {
            start.setInvalid(true);
            start.setErrorMessage(getTranslation("visit.startRequired"));
            ok = false;
        }
        if (purpose.getValue().isBlank()) {
            purpose.setInvalid(true);
            purpose.setErrorMessage(getTranslation("visit.purposeRequired"));
            ok = false;
        }
        if (need.getValue().isBlank()) {
            need.setInvalid(true);
            need.setErrorMessage(getTranslation("visit.needRequired"));
            ok = false;
        }
        return ok;
    }

    private VisitForm form(CallCard card) {
        VisitForm form = new VisitForm();
        form.setCustomerId(card.company().id());
        form.setHostId(seller.getValue().id());
        form.setStart(start.getValue());
        form.setDurationMinutes(duration.getValue());
        form.setMode(mode.getValue());
        form.setLocation(mode.getValue() == VisitMode.ON_SITE ? location.getValue() : null);
        form.setVideoLink(mode.getValue() == VisitMode.VIDEO ? link.getValue() : null);
        form.setPurpose(purpose.getValue());
        form.setNeed(need.getValue());
        form.setContactIds(Set.of(card.contact().id()));
        return form;
    }
}
