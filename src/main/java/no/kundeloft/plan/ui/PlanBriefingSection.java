package no.kundeloft.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.plan.PlanDetails;
import no.kundeloft.plan.PlanService;
import no.kundeloft.visit.BriefingSection;
import org.springframework.core.annotation.Order;

/**
 * In a key customer's visit briefing: this year's plan in short — score, strategy, open objectives.
 */
@org.springframework.stereotype.Component
@Order(10)
class PlanBriefingSection implements BriefingSection {

    private final PlanService plans;

    PlanBriefingSection(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<Component> create(Long customerId) {
        PlanDetails plan;
        try {
            plan = plans.plan(customerId, plans.currentYear());
        } catch (NotFoundException notAKeyCustomer) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Div section =
                new Div(new H3(ui.getTranslation("plan.section", String.valueOf(plan.year()))));
        section.addClassNames("card", "section");
        section.setId("briefing-plan");
        if (!plan.exists()) {
            section.add(new Paragraph(ui.getTranslation("plan.sectionMissing")));
        } else {
            section.add(
                    new Paragraph(ui.getTranslation("plan.sectionScore", plan.score().total())));
            if (plan.strategy() != null) {
                section.add(
                        new Paragraph(ui.getTranslation("plan.strategy") + ": " + plan.strategy()));
            }
            plan.objectives().stream()
                    .filter(o -> o.percentDone() < 100)
                    .forEach(
                            o ->
                                    section.add(
                                            new Paragraph(
                                                    "• "
                                                            + o.description()
                                                            + " ("
                                                            + ui.getTranslation(
                                                                    "plan.status."
                                                                            + o.status().name())
                                                            + ", "
                                                            + o.percentDone()
                                                            + " %)")));
        }
        section.add(
                new Anchor(
                        "customers/" + customerId + "/plan", ui.getTranslation("plan.openPlan")));
        return Optional.of(section);
    }
}
