package no.kundeloft.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Stream;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.CustomerDetails;
import no.kundeloft.customer.CustomerDetails.ContactItem;
import no.kundeloft.customer.CustomerDetails.OwnershipPeriod;
import no.kundeloft.customer.CustomerService;

/** One customer: its details, contacts and who has owned it. Out of scope answers "not found". */
@Route("customers/:customerId")
@PermitAll
public class CustomerDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_PARAMETER = "customerId";

    private final CustomerService customers;
    private CustomerDetails customer;

    public CustomerDetailView(CustomerService customers) {
        this.customers = customers;
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
        render();
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
        Div badges = new Div(badge("status." + customer.status(), "status-" + customer.status().name().toLowerCase()),
                badge("tier." + customer.tier(), "tier-" + customer.tier().name().toLowerCase()));
        badges.addClassName("badges");
        Div header = new Div(back, name, badges);
        header.addClassName("detail-header");
        add(header, details(), contacts(), ownership());
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
        fact(grid, "customer.address", joinNonBlank(customer.street(), joinNonBlank(customer.postalCode(), customer.city(), " "), ", "));
        fact(grid, "customer.owner", customer.ownerName());
        fact(grid, "customer.customerSince", Formats.date(customer.customerSince(), getLocale()));
        fact(grid, "customer.email", customer.email());
        fact(grid, "customer.phone", customer.phone());
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
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        Div box = new Div(label, value);
        box.addClassName("fact");
        return box;
    }

    private Component contacts() {
        Div section = new Div(new H3(getTranslation("customer.contacts")));
        section.addClassNames("card", "section");
        if (customer.contacts().isEmpty()) {
            section.add(new Span(getTranslation("customer.contacts.empty")));
            return section;
        }
        Grid<ContactItem> grid = new Grid<>(ContactItem.class, false);
        grid.setId("contacts");
        grid.addComponentColumn(this::contactName).setHeader(getTranslation("contact.name")).setFlexGrow(2);
        grid.addColumn(ContactItem::title).setHeader(getTranslation("contact.title")).setFlexGrow(2);
        grid.addComponentColumn(c -> link(c.email(), "mailto:")).setHeader(getTranslation("contact.email")).setFlexGrow(2);
        grid.addComponentColumn(c -> link(c.phone(), "tel:")).setHeader(getTranslation("contact.phone")).setAutoWidth(true);
        grid.setItems(customer.contacts());
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private Component contactName(ContactItem contact) {
        Span name = new Span(contact.fullName());
        if (!contact.primary()) {
            return name;
        }
        Span primary = new Span(getTranslation("contact.primary"));
        primary.addClassNames("badge", "primary");
        return new Span(name, new Span(" "), primary);
    }

    private static Component link(String value, String scheme) {
        if (value == null || value.isBlank()) {
            return new Span();
        }
        return new Anchor(scheme + value.replace(" ", ""), value);
    }

    private Component ownership() {
        Div section = new Div(new H3(getTranslation("customer.ownership")));
        section.addClassNames("card", "section");
        UnorderedList list = new UnorderedList();
        list.setId("ownership");
        for (OwnershipPeriod period : customer.ownership()) {
            String text = period.to() == null
                    ? getTranslation("ownership.current", period.ownerName(), Formats.date(period.from(), getLocale()))
                    : getTranslation("ownership.past", period.ownerName(), Formats.date(period.from(), getLocale()),
                    Formats.date(period.to(), getLocale()));
            list.add(new ListItem(VaadinIcon.USER.create(), new Span(text)));
        }
        section.add(list);
        return section;
    }

    private static String joinNonBlank(String first, String second, String separator) {
        return String.join(separator, Stream.of(first, second).filter(s -> s != null && !s.isBlank()).toList());
    }

    @Override
    public String getPageTitle() {
        String name = customer == null ? getTranslation("nav.customers") : customer.name();
        return name + " – " + getTranslation("app.name");
    }
}
