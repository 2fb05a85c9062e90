package no.kundeloft.visit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.SharedComponent;
import no.kundeloft.visit.Overdue;
import no.kundeloft.visit.OverdueCustomer;

/** The home page's list of customers overdue for a visit by their tier's cadence. */
@SharedComponent
public class OverdueVisitsCard extends Div {

    public OverdueVisitsCard(Overdue overdue) {
        addClassNames("card", "section", "overdue-visits");
        setId("overdue-visits");
        add(new H3(getTranslation("overdue.title", overdue.count())));
        if (overdue.count() == 0) {
            add(new Paragraph(getTranslation("overdue.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (OverdueCustomer customer : overdue.first()) {
            Anchor name = new Anchor("customers/" + customer.customerId(), customer.name());
            Span last =
                    new Span(
                            (customer.key() ? getTranslation("tier.KEY") + " · " : "")
                                    + customer.ownerName()
                                    + " · "
                                    + (customer.lastVisit() == null
                                            ? getTranslation("overdue.never")
                                            : getTranslation(
                                                    "overdue.last",
                                                    Formats.dateTime(
                                                            customer.lastVisit(), getLocale()))));
            last.addClassName("label");
            list.add(new ListItem(name, last));
        }
        add(list);
        if (overdue.count() > overdue.first().size()) {
            Anchor all =
                    new Anchor("visits/overdue", getTranslation("overdue.all", overdue.count()));
            all.setId("overdue-all");
            add(all);
        }
    }
}
