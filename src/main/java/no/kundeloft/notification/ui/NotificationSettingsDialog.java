package no.kundeloft.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import no.kundeloft.base.ui.Saved;
import no.kundeloft.notification.NotificationKind;
import no.kundeloft.notification.NotificationService;

/** Which kinds of notification also come by e-mail; all of them always come to the bell. */
public class NotificationSettingsDialog extends Dialog {

    public NotificationSettingsDialog(NotificationService notifications) {
        setId("notification-settings-dialog");
        setHeaderTitle(getTranslation("notifications.settings"));
        setWidth("min(34rem, 100vw)");
        CheckboxGroup<NotificationKind> kinds =
                new CheckboxGroup<>(getTranslation("notifications.byEmail"));
        kinds.setId("notification-email-kinds");
        kinds.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        kinds.setItems(NotificationKind.values());
        kinds.setItemLabelGenerator(kind -> getTranslation("notifications.kind." + kind.name()));
        kinds.setValue(notifications.emailKinds());
        add(new Paragraph(getTranslation("notifications.byEmail.help")), kinds);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        Button save =
                new Button(
                        getTranslation("common.save"),
                        e -> {
                            notifications.chooseEmailKinds(kinds.getValue());
                            close();
                            Saved.show(this, "notifications.saved");
                        });
        save.setId("notification-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
