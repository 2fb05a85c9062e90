package no.kundeloft.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The short confirmation after a save, at the bottom where it covers nothing being edited. */
public final class Saved {

    private Saved() {}

    public static void show(Component where) {
        show(where, "common.saved");
    }

    /** {@code messageKey} translated with {@code arguments}. */
    public static void show(Component where, String messageKey, Object... arguments) {
        Notification.show(
                        where.getTranslation(messageKey, arguments),
                        3000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
