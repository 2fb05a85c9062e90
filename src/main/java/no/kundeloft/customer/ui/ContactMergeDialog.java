package no.kundeloft.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.base.ui.Saved;
import no.kundeloft.customer.ContactService;
import no.kundeloft.customer.CustomerDetails.ContactItem;

/**
 * A leader merges a contact into another contact of the same customer that is the same person: the
 * other keeps its name, takes what it lacks from this one, and this one's calls, visits and
 * call-list entries move to it.
 */
class ContactMergeDialog extends Dialog {

    final Select<ContactItem> into = new Select<>();
    final Button merge = new Button();

    ContactMergeDialog(
            ContactItem duplicate,
            List<ContactItem> others,
            ContactService contacts,
            Runnable onDone) {
        setHeaderTitle(getTranslation("contact.merge.title", duplicate.fullName()));
        setWidth("min(32rem, 100vw)");
        into.setLabel(getTranslation("contact.merge.into"));
        into.setItems(others);
        into.setItemLabelGenerator(
                c -> c.title() == null ? c.fullName() : c.fullName() + " · " + c.title());
        into.setWidthFull();
        into.addValueChangeListener(e -> merge.setEnabled(e.getValue() != null));
        merge.setText(getTranslation("contact.merge.confirm", duplicate.fullName()));
        merge.setId("contact-merge-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        merge.setEnabled(false);
        merge.addClickListener(
                e -> {
                    try {
                        contacts.merge(into.getValue().id(), duplicate.id());
                        close();
                        Saved.show(
                                this,
                                "contact.merge.done",
                                duplicate.fullName(),
                                into.getValue().fullName());
                        onDone.run();
                    } catch (RefusedException refused) {
                        Refusals.show(this, refused);
                    }
                });
        add(new Paragraph(getTranslation("contact.merge.intro", duplicate.fullName())), into);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), merge);
    }
}
