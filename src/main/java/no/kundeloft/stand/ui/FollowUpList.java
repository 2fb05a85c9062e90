package no.kundeloft.stand.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.organisation.Sector;
import no.kundeloft.stand.LeadRow;
import no.kundeloft.stand.LeadService;
import no.kundeloft.stand.LeadState;
import no.kundeloft.stand.QualifyForm;

/**
 * The leads given to the user (or to a call list they call): who, from where, how to reach them,
 * what they want; mark the first contact, qualify one into a customer's contact, or close it with a
 * reason.
 */
class FollowUpList extends Div {

    private final LeadService leads;

    FollowUpList(LeadService leads) {
        this.leads = leads;
        setId("follow-up");
        addClassName("follow-up");
        refresh();
    }

    void refresh() {
        removeAll();
        List<LeadRow> rows = leads.toFollowUp();
        if (rows.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("lead.toFollowUp", rows.size())));
        rows.forEach(row -> add(card(row)));
    }

    private Component card(LeadRow lead) {
        Div card = new Div();
        card.addClassName("lead-card");
        card.setId("lead-" + lead.id());
        Span who =
                new Span(lead.personName() + (lead.company() == null ? "" : ", " + lead.company()));
        who.addClassName("lead-who");
        card.add(who);
        Div reach = new Div();
        reach.addClassName("lead-reach");
        if (lead.phone() != null) {
            reach.add(new Anchor("tel:" + lead.phone().replaceAll("[^+0-9]", ""), lead.phone()));
        }
        if (lead.email() != null) {
            reach.add(new Anchor("mailto:" + lead.email(), lead.email()));
        }
        card.add(reach);
        card.add(
                new Paragraph(
                        getTranslation(
                                        "lead.takenAt",
                                        lead.place(),
                                        Formats.dateTime(lead.takenAt(), getLocale()),
                                        lead.takenBy())
                                + (lead.interest() == null ? "" : " · " + lead.interest())));
        Div actions = new Div();
        actions.addClassName("lead-actions");
        if (lead.state() == LeadState.NEW) {
            Button contacted =
                    new Button(
                            getTranslation("lead.contacted"),
                            e -> act(() -> leads.contacted(lead.id())));
            contacted.setId("lead-contacted-" + lead.id());
            actions.add(contacted);
        } else {
            actions.add(
                    new Span(
                            getTranslation(
                                    "lead.contactedAt",
                                    Formats.dateTime(lead.contactedAt(), getLocale()))));
        }
        Button qualify = new Button(getTranslation("lead.qualify"), e -> qualify(lead));
        qualify.setId("lead-qualify-" + lead.id());
        qualify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("lead.close"), e -> close(lead));
        close.setId("lead-close-" + lead.id());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.add(qualify, close);
        card.add(actions);
        return card;
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (RefusedException e) {
            Refusals.show(this, e);
        }
    }

    private void close(LeadRow lead) {
        Dialog dialog = new Dialog();
        dialog.setId("lead-close-dialog");
        dialog.setHeaderTitle(getTranslation("lead.closeTitle", lead.personName()));
        ComboBox<String> reason = new ComboBox<>(getTranslation("lead.closeReason"));
        reason.setId("lead-close-reason");
        reason.setItems(
                getTranslation("lead.reason.noInterest"),
                getTranslation("lead.reason.unreachable"),
                getTranslation("lead.reason.private"),
                getTranslation("lead.reason.duplicate"));
        reason.setAllowCustomValue(true);
        reason.addCustomValueSetListener(e -> reason.setValue(e.getDetail()));
        reason.setWidthFull();
        dialog.add(reason);
        Button save =
                new Button(
                        getTranslation("lead.close"),
                        e -> {
                            if (reason.isEmpty() || reason.getValue().isBlank()) {
                                reason.setInvalid(true);
                                reason.setErrorMessage(getTranslation("lead.closeReasonRequired"));
                                return;
                            }
                            act(() -> leads.close(lead.id(), reason.getValue()));
                            dialog.close();
                        });
        save.setId("lead-close-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void qualify(LeadRow lead) {
        Dialog dialog = new Dialog();
        dialog.setId("lead-qualify-dialog");
        dialog.setHeaderTitle(getTranslation("lead.qualifyTitle", lead.personName()));
        dialog.setWidth("min(32rem, 100vw)");
        List<LeadService.Match> matches = leads.matches(lead.id());
        RadioButtonGroup<LeadService.Match> existing =
                new RadioButtonGroup<>(getTranslation("lead.existing"));
        existing.setId("lead-existing");
        LeadService.Match none = new LeadService.Match(null, getTranslation("lead.newProspect"));
        existing.setItems(
                java.util.stream.Stream.concat(matches.stream(), java.util.stream.Stream.of(none))
                        .toList());
        existing.setItemLabelGenerator(LeadService.Match::name);
        existing.setValue(matches.isEmpty() ? none : matches.getFirst());
        existing.setVisible(!matches.isEmpty());
        TextField company = new TextField(getTranslation("lead.company"));
        company.setId("lead-qualify-company");
        company.setValue(lead.company() == null ? "" : lead.company());
        TextField orgNumber = new TextField(getTranslation("lead.orgNumber"));
        orgNumber.setId("lead-qualify-org-number");
        orgNumber.setValue(lead.orgNumber() == null ? "" : lead.orgNumber());
        Select<Sector> sector = new Select<>();
        sector.setId("lead-qualify-sector");
        sector.setLabel(getTranslation("customer.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation("sector." + s.name()));
        FormLayout prospect = new FormLayout(company, orgNumber, sector);
        prospect.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        prospect.setVisible(matches.isEmpty());
        existing.addValueChangeListener(e -> prospect.setVisible(e.getValue() == none));
        dialog.add(new Paragraph(getTranslation("lead.qualifyText")), existing, prospect);
        Button save =
                new Button(
                        getTranslation("lead.qualify"),
                        e -> {
                            boolean isNew = existing.getValue() == none;
                            if (isNew && sector.isEmpty()) {
                                sector.setInvalid(true);
                                sector.setErrorMessage(getTranslation("lead.sectorRequired"));
                                return;
                            }
                            try {
                                leads.qualify(
                                        lead.id(),
                                        isNew
                                                ? new QualifyForm(
                                                        null,
                                                        company.getValue(),
                                                        orgNumber.getValue(),
                                                        sector.getValue())
                                                : new QualifyForm(
                                                        existing.getValue().customerId(),
                                                        null,
                                                        null,
                                                        null));
                                dialog.close();
                                refresh();
                            } catch (RefusedException ex) {
                                Refusals.show(this, ex);
                            } catch (jakarta.validation.ConstraintViolationException ex) {
                                Refusals.show(this, "lead.refused.prospect");
                            }
                        });
        save.setId("lead-qualify-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
