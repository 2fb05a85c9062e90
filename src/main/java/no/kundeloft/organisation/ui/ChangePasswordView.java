package no.kundeloft.organisation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.kundeloft.organisation.AccountService;
import no.kundeloft.organisation.PasswordPolicy;
import no.kundeloft.organisation.PasswordRefusedException;

/**
 * Where users choose their own password: from the user menu, and — before anything else — at the
 * first sign-in with a one-time password.
 */
@Route("change-password")
@PermitAll
public class ChangePasswordView extends Div implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    public ChangePasswordView(AccountService accounts) {
        addClassNames("change-password-view", "card");
        boolean forced = accounts.passwordChangeRequired();
        add(new H2(getTranslation("password.title")));
        add(new Paragraph(getTranslation(forced ? "password.intro.forced" : "password.intro")));
        current.setLabel(getTranslation(forced ? "password.oneTime" : "password.current"));
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : new PasswordField[] {current, next, repeat}) {
            field.setWidthFull();
            field.setRevealButtonVisible(true);
        }
        current.setId("current-password");
        next.setId("new-password");
        repeat.setId("repeat-password");
        save.setId("save-password");
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save(accounts));
        add(current, next, repeat, save);
        current.focus();
    }

    private void save(AccountService accounts) {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            refuse(repeat, "password.mismatch");
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), next.getValue());
        } catch (PasswordRefusedException refused) {
            refuse(
                    "password.wrongCurrent".equals(refused.messageKey()) ? current : next,
                    refused.messageKey());
            return;
        }
        Notification.show(
                        getTranslation("password.changed"),
                        4000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    private void refuse(PasswordField field, String messageKey) {
        field.setErrorMessage(getTranslation(messageKey, PasswordPolicy.MIN_LENGTH));
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " – " + getTranslation("app.name");
    }
}
