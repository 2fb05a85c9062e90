package no.kundeloft.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.YearMonth;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;

/**
 * Tells the user why a change was refused, in their language, with moments shown as Oslo date and
 * time.
 */
public final class Refusals {

    private Refusals() {}

    public static void show(Component where, RefusedException refusal) {
        show(where, refusal.messageKey(), refusal.arguments());
    }

    public static void show(Component where, String messageKey, Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Instant at) {
                shown[i] = Formats.dateTime(at, UI.getCurrent().getLocale());
            } else if (shown[i] instanceof YearMonth month) {
                shown[i] = Formats.month(month, UI.getCurrent().getLocale());
            }
        }
        Notification.show(
                        where.getTranslation(messageKey, shown), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
