package no.kundeloft.stand.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.FormRules;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.stand.LeadForm;
import no.kundeloft.stand.LeadSaved;
import no.kundeloft.stand.LeadService;
import no.kundeloft.stand.StandRow;

/**
 * The lead form for a phone held in a cold hand: big fields, few of them, the consent to tick with
 * its text, and one button. Each form carries a key the browser makes; a save sent again after a
 * dropped connection carries the same key and is the same lead. A new key comes with the next empty
 * form.
 */
class LeadFormPanel extends Div {

    private final LeadService leads;
    private final StandRow stand;
    private final Runnable saved;
    private final Binder<LeadForm> binder = new Binder<>(LeadForm.class);
    private final Paragraph result = new Paragraph();

    LeadFormPanel(LeadService leads, StandRow stand, Runnable saved) {
        this.leads = leads;
        this.stand = stand;
        this.saved = saved;
        setId("lead-form");
        addClassName("lead-form");
        add(new H3(getTranslation("lead.formTitle", stand.place())));
        TextField name = field("lead.name", "lead-name", 120);
        binder.forField(name)
                .asRequired(getTranslation("lead.nameRequired"))
                .bind(LeadForm::getPersonName, LeadForm::setPersonName);
        TextField company = field("lead.company", "lead-company", 200);
        binder.forField(company).bind(LeadForm::getCompany, LeadForm::setCompany);
        TextField orgNumber = field("lead.orgNumber", "lead-org-number", 30);
        orgNumber.getElement().setAttribute("inputmode", "numeric");
        binder.forField(orgNumber).bind(LeadForm::getOrgNumber, LeadForm::setOrgNumber);
        TextField phone = field("lead.phone", "lead-phone", 40);
        phone.getElement().setAttribute("inputmode", "tel");
        phone.getElement().setAttribute("autocomplete", "tel");
        binder.forField(phone)
                .withValidator(FormRules.field(LeadForm.class, "phone"))
                .bind(LeadForm::getPhone, LeadForm::setPhone);
        EmailField email = new EmailField(getTranslation("lead.email"));
        email.setId("lead-email");
        email.setMaxLength(200);
        email.setWidthFull();
        binder.forField(email)
                .withValidator(FormRules.field(LeadForm.class, "email"))
                .bind(LeadForm::getEmail, LeadForm::setEmail);
        TextField postalCode = field("lead.postalCode", "lead-postal-code", 20);
        postalCode.getElement().setAttribute("inputmode", "numeric");
        binder.forField(postalCode).bind(LeadForm::getPostalCode, LeadForm::setPostalCode);
        TextArea interest = new TextArea(getTranslation("lead.interest"));
        interest.setId("lead-interest");
        interest.setMaxLength(500);
        interest.setWidthFull();
        interest.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        binder.forField(interest).bind(LeadForm::getInterest, LeadForm::setInterest);
        Checkbox consent = new Checkbox(getTranslation("lead.consentText"));
        consent.setId("lead-consent");
        consent.addClassName("lead-consent");
        binder.forField(consent).bind(LeadForm::isConsent, LeadForm::setConsent);
        Button save = new Button(getTranslation("lead.save"));
        save.setId("lead-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setWidthFull();
        // the click goes to the server with the form's key, made in the browser
        save.getElement()
                .executeJs(
                        "this.addEventListener('click', () => this.closest('#lead-form').$server.save(this.closest('#lead-form')._key))");
        result.setId("lead-result");
        result.addClassName("lead-result");
        add(name, company, orgNumber, phone, email, postalCode, interest, consent, save, result);
        binder.readBean(new LeadForm());
    }

    private TextField field(String labelKey, String id, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(max);
        field.setWidthFull();
        return field;
    }

    /**
     * Saves the form under the browser's key; a key seen before answers with the lead it saved
     * then.
     */
    @ClientCallable
    void save(String key) {
        LeadForm form = new LeadForm();
        try {
            binder.writeBean(form);
            LeadSaved lead =
                    leads.register(
                            stand.id(),
                            key == null || key.isBlank() ? "missing" : key,
                            form,
                            getTranslation("lead.consentText"));
            result.setText(
                    getTranslation(
                                    lead.again() ? "lead.savedAgain" : "lead.saved",
                                    lead.routedTo() != null
                                            ? lead.routedTo()
                                            : lead.callListName() != null
                                                    ? lead.callListName()
                                                    : getTranslation("lead.unrouted"))
                            + (lead.knownAs().isEmpty()
                                    ? ""
                                    : " "
                                            + getTranslation(
                                                    "lead.known",
                                                    String.join(", ", lead.knownAs()))));
            Notification.show(
                            getTranslation("lead.savedShort"),
                            2500,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            binder.readBean(new LeadForm());
            newKey();
            saved.run();
        } catch (ValidationException e) {
            // the fields say what is missing
        } catch (RefusedException e) {
            Refusals.show(this, e);
        }
    }

    private void newKey() {
        getElement()
                .executeJs(
                        """
                const bytes = new Uint8Array(16);
                crypto.getRandomValues(bytes);
                this._key = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');""");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        newKey();
    }
}
