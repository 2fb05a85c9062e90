package no.kundeloft.customer.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import java.util.function.Consumer;
import no.kundeloft.base.ui.FormRules;
import no.kundeloft.customer.ContactForm;
import no.kundeloft.customer.CustomerForm;

/** Adds or edits a contact person: name required, e-mail and phone checked as they are typed. */
class ContactDialog extends Dialog {

    final TextField fullName = new TextField();
    final TextField title = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final Button save = new Button();
    private final Binder<ContactForm> binder = new Binder<>(ContactForm.class);

    ContactDialog(String heading, ContactForm form, Consumer<ContactForm> onSave) {
        setHeaderTitle(heading);
        fullName.setLabel(getTranslation("contact.name"));
        title.setLabel(getTranslation("contact.title"));
        email.setLabel(getTranslation("contact.email"));
        phone.setLabel(getTranslation("contact.phone"));
        binder.forField(fullName)
                .asRequired(getTranslation("validation.required", getTranslation("contact.name")))
                .withValidator(FormRules.field(ContactForm.class, "fullName"))
                .bind(ContactForm::getFullName, ContactForm::setFullName);
        binder.forField(title)
                .withValidator(FormRules.field(ContactForm.class, "title"))
                .bind(ContactForm::getTitle, ContactForm::setTitle);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .withValidator(FormRules.field(ContactForm.class, "email"))
                .bind(ContactForm::getEmail, ContactForm::setEmail);
        binder.forField(phone)
                .withValidator(
                        CustomerEditor.blankOrMatching(CustomerForm.PHONE_PATTERN),
                        getTranslation("validation.phone"))
                .withValidator(FormRules.field(ContactForm.class, "phone"))
                .bind(ContactForm::getPhone, ContactForm::setPhone);
        binder.readBean(form);

        FormLayout fields = new FormLayout(fullName, title, email, phone);
        fields.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(fields);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(
                e -> {
                    if (binder.writeBeanIfValid(form)) {
                        onSave.accept(form);
                        close();
                    }
                });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
        fullName.focus();
    }
}
