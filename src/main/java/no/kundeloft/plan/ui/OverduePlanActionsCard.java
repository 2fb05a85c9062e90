package no.kundeloft.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import no.kundeloft.base.Formats;
import no.kundeloft.plan.PlanDetails;

/** The home page's list of my account-plan actions that are overdue. */
public class OverduePlanActionsCard extends Div {

    /** {@code actions} carry the customer id where the action id would be (see PlanService#myOverdueActions). */
    public OverduePlanActionsCard(List<PlanDetails.Action> actions) {
        addClassNames("card", "section", "overdue-visits");
        setId("overdue-plan-actions");
        add(new H3(getTranslation("plan.overdueActions", actions.size())));
        UnorderedList list = new UnorderedList();
        for (PlanDetails.Action action : actions) {
            Span due = new Span(getTranslation("plan.dueOn", Formats.date(action.dueDate(), getLocale())));
            due.addClassName("label");
            list.add(new ListItem(new Anchor("customers/" + action.id() + "/plan", action.description()), due));
        }
        add(list);
    }
}
