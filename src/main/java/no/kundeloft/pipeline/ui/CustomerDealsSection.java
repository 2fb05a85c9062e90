package no.kundeloft.pipeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.CustomerDetails;
import no.kundeloft.customer.CustomerPageSection;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.pipeline.DealDetails;
import no.kundeloft.pipeline.DealRow;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.pipeline.StageOutcome;
import no.kundeloft.revenue.CustomerRevenue;
import no.kundeloft.revenue.RevenueService;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.SalesRole;
import org.springframework.core.annotation.Order;

/**
 * On the customer page: its deals (open first, then closed), each won one against the revenue
 * invoiced since, and a new deal; for everyone but meeting bookers.
 */
@org.springframework.stereotype.Component
@Order(6)
class CustomerDealsSection implements CustomerPageSection {

    private final DealService deals;
    private final CustomerService customers;
    private final RevenueService revenue;
    private final CurrentUser currentUser;

    CustomerDealsSection(
            DealService deals,
            CustomerService customers,
            RevenueService revenue,
            CurrentUser currentUser) {
        this.deals = deals;
        this.revenue = revenue;
        this.customers = customers;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create(CustomerDetails customer) {
        if (currentUser.require().role() == SalesRole.MEETING_BOOKER) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Div section = new Div();
        section.addClassNames("card", "section");
        section.setId("customer-deals");
        Div header = new Div(new H3(ui.getTranslation("deal.section")));
        header.addClassName("section-header");
        if (deals.mayEdit()) {
            Button add =
                    new Button(
                            ui.getTranslation("deal.new"),
                            VaadinIcon.PLUS.create(),
                            e ->
                                    DealDialog.newDeal(
                                                    deals,
                                                    customers,
                                                    customer.id(),
                                                    customer.name(),
                                                    saved -> changed(ui, saved))
                                            .open());
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setId("customer-new-deal");
            header.add(add);
        }
        section.add(header);
        List<DealRow> rows = deals.forCustomer(customer.id());
        if (rows.isEmpty()) {
            section.add(new Paragraph(ui.getTranslation("deal.section.none")));
            return Optional.of(section);
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("deal-list");
        CustomerRevenue invoiced =
                rows.stream().anyMatch(row -> row.stage().outcome() == StageOutcome.WON)
                        ? revenue.forCustomer(customer.id())
                        : null;
        for (DealRow row : rows) {
            Span title = new Span(row.title());
            title.addClassName("deal-list-title");
            Span stage = new Span(StageNames.of(section, row.stage()));
            stage.addClassNames(
                    "badge",
                    "stage-" + row.stage().outcome().name().toLowerCase(java.util.Locale.ROOT));
            Span facts =
                    new Span(
                            ui.getTranslation(
                                    "deal.section.line",
                                    Formats.nok(row.value(), ui.getLocale()),
                                    row.probability(),
                                    Formats.month(row.closeMonth(), ui.getLocale()),
                                    row.ownerName()));
            facts.addClassName("deal-list-facts");
            ListItem item = new ListItem(title, stage, facts);
            if (row.stage().outcome() == StageOutcome.WON) {
                item.add(sinceWon(ui, row, invoiced));
            }
            item.getElement().setAttribute("tabindex", "0");
            item.getElement().setAttribute("role", "button");
            item.getElement().setAttribute("data-deal", String.valueOf(row.id()));
            item.addClickListener(
                    e -> DealDialog.existing(deals, row.id(), saved -> changed(ui, saved)).open());
            item.getElement()
                    .addEventListener(
                            "keydown",
                            e ->
                                    DealDialog.existing(
                                                    deals, row.id(), saved -> changed(ui, saved))
                                            .open())
                    .setFilter("event.key === 'Enter'");
            list.add(item);
        }
        section.add(list);
        return Optional.of(section);
    }

    /**
     * A won deal against the revenue that followed: what was invoiced in the loaded months since,
     * and what the deal promised.
     */
    private static Span sinceWon(UI ui, DealRow deal, CustomerRevenue invoiced) {
        int months = invoiced.loadedMonthsAfter(deal.closeMonth());
        BigDecimal promised =
                deal.yearlyValue()
                        .multiply(BigDecimal.valueOf(months))
                        .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP);
        Span line =
                new Span(
                        months == 0
                                ? ui.getTranslation("deal.section.notInvoicedYet")
                                : ui.getTranslation(
                                        "deal.section.sinceWon",
                                        months,
                                        Formats.nok(
                                                invoiced.revenueAfter(deal.closeMonth()),
                                                ui.getLocale()),
                                        Formats.nok(promised, ui.getLocale())));
        line.addClassName("deal-list-since");
        return line;
    }

    /** A deal's change may make a prospect a customer, so the whole page is drawn again. */
    private static void changed(UI ui, DealDetails saved) {
        Notification.show(
                        ui.getTranslation("deal.saved", saved.title()),
                        3000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        ui.refreshCurrentRoute(false);
    }
}
