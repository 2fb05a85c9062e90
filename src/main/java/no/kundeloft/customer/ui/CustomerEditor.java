package no.kundeloft.customer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.function.SerializablePredicate;
import java.util.Locale;
import java.util.function.Consumer;
import no.kundeloft.base.ui.FormRules;
import no.kundeloft.customer.CustomerForm;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.customer.OrganisationNumber;
import no.kundeloft.organisation.Sector;

/**
 * The customer form: each field validated where it is typed, with the message next to it; Enter
 * saves, Escape cancels.
 */
class CustomerEditor extends Composite<Div> {

    final TextField name = new TextField();
    final TextField orgNumber = new TextField();
    final Select<Sector> sector = new Select<>();
    final TextField industry = new TextField();
    final TextField country = new TextField();
    final TextField street = new TextField();
    final TextField postalCode = new TextField();
    final TextField city = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final TextField website = new TextField();
    final Select<CustomerStatus> status = new Select<>();
    final DatePicker customerSince = new DatePicker();
    final Button save = new Button();
    final Button cancel = new Button();
    private final Binder<CustomerForm> binder = new Binder<>(CustomerForm.class);

    CustomerEditor(CustomerForm form, Consumer<CustomerForm> onSave, Runnable onCancel) {
        label();
        bind();
        binder.readBean(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(
                e -> {
                    if (binder.writeBeanIfValid(form)) {
                        onSave.accept(form);
                    }
                });
        cancel.addClickShortcut(Key.ESCAPE);
        cancel.addClickListener(e -> onCancel.run());

        FormLayout fields =
                new FormLayout(
                        name,
                        orgNumber,
                        sector,
                        industry,
                        status,
                        customerSince,
                        street,
                        postalCode,
                        city,
                        country,
                        email,
                        phone,
                        website);
        fields.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 2),
                new FormLayout.ResponsiveStep("64em", 3));
        fields.setColspan(name, 2);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        Div card = getContent();
        card.addClassNames("card", "section", "customer-editor");
        card.add(new H3(getTranslation("customer.edit.title")), fields, buttons);
        name.focus();
    }

    private void label() {
        name.setId("customer-name");
        phone.setId("customer-phone");
        save.setId("save-customer");
        name.setLabel(getTranslation("customer.name"));
        orgNumber.setLabel(getTranslation("customer.orgNumber"));
        orgNumber.setHelperText(getTranslation("customer.orgNumber.help"));
        sector.setLabel(getTranslation("customer.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(value -> getTranslation("sector." + value.name()));
        industry.setLabel(getTranslation("customer.industry"));
        status.setLabel(getTranslation("customer.status"));
        status.setItems(CustomerStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("status." + value.name()));
        customerSince.setLabel(getTranslation("customer.customerSince"));
        customerSince.setLocale(getLocale());
        street.setLabel(getTranslation("customer.street"));
        postalCode.setLabel(getTranslation("customer.postalCode"));
        city.setLabel(getTranslation("customer.city"));
        country.setLabel(getTranslation("customer.country"));
        country.setHelperText(getTranslation("customer.country.help"));
        email.setLabel(getTranslation("customer.email"));
        phone.setLabel(getTranslation("customer.phone"));
        website.setLabel(getTranslation("customer.website"));
        website.setPlaceholder("https://");
        save.setText(getTranslation("common.save"));
        cancel.setText(getTranslation("common.cancel"));
    }

    private void bind() {
        binder.forField(name)
                .asRequired(getTranslation("validation.required", getTranslation("customer.name")))
                .withValidator(FormRules.field(CustomerForm.class, "name"))
                .bind(CustomerForm::getName, CustomerForm::setName);
        binder.forField(country)
                .asRequired(
                        getTranslation("validation.required", getTranslation("customer.country")))
                .withConverter(value -> value.trim().toUpperCase(Locale.ROOT), value -> value)
                .withValidator(
                        value -> value.matches("[A-Z]{2}"),
                        getTranslation("customer.country.invalid"))
                .withValidator(FormRules.field(CustomerForm.class, "country"))
                .bind(CustomerForm::getCountry, CustomerForm::setCountry);
        binder.forField(orgNumber)
                .withValidator(
                        value ->
                                !"NO".equalsIgnoreCase(country.getValue().trim())
                                        || value.isBlank()
                                        || OrganisationNumber.isValid(
                                                OrganisationNumber.normalise(value)),
                        getTranslation("customer.orgNumber.invalid"))
                .withValidator(FormRules.field(CustomerForm.class, "orgNumber"))
                .bind(CustomerForm::getOrgNumber, CustomerForm::setOrgNumber);
        country.addValueChangeListener(e -> binder.validate());
        binder.forField(sector)
                .asRequired(
                        getTranslation("validation.required", getTranslation("customer.sector")))
                .withValidator(FormRules.field(CustomerForm.class, "sector"))
                .bind(CustomerForm::getSector, CustomerForm::setSector);
        binder.forField(status)
                .asRequired(
                        getTranslation("validation.required", getTranslation("customer.status")))
                .withValidator(FormRules.field(CustomerForm.class, "status"))
                .bind(CustomerForm::getStatus, CustomerForm::setStatus);
        binder.forField(industry)
                .withValidator(FormRules.field(CustomerForm.class, "industry"))
                .bind(CustomerForm::getIndustry, CustomerForm::setIndustry);
        binder.forField(customerSince)
                .withValidator(FormRules.field(CustomerForm.class, "customerSince"))
                .bind(CustomerForm::getCustomerSince, CustomerForm::setCustomerSince);
        binder.forField(street)
                .withValidator(FormRules.field(CustomerForm.class, "street"))
                .bind(CustomerForm::getStreet, CustomerForm::setStreet);
        binder.forField(postalCode)
                .withValidator(FormRules.field(CustomerForm.class, "postalCode"))
                .bind(CustomerForm::getPostalCode, CustomerForm::setPostalCode);
        binder.forField(city)
                .withValidator(FormRules.field(CustomerForm.class, "city"))
                .bind(CustomerForm::getCity, CustomerForm::setCity);
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .withValidator(FormRules.field(CustomerForm.class, "email"))
                .bind(CustomerForm::getEmail, CustomerForm::setEmail);
        binder.forField(phone)
                .withValidator(
                        blankOrMatching(CustomerForm.PHONE_PATTERN),
                        getTranslation("validation.phone"))
                .withValidator(FormRules.field(CustomerForm.class, "phone"))
                .bind(CustomerForm::getPhone, CustomerForm::setPhone);
        binder.forField(website)
                .withValidator(
                        blankOrMatching(CustomerForm.WEBSITE_PATTERN),
                        getTranslation("validation.website"))
                .withValidator(FormRules.field(CustomerForm.class, "website"))
                .bind(CustomerForm::getWebsite, CustomerForm::setWebsite);
    }

    /** Empty, or matching the pattern once trimmed: for optional fields with a format. */
    static SerializablePredicate<String> blankOrMatching(String pattern) {
        return value -> value.isBlank() || value.trim().matches(pattern);
    }

    /** True when the user changed a field since the form was opened or last saved. */
    boolean hasChanges() {
        return binder.hasChanges();
    }

    /** Shows a refusal from the service on the organisation number field. */
    void showOrgNumberError(String message) {
        orgNumber.setErrorMessage(message);
        orgNumber.setInvalid(true);
    }
}
