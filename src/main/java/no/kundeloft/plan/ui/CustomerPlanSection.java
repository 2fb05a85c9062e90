package no.kundeloft.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import no.kundeloft.customer.CustomerDetails;
import no.kundeloft.customer.CustomerPageSection;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.plan.PlanDetails;
import no.kundeloft.plan.PlanService;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.SalesRole;
import org.springframework.core.annotation.Order;

/** On a key customer's page: this year's account plan score and the way to the plan. */
@org.springframework.stereotype.Component
@Order(5)
class CustomerPlanSection implements CustomerPageSection {

    private final PlanService plans;
    private final CurrentUser currentUser;

    CustomerPlanSection(PlanService plans, CurrentUser currentUser) {
        this.plans = plans;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create(CustomerDetails customer) {
        SalesRole role = currentUser.require().role();
        if (customer.tier() != CustomerTier.KEY || role == SalesRole.MEETING_BOOKER) {
            return Optional.empty();
        }
        PlanDetails plan = plans.plan(customer.id(), plans.currentYear());
        UI ui = UI.getCurrent();
        Div section =
                new Div(new H3(ui.getTranslation("plan.section", String.valueOf(plan.year()))));
        section.addClassNames("card", "section");
        section.setId("customer-plan");
        section.add(
                new Paragraph(
                        plan.exists()
                                ? ui.getTranslation("plan.sectionScore", plan.score().total())
                                : ui.getTranslation("plan.sectionMissing")));
        Anchor open =
                new Anchor(
                        "customers/" + customer.id() + "/plan", ui.getTranslation("plan.openPlan"));
        open.setId("open-plan");
        section.add(open);
        return Optional.of(section);
    }
}
