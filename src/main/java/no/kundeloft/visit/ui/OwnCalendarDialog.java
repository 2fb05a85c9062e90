package no.kundeloft.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.visit.ExternalCalendar;
import no.kundeloft.visit.ExternalCalendarService;

/**
 * A seller links the published address of their own Outlook or Google calendar, so its busy times
 * count when a meeting booker or leader books them; only busy times are used, never what the
 * appointments are.
 */
class OwnCalendarDialog extends Dialog {

    private final ExternalCalendarService calendars;
    private final TextField address = new TextField();
    private final Paragraph state = new Paragraph();

    OwnCalendarDialog(ExternalCalendarService calendars) {
        this.calendars = calendars;
        setId("own-calendar-dialog");
        setHeaderTitle(getTranslation("calendar.external.title"));
        setWidth("min(40rem, 100vw)");
        address.setLabel(getTranslation("calendar.external.address"));
        address.setId("own-calendar-address");
        address.setPlaceholder("https://outlook.office365.com/owa/calendar/…/calendar.ics");
        address.setWidthFull();
        address.setMaxLength(1000);
        state.setId("own-calendar-state");
        add(new Paragraph(getTranslation("calendar.external.text")), address, state);
        Button unlink =
                new Button(
                        getTranslation("calendar.external.unlink"),
                        e -> {
                            calendars.unlink();
                            address.clear();
                            showState();
                        });
        unlink.setId("own-calendar-unlink");
        unlink.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button link = new Button(getTranslation("calendar.external.link"), e -> link());
        link.setId("own-calendar-link");
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()), unlink, link);
        calendars.mine().ifPresent(mine -> address.setValue(mine.getUrl()));
        showState();
    }

    private void link() {
        try {
            int busy = calendars.link(address.getValue());
            address.setInvalid(false);
            Notification.show(
                            getTranslation("calendar.external.linked", busy),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showState();
        } catch (RefusedException refused) {
            address.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            address.setInvalid(true);
        }
    }

    private void showState() {
        ExternalCalendar mine = calendars.mine().orElse(null);
        if (mine == null) {
            state.setText(getTranslation("calendar.external.none"));
        } else if (mine.getReadError() != null) {
            state.setText(
                    getTranslation(
                            "calendar.external.failing",
                            Formats.dateTime(mine.getReadAt(), getLocale()),
                            getTranslation(mine.getReadError(), "")));
        } else {
            state.setText(
                    getTranslation(
                            "calendar.external.read",
                            Formats.dateTime(mine.getReadAt(), getLocale())));
        }
    }
}
