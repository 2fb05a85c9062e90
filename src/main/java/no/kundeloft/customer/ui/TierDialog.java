package no.kundeloft.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import no.kundeloft.customer.CustomerDetails;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.customer.PortfolioRuleException;
import no.kundeloft.customer.PortfolioService;
import no.kundeloft.organisation.AssignableOwner;
import no.kundeloft.security.SalesRole;

/**
 * A leader makes a customer a key customer (or a standard one again) and chooses its new owner
 * among those whose role fits: key customers belong to key account managers.
 */
class TierDialog extends Dialog {

    final Select<CustomerTier> tier = new Select<>();
    final ComboBox<AssignableOwner> owner = new ComboBox<>();
    final Button apply = new Button();

    TierDialog(CustomerDetails customer, PortfolioService portfolios, Runnable onDone) {
        setHeaderTitle(getTranslation("tier.change.title", customer.name()));
        List<AssignableOwner> receivers = portfolios.receivers();
        tier.setLabel(getTranslation("customer.tier"));
        tier.setItems(CustomerTier.values());
        tier.setItemLabelGenerator(t -> getTranslation("tier." + t.name()));
        owner.setLabel(getTranslation("reassign.receiver"));
        owner.setItemLabelGenerator(
                o ->
                        getTranslation(
                                "reassign.receiverLabel",
                                o.fullName(),
                                getTranslation("role." + o.role().name()),
                                o.teamName()));
        owner.setWidthFull();
        tier.addValueChangeListener(
                e -> {
                    boolean key = e.getValue() == CustomerTier.KEY;
                    owner.setItems(
                            receivers.stream()
                                    .filter(o -> (o.role() == SalesRole.KEY_ACCOUNT_MANAGER) == key)
                                    .toList());
                    owner.clear();
                });
        tier.setValue(
                customer.tier() == CustomerTier.KEY ? CustomerTier.STANDARD : CustomerTier.KEY);
        add(new Paragraph(getTranslation("tier.change.intro")), tier, owner);

        apply.setText(getTranslation("tier.change.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(
                e -> {
                    if (owner.getValue() == null) {
                        owner.setErrorMessage(
                                getTranslation(
                                        "validation.required",
                                        getTranslation("reassign.receiver")));
                        owner.setInvalid(true);
                        return;
                    }
                    try {
                        portfolios.changeTier(
                                customer.id(), tier.getValue(), owner.getValue().id());
                        close();
                        onDone.run();
                    } catch (PortfolioRuleException refused) {
                        owner.setErrorMessage(
                                getTranslation(refused.messageKey(), refused.arguments()));
                        owner.setInvalid(true);
                    }
                });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), apply);
    }
}
