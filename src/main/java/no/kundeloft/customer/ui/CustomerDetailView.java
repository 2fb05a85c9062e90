package no.kundeloft.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.ui.Confirm;
import no.kundeloft.base.ui.ContactLinks;
import no.kundeloft.base.ui.Fact;
import no.kundeloft.base.ui.Saved;
import no.kundeloft.customer.ActivityService;
import no.kundeloft.customer.ConcurrentChangeException;
import no.kundeloft.customer.Contact;
import no.kundeloft.customer.ContactService;
import no.kundeloft.customer.CustomerDetails;
import no.kundeloft.customer.CustomerDetails.OwnershipPeriod;
import no.kundeloft.customer.CustomerForm;
import no.kundeloft.customer.CustomerHistoryService;
import no.kundeloft.customer.CustomerMergeService;
import no.kundeloft.customer.CustomerPageSection;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.CustomerTimelineService;
import no.kundeloft.customer.DuplicateOrgNumberException;
import no.kundeloft.customer.PortfolioService;
import no.kundeloft.history.HistoryEntry;
import no.kundeloft.history.ui.HistoryTimeline;
import no.kundeloft.organisation.RecentItemService;
import no.kundeloft.organisation.RecentKind;
import no.kundeloft.security.Roles;

/** One customer: its details, contacts and who has owned it. Out of scope answers "not found". */
@Route("customers/:customerId")
@PermitAll
public class CustomerDetailView extends Div
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String ID_PARAMETER = "customerId";

    private final CustomerService customers;
    private final ContactService contacts;
    private final ActivityService activities;
    private final CustomerTimelineService timeline;
    private final RecentItemService recentItems;
    private final PortfolioService portfolios;
    private final CustomerMergeService merges;
    private final boolean mayChangeOwnership;
    private final boolean isAdmin;
    private final List<CustomerPageSection> sections;
    private final CustomerHistoryService history;
    private CustomerDetails customer;
    private CustomerEditor editor;

    public CustomerDetailView(
            CustomerService customers,
            ContactService contacts,
            ActivityService activities,
            CustomerTimelineService timeline,
            RecentItemService recentItems,
            PortfolioService portfolios,
            CustomerMergeService merges,
            AuthenticationContext authentication,
            List<CustomerPageSection> sections,
            CustomerHistoryService history) {
        this.sections = sections;
        this.history = history;
        this.customers = customers;
        this.contacts = contacts;
        this.activities = activities;
        this.timeline = timeline;
        this.recentItems = recentItems;
        this.portfolios = portfolios;
        this.merges = merges;
        this.mayChangeOwnership = portfolios.mayReassign();
        this.isAdmin = authentication.hasRole(Roles.ADMIN);
        addClassName("customer-detail-view");
    }

    static RouteParameters parametersFor(Long customerId) {
        return new RouteParameters(ID_PARAMETER, String.valueOf(customerId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get(ID_PARAMETER).orElse("");
        Long id = parseId(parameter);
        customer = customers.get(id);
        recentItems.opened(RecentKind.CUSTOMER, id);
        editor = null;
        render();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editor == null || !editor.hasChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm =
                new ConfirmDialog(
                        getTranslation("unsaved.title"),
                        getTranslation("unsaved.text"),
                        getTranslation("unsaved.discard"),
                        e -> action.proceed());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("unsaved.stay"));
        confirm.open();
    }

    private static Long parseId(String parameter) {
        try {
            return Long.valueOf(parameter);
        } catch (NumberFormatException e) {
            throw new NotFoundException("Customer", parameter);
        }
    }

    private void render() {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("customer.back"), CustomerListView.class);
        back.addClassName("back-link");
        H2 name = new H2(customer.name());
        Div badges =
                new Div(
                        badge(
                                "status." + customer.status(),
                                "status-" + customer.status().name().toLowerCase()),
                        badge(
                                "tier." + customer.tier(),
                                "tier-" + customer.tier().name().toLowerCase()));
        badges.addClassName("badges");
        Div header = new Div(back, name, badges);
        header.addClassName("detail-header");
        Div actions = new Div();
        actions.addClassName("detail-actions");
        if (editor == null && customers.mayEdit()) {
            Button edit =
                    new Button(
                            getTranslation("customer.edit"),
                            VaadinIcon.EDIT.create(),
                            e -> startEditing());
            edit.setId("edit-customer");
            actions.add(edit);
        }
        if (editor == null && mayChangeOwnership) {
            Button changeTier =
                    new Button(
                            getTranslation("tier.change"),
                            VaadinIcon.STAR.create(),
                            e -> new TierDialog(customer, portfolios, this::reload).open());
            changeTier.setId("change-tier");
            Button reassign =
                    new Button(
                            getTranslation("reassign.selected"),
                            VaadinIcon.EXCHANGE.create(),
                            e ->
                                    new ReassignDialog(
                                                    List.of(customer.id()),
                                                    portfolios,
                                                    this::reload)
                                            .open());
            reassign.setId("reassign-customer");
            Button merge =
                    new Button(
                            getTranslation("merge.action"),
                            VaadinIcon.COMPRESS.create(),
                            e -> new MergeDialog(customer, customers, merges, this::reload).open());
            merge.setId("merge-customer");
            actions.add(reassign, changeTier, merge);
        }
        header.add(actions);
        add(header, editor != null ? editor : details());
        sections.forEach(section -> section.create(customer).ifPresent(this::add));
        add(
                new ContactsSection(
                        customer, contacts, customers.mayEdit(), this::reloadAtContacts),
                new ActivitySection(
                        customer.id(),
                        customer.contacts(),
                        activities,
                        timeline,
                        customers.mayEdit()),
                ownership());
        Long id = customer.id();
        add(HistoryTimeline.section(() -> history.history(id), this::eraseRemovedContact));
    }

    /**
     * For admins: a removed contact whose data is still in the history can be erased on request.
     */
    private Optional<Component> eraseRemovedContact(HistoryEntry entry) {
        if (!isAdmin
                || !"Contact".equals(entry.recordType())
                || entry.kind() != HistoryEntry.Kind.REMOVED
                || Contact.ERASED.equals(entry.recordLabel())) {
            return Optional.empty();
        }
        Button erase =
                new Button(
                        getTranslation("contact.erase"),
                        VaadinIcon.ERASER.create(),
                        click ->
                                Confirm.destructive(
                                        this,
                                        getTranslation("contact.erase.title"),
                                        getTranslation(
                                                "contact.eraseRemoved.text", entry.recordLabel()),
                                        getTranslation("contact.erase"),
                                        () -> {
                                            contacts.eraseRemoved(entry.recordId());
                                            reload();
                                            Notification.show(
                                                            getTranslation(
                                                                    "contact.erased",
                                                                    entry.recordLabel()),
                                                            4000,
                                                            Notification.Position.BOTTOM_START)
                                                    .addThemeVariants(
                                                            NotificationVariant.LUMO_SUCCESS);
                                        }));
        erase.addThemeVariants(
                ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        erase.addClassName("history-erase");
        return Optional.of(erase);
    }

    private void startEditing() {
        editor = new CustomerEditor(CustomerForm.of(customer), this::save, this::stopEditing);
        render();
    }

    private void stopEditing() {
        editor = null;
        render();
    }

    private void save(CustomerForm form) {
        try {
            customer = customers.update(customer.id(), form);
            editor = null;
            render();
            Saved.show(this, "customer.saved");
        } catch (DuplicateOrgNumberException e) {
            editor.showOrgNumberError(NewCustomerDialog.takenMessage(this, e));
        } catch (ConcurrentChangeException e) {
            showConcurrentChange(e);
        }
    }

    private void reload() {
        customer = customers.get(customer.id());
        render();
    }

    /** After a change to the contacts the page stays at them, not at its top. */
    private void reloadAtContacts() {
        reload();
        getChildren()
                .filter(ContactsSection.class::isInstance)
                .findFirst()
                .ifPresent(Component::scrollIntoView);
    }

    private void showConcurrentChange(ConcurrentChangeException e) {
        String text =
                e.changedBy() == null
                        ? getTranslation("customer.changed.unknown")
                        : getTranslation(
                                "customer.changed",
                                e.changedBy(),
                                Formats.dateTime(e.changedAt(), getLocale()));
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        Button reload =
                new Button(
                        getTranslation("customer.reload"),
                        click -> {
                            notification.close();
                            editor = null;
                            reload();
                        });
        Span message = new Span(text);
        message.setId("concurrent-change");
        notification.add(new Div(message, reload));
        notification.open();
    }

    private Span badge(String key, String variant) {
        Span badge = new Span(getTranslation(key));
        badge.addClassNames("badge", variant);
        return badge;
    }

    private Component details() {
        Div grid = new Div();
        grid.addClassName("facts");
        fact(grid, "customer.orgNumber", customer.orgNumber());
        fact(grid, "customer.sector", getTranslation("sector." + customer.sector()));
        fact(grid, "customer.industry", customer.industry());
        fact(grid, "customer.country", customer.country());
        fact(
                grid,
                "customer.address",
                joinNonBlank(
                        customer.street(),
                        joinNonBlank(customer.postalCode(), customer.city(), " "),
                        ", "));
        fact(grid, "customer.owner", customer.ownerName());
        fact(grid, "customer.customerSince", Formats.date(customer.customerSince(), getLocale()));
        if (customer.email() != null && !customer.email().isBlank()) {
            grid.add(factBox("customer.email", ContactLinks.email(customer.email())));
        }
        if (customer.phone() != null && !customer.phone().isBlank()) {
            grid.add(factBox("customer.phone", ContactLinks.phone(customer.phone())));
        }
        if (customer.website() != null && !customer.website().isBlank()) {
            Anchor site = new Anchor(customer.website(), customer.website());
            site.setTarget("_blank");
            grid.add(factBox("customer.website", site));
        }
        Div section = new Div(new H3(getTranslation("customer.details")), grid);
        section.addClassNames("card", "section");
        return section;
    }

    private void fact(Div grid, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            grid.add(factBox(labelKey, new Span(value)));
        }
    }

    private Div factBox(String labelKey, Component value) {
        return Fact.of(getTranslation(labelKey), value);
    }

    private Component ownership() {
        Div section = new Div(new H3(getTranslation("customer.ownership")));
        section.addClassNames("card", "section");
        UnorderedList list = new UnorderedList();
        list.setId("ownership");
        for (OwnershipPeriod period : customer.ownership()) {
            String text =
                    period.to() == null
                            ? getTranslation(
                                    "ownership.current",
                                    period.ownerName(),
                                    Formats.date(period.from(), getLocale()))
                            : getTranslation(
                                    "ownership.past",
                                    period.ownerName(),
                                    Formats.date(period.from(), getLocale()),
                                    Formats.date(period.to(), getLocale()));
            list.add(new ListItem(VaadinIcon.USER.create(), new Span(text)));
        }
        section.add(list);
        return section;
    }

    private static String joinNonBlank(String first, String second, String separator) {
        return String.join(
                separator,
                Stream.of(first, second).filter(s -> s != null && !s.isBlank()).toList());
    }

    @Override
    public String getPageTitle() {
        String name = customer == null ? getTranslation("nav.customers") : customer.name();
        return name + " – " + getTranslation("app.name");
    }
}
