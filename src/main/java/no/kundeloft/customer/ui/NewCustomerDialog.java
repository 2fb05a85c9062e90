package no.kundeloft.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import java.util.List;
import java.util.function.Consumer;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.FormRules;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.base.ui.SharedComponent;
import no.kundeloft.customer.CustomerDetails;
import no.kundeloft.customer.CustomerForm;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.customer.DuplicateOrgNumberException;
import no.kundeloft.customer.OrganisationNumber;
import no.kundeloft.customer.OwnerOption;
import no.kundeloft.organisation.Sector;

/**
 * Registers a new customer, a prospect by default: name, organisation number, sector and the basics
 * to reach them, and — for a leader or a meeting booker — which seller owns it.
 */
@SharedComponent
public class NewCustomerDialog extends Dialog {

    private final CustomerService customers;
    private final Binder<CustomerForm> binder = new Binder<>(CustomerForm.class);
    private final TextField orgNumber = new TextField();
    private final Select<OwnerOption> owner = new Select<>();
    private final Consumer<CustomerDetails> created;

    /**
     * {@code owners} are the sellers to choose from; with one, that one owns the customer without
     * asking.
     */
    public NewCustomerDialog(
            CustomerService customers,
            List<OwnerOption> owners,
            OwnerOption preselected,
            Consumer<CustomerDetails> created) {
        this.customers = customers;
        this.created = created;
        setId("new-customer-dialog");
        setHeaderTitle(getTranslation("newCustomer.title"));
        setWidth("min(36rem, 100vw)");

        TextField name = new TextField(getTranslation("customer.name"));
        name.setId("new-customer-name");
        binder.forField(name)
                .asRequired(getTranslation("validation.required", getTranslation("customer.name")))
                .withValidator(FormRules.field(CustomerForm.class, "name"))
                .bind(CustomerForm::getName, CustomerForm::setName);
        orgNumber.setLabel(getTranslation("customer.orgNumber"));
        orgNumber.setId("new-customer-org-number");
        binder.forField(orgNumber)
                .withValidator(
                        value ->
                                value.isBlank()
                                        || OrganisationNumber.isValid(
                                                OrganisationNumber.normalise(value)),
                        getTranslation("customer.orgNumber.invalid"))
                .withValidator(FormRules.field(CustomerForm.class, "orgNumber"))
                .bind(CustomerForm::getOrgNumber, CustomerForm::setOrgNumber);
        Select<Sector> sector = new Select<>();
        sector.setLabel(getTranslation("customer.sector"));
        sector.setId("new-customer-sector");
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation("sector." + s));
        binder.forField(sector)
                .asRequired(
                        getTranslation("validation.required", getTranslation("customer.sector")))
                .withValidator(FormRules.field(CustomerForm.class, "sector"))
                .bind(CustomerForm::getSector, CustomerForm::setSector);
        TextField city = new TextField(getTranslation("customer.city"));
        city.setId("new-customer-city");
        binder.forField(city)
                .withValidator(FormRules.field(CustomerForm.class, "city"))
                .bind(CustomerForm::getCity, CustomerForm::setCity);
        TextField phone = new TextField(getTranslation("customer.phone"));
        phone.setId("new-customer-phone");
        binder.forField(phone)
                .withValidator(
                        CustomerEditor.blankOrMatching(CustomerForm.PHONE_PATTERN),
                        getTranslation("validation.phone"))
                .withValidator(FormRules.field(CustomerForm.class, "phone"))
                .bind(CustomerForm::getPhone, CustomerForm::setPhone);
        EmailField email = new EmailField(getTranslation("customer.email"));
        email.setId("new-customer-email");
        binder.forField(email)
                .withValidator(new EmailValidator(getTranslation("validation.email"), true))
                .withValidator(FormRules.field(CustomerForm.class, "email"))
                .bind(CustomerForm::getEmail, CustomerForm::setEmail);

        owner.setLabel(getTranslation("customer.owner"));
        owner.setId("new-customer-owner");
        owner.setItems(owners);
        owner.setItemLabelGenerator(OwnerOption::fullName);
        owner.setValue(
                preselected != null ? preselected : owners.size() == 1 ? owners.getFirst() : null);
        owner.setVisible(owners.size() > 1);
        FormLayout layout = new FormLayout(name, orgNumber, sector, owner, city, phone, email);
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        layout.setColspan(name, 2);
        add(layout);
        CustomerForm form = new CustomerForm();
        form.setSector(Sector.PRIVATE);
        form.setStatus(CustomerStatus.PROSPECT);
        binder.readBean(form);

        Button save = new Button(getTranslation("newCustomer.save"), e -> save(form));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("new-customer-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        name.focus();
    }

    private void save(CustomerForm form) {
        boolean valid = binder.writeBeanIfValid(form);
        if (owner.getValue() == null) {
            owner.setInvalid(true);
            owner.setErrorMessage(
                    getTranslation("validation.required", getTranslation("customer.owner")));
            return;
        }
        if (!valid) {
            return;
        }
        try {
            CustomerDetails customer = customers.create(form, owner.getValue().id());
            close();
            created.accept(customer);
        } catch (DuplicateOrgNumberException e) {
            orgNumber.setErrorMessage(takenMessage(this, e));
            orgNumber.setInvalid(true);
        } catch (RefusedException e) {
            Refusals.show(this, e);
        }
    }

    /**
     * Names the other customer when the user may see it; otherwise says only that the number is
     * registered elsewhere.
     */
    static String takenMessage(
            com.vaadin.flow.component.Component where, DuplicateOrgNumberException e) {
        return e.visibleCustomerName() == null
                ? where.getTranslation("customer.orgNumber.takenElsewhere")
                : where.getTranslation("customer.orgNumber.taken", e.visibleCustomerName());
    }
}
