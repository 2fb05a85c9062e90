package no.kundeloft.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import no.kundeloft.customer.PortfolioRuleException;
import no.kundeloft.customer.PortfolioService;
import no.kundeloft.customer.ReceiverLoad;
import no.kundeloft.organisation.AssignableOwner;

/**
 * Gives the selected customers to another seller, showing what it does to their portfolio first.
 */
class ReassignDialog extends Dialog {

    final ComboBox<AssignableOwner> receiver = new ComboBox<>();
    final Paragraph effect = new Paragraph();
    final Button reassign = new Button();

    ReassignDialog(List<Long> customerIds, PortfolioService portfolios, Runnable onDone) {
        setHeaderTitle(
                getTranslation(
                        customerIds.size() == 1 ? "reassign.title.one" : "reassign.title",
                        customerIds.size()));
        receiver.setLabel(getTranslation("reassign.receiver"));
        receiver.setItems(portfolios.receivers());
        receiver.setItemLabelGenerator(this::label);
        receiver.setWidthFull();
        effect.setId("reassign-effect");
        add(receiver, effect);

        receiver.addValueChangeListener(
                e -> {
                    receiver.setInvalid(false);
                    effect.setText(
                            e.getValue() == null
                                    ? ""
                                    : describe(
                                            portfolios.previewReassign(
                                                    customerIds, e.getValue().id())));
                    reassign.setEnabled(e.getValue() != null);
                });
        reassign.setText(getTranslation("reassign.action"));
        reassign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reassign.setEnabled(false);
        reassign.addClickListener(
                e -> {
                    try {
                        portfolios.reassign(customerIds, receiver.getValue().id());
                        close();
                        onDone.run();
                    } catch (PortfolioRuleException refused) {
                        receiver.setErrorMessage(
                                getTranslation(refused.messageKey(), refused.arguments()));
                        receiver.setInvalid(true);
                    }
                });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), reassign);
    }

    private String label(AssignableOwner owner) {
        return getTranslation(
                "reassign.receiverLabel",
                owner.fullName(),
                getTranslation("role." + owner.role().name()),
                owner.teamName());
    }

    private String describe(ReceiverLoad load) {
        String text =
                load.max() == null
                        ? getTranslation(
                                "reassign.effect.noLimit",
                                load.receiverName(),
                                load.before(),
                                load.after())
                        : getTranslation(
                                "reassign.effect",
                                load.receiverName(),
                                load.before(),
                                load.after(),
                                load.max());
        return load.withinLimit() ? text : text + " " + getTranslation("reassign.overLimit");
    }
}
