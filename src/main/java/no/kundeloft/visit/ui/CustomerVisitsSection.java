package no.kundeloft.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import no.kundeloft.base.Formats;
import no.kundeloft.customer.CustomerDetails;
import no.kundeloft.customer.CustomerPageSection;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;
import no.kundeloft.visit.VisitFilter;
import no.kundeloft.visit.VisitItem;
import no.kundeloft.visit.VisitQueries;
import org.springframework.core.annotation.Order;

/**
 * The customer's visits of the last year and the coming one on the customer page, and planning a
 * new one.
 */
@org.springframework.stereotype.Component
@Order(20)
class CustomerVisitsSection implements CustomerPageSection {

    private final VisitQueries visits;
    private final VisitDialogs dialogs;
    private final CurrentUser currentUser;
    private final Clock clock;

    CustomerVisitsSection(
            VisitQueries visits, VisitDialogs dialogs, CurrentUser currentUser, Clock clock) {
        this.visits = visits;
        this.dialogs = dialogs;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create(CustomerDetails customer) {
        KundeloftUser user = currentUser.require();
        if (user.role() == SalesRole.ADMIN) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<VisitItem> items =
                visits.calendar(
                        now.minus(366, ChronoUnit.DAYS),
                        now.plus(366, ChronoUnit.DAYS),
                        new VisitFilter(null, customer.id(), false, false));
        Div section = new Div();
        section.addClassNames("card", "section", "customer-visits");
        section.setId("customer-visits");
        UI ui = UI.getCurrent();
        Button plan =
                new Button(
                        ui.getTranslation(dialogs.planKey()),
                        VaadinIcon.PLUS.create(),
                        e ->
                                dialogs.planAt(
                                        customer.id(),
                                        customer.name(),
                                        saved -> ui.navigate("visits/" + saved.item().id())));
        plan.setId("customer-plan-visit");
        Div header = new Div(new H3(ui.getTranslation("visits.forCustomer")), plan);
        header.addClassName("section-header");
        section.add(header);
        if (items.isEmpty()) {
            section.add(new Paragraph(ui.getTranslation("visits.noneForCustomer")));
        }
        for (VisitItem item : items.reversed()) {
            Anchor link =
                    new Anchor(
                            "visits/" + item.id(),
                            Formats.dateTime(item.startsAt(), ui.getLocale())
                                    + " – "
                                    + item.purpose());
            Span who =
                    new Span(
                            item.hostName()
                                    + " · "
                                    + ui.getTranslation("visit.status." + item.status().name()));
            who.addClassName("label");
            Div line = new Div(link, who);
            line.addClassName("visit-line");
            section.add(line);
        }
        return Optional.of(section);
    }
}
