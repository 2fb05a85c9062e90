package no.kundeloft.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import no.kundeloft.base.ui.Confirm;
import no.kundeloft.base.ui.ContactLinks;
import no.kundeloft.base.ui.IconButton;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.base.ui.Saved;
import no.kundeloft.customer.ConcurrentChangeException;
import no.kundeloft.customer.ContactForm;
import no.kundeloft.customer.ContactService;
import no.kundeloft.customer.CustomerDetails;
import no.kundeloft.customer.CustomerDetails.ContactItem;

/**
 * The customer's contact persons; those who may edit the customer add, edit, remove and choose the
 * primary one.
 */
class ContactsSection extends Div {

    private final CustomerDetails customer;
    private final ContactService contacts;
    private final Runnable refresh;

    ContactsSection(
            CustomerDetails customer, ContactService contacts, boolean mayEdit, Runnable refresh) {
        this.customer = customer;
        this.contacts = contacts;
        this.refresh = refresh;
        addClassNames("card", "section");
        H3 heading = new H3(getTranslation("customer.contacts"));
        Div header = new Div(heading);
        header.addClassName("section-header");
        if (mayEdit) {
            Button add =
                    new Button(
                            getTranslation("contact.add"),
                            VaadinIcon.PLUS.create(),
                            e -> openAdd());
            add.setId("add-contact");
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            header.add(add);
        }
        add(header);
        if (customer.contacts().isEmpty()) {
            add(new Span(getTranslation("customer.contacts.empty")));
            return;
        }
        Grid<ContactItem> grid = new Grid<>(ContactItem.class, false);
        grid.setId("contacts");
        grid.addComponentColumn(this::name)
                .setHeader(getTranslation("contact.name"))
                .setFlexGrow(2)
                .setKey("name");
        grid.addColumn(ContactItem::title)
                .setHeader(getTranslation("contact.title"))
                .setFlexGrow(2)
                .setKey("title");
        grid.addComponentColumn(c -> ContactLinks.email(c.email()))
                .setHeader(getTranslation("contact.email"))
                .setFlexGrow(2)
                .setKey("email");
        grid.addComponentColumn(c -> ContactLinks.phone(c.phone()))
                .setHeader(getTranslation("contact.phone"))
                .setAutoWidth(true)
                .setKey("phone");
        if (mayEdit) {
            grid.addComponentColumn(this::actions)
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setKey("actions");
        }
        grid.setItems(customer.contacts());
        grid.setAllRowsVisible(true);
        add(grid);
        // on a phone the phone number stays in view: title, e-mail and all but the edit button
        // give way to it
        NarrowScreen.hideOnPhone(grid, "title", "email");
        NarrowScreen.onWidth(grid, narrow -> grid.getClassNames().set("compact-actions", narrow));
    }

    private Component name(ContactItem contact) {
        Span name = new Span(contact.fullName());
        if (!contact.primary() && !contact.doNotCall()) {
            return name;
        }
        Span shown = new Span(name);
        if (contact.primary()) {
            Span primary = new Span(getTranslation("contact.primary"));
            primary.addClassNames("badge", "primary");
            shown.add(new Span(" "), primary);
        }
        if (contact.doNotCall()) {
            // asked on a call never to be called again: kept off every call list
            Span doNotCall = new Span(getTranslation("contact.doNotCall"));
            doNotCall.getElement().getThemeList().add("badge error small");
            doNotCall.setId("contact-do-not-call-" + contact.id());
            shown.add(new Span(" "), doNotCall);
        }
        return shown;
    }

    private Component actions(ContactItem contact) {
        Button edit = iconButton(VaadinIcon.EDIT, "contact.edit", () -> openEdit(contact));
        Button primary =
                iconButton(
                        contact.primary() ? VaadinIcon.STAR : VaadinIcon.STAR_O,
                        contact.primary() ? "contact.primary" : "contact.makePrimary",
                        () -> {
                            contacts.makePrimary(contact.id());
                            refresh.run();
                        });
        primary.setEnabled(!contact.primary());
        Button remove =
                iconButton(VaadinIcon.TRASH, "contact.remove", () -> confirmRemove(contact));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button erase = iconButton(VaadinIcon.ERASER, "contact.erase", () -> confirmErase(contact));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        edit.addClassName("contact-edit");
        HorizontalLayout actions = new HorizontalLayout(edit, primary, remove, erase);
        if (contacts.mayMerge() && customer.contacts().size() > 1) {
            Button merge =
                    iconButton(VaadinIcon.COMPRESS, "contact.merge", () -> openMerge(contact));
            merge.setId("contact-merge-" + contact.id());
            actions.add(merge);
        }
        actions.addClassName("contact-actions");
        return actions;
    }

    private void openMerge(ContactItem duplicate) {
        new ContactMergeDialog(
                        duplicate,
                        customer.contacts().stream().filter(c -> !c.equals(duplicate)).toList(),
                        contacts,
                        refresh)
                .open();
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        return IconButton.of(icon, getTranslation(labelKey), action);
    }

    private void openAdd() {
        new ContactDialog(
                        getTranslation("contact.add"),
                        new ContactForm(),
                        form -> {
                            contacts.add(customer.id(), form);
                            refresh.run();
                            Saved.show(this, "contact.saved", form.getFullName());
                        })
                .open();
    }

    private void openEdit(ContactItem contact) {
        new ContactDialog(
                        getTranslation("contact.edit"),
                        ContactForm.of(contact),
                        form -> {
                            try {
                                contacts.update(contact.id(), form);
                                Saved.show(this, "contact.saved", form.getFullName());
                            } catch (ConcurrentChangeException e) {
                                Notification.show(
                                                getTranslation("contact.changed"),
                                                5000,
                                                Notification.Position.MIDDLE)
                                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                            }
                            refresh.run();
                        })
                .open();
    }

    private void confirmErase(ContactItem contact) {
        confirm(
                "contact.erase",
                contact,
                () -> {
                    contacts.erase(contact.id());
                    Notification.show(
                                    getTranslation("contact.erased", contact.fullName()),
                                    4000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
    }

    private void confirmRemove(ContactItem contact) {
        confirm("contact.remove", contact, () -> contacts.remove(contact.id()));
    }

    /**
     * Asks before a step that cannot be undone ({@code key}.title, .text and the button {@code
     * key}), then refreshes.
     */
    private void confirm(String key, ContactItem contact, Runnable action) {
        Confirm.destructive(
                this,
                getTranslation(key + ".title"),
                getTranslation(key + ".text", contact.fullName(), customer.name()),
                getTranslation(key),
                () -> {
                    action.run();
                    refresh.run();
                });
    }
}
