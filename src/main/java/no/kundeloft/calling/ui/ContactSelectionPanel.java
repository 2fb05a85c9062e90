package no.kundeloft.calling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.calling.CallListService;
import no.kundeloft.calling.ContactSelection;
import no.kundeloft.calling.SelectionPreview;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.organisation.Sector;

/**
 * Adding contacts to a call list by a selection of customers (status, sector, tier, industry, not
 * called lately), previewed first: how many are new, already on the list, not to be called, or
 * declined lately.
 */
final class ContactSelectionPanel extends Div {

    private final CallListService lists;
    private final Long listId;
    private final Runnable added;
    private final MultiSelectComboBox<CustomerStatus> statuses =
            new MultiSelectComboBox<>(getTranslation("callList.statuses"));
    private final Select<Sector> sector = new Select<>();
    private final Select<CustomerTier> tier = new Select<>();
    private final TextField industry = new TextField(getTranslation("customer.industry"));
    private final Checkbox primaryOnly = new Checkbox(getTranslation("callList.primaryOnly"), true);
    private final IntegerField notCalled =
            new IntegerField(getTranslation("callList.notCalledForDays"));
    private final Paragraph result = new Paragraph();

    /** {@code added} runs after contacts were added to the list. */
    ContactSelectionPanel(CallListService lists, Long listId, Runnable added) {
        this.lists = lists;
        this.listId = listId;
        this.added = added;
        statuses.setId("selection-statuses");
        statuses.setItems(CustomerStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        sector.setId("selection-sector");
        sector.setLabel(getTranslation("customer.sector"));
        sector.setItems(Sector.values());
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("callList.any"));
        sector.setItemLabelGenerator(
                s ->
                        s == null
                                ? getTranslation("callList.any")
                                : getTranslation("sector." + s.name()));
        tier.setId("selection-tier");
        tier.setLabel(getTranslation("customer.tier"));
        tier.setItems(CustomerTier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption(getTranslation("callList.any"));
        tier.setItemLabelGenerator(
                t ->
                        t == null
                                ? getTranslation("callList.any")
                                : getTranslation("tier." + t.name()));
        tier.setValue(CustomerTier.STANDARD);
        industry.setId("selection-industry");
        industry.setMaxLength(100);
        primaryOnly.setId("selection-primary");
        notCalled.setId("selection-not-called");
        notCalled.setMin(0);
        notCalled.setMax(365);
        notCalled.setValue(30);
        result.setId("selection-preview");
        Button preview =
                new Button(
                        getTranslation("callList.preview"),
                        e -> {
                            try {
                                SelectionPreview p = lists.preview(listId, selection());
                                result.setText(
                                        getTranslation(
                                                "callList.previewText",
                                                p.added(),
                                                p.alreadyOnList(),
                                                p.doNotCall(),
                                                p.declined(),
                                                ContactSelection.DECLINED_DAYS));
                            } catch (RefusedException ex) {
                                Refusals.show(this, ex);
                            }
                        });
        preview.setId("selection-preview-button");
        Button addContacts =
                new Button(
                        getTranslation("callList.addContacts"),
                        e -> {
                            int count = lists.addContacts(listId, selection());
                            result.setText(getTranslation("callList.added", count));
                            added.run();
                        });
        addContacts.setId("selection-add");
        addContacts.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout layout =
                new FormLayout(statuses, sector, tier, industry, notCalled, primaryOnly);
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 3));
        add(
                new H3(getTranslation("callList.addTitle")),
                new Paragraph(getTranslation("callList.addHelp")),
                layout,
                new Div(preview, addContacts),
                result);
        addClassName("call-list-selection");
    }

    private ContactSelection selection() {
        int days =
                notCalled.getValue() == null ? 0 : Math.max(0, Math.min(365, notCalled.getValue()));
        return new ContactSelection(
                statuses.getValue(),
                sector.getValue(),
                tier.getValue(),
                industry.getValue(),
                primaryOnly.getValue(),
                days);
    }
}
