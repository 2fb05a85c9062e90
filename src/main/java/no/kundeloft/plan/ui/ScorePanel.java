package no.kundeloft.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.kundeloft.plan.PlanScore;

/** The plan's quality score out of 100 and the rules behind it, met or not. */
final class ScorePanel extends Div {

    private final Span total = new Span();
    private final UnorderedList reasons = new UnorderedList();

    ScorePanel(PlanChanges changes) {
        total.setId("plan-score");
        reasons.setId("plan-score-reasons");
        add(new H3(getTranslation("plan.score")), total, new Span(" / 100"), reasons);
        addClassNames("card", "plan-score");
        show(changes.plan().score());
        changes.onChange(plan -> show(plan.score()));
    }

    private void show(PlanScore score) {
        total.setText(String.valueOf(score.total()));
        total.setClassName("figure-value");
        total.addClassName(score.total() >= 70 ? "good" : score.total() >= 40 ? "near" : "short");
        reasons.removeAll();
        for (PlanScore.Result result : score.results()) {
            ListItem item =
                    new ListItem(
                            (result.met() ? VaadinIcon.CHECK : VaadinIcon.CLOSE_SMALL).create(),
                            new Span(
                                    getTranslation("plan.rule." + result.rule().name())
                                            + " ("
                                            + result.points()
                                            + "/"
                                            + result.rule().points()
                                            + ")"));
            item.addClassName(result.met() ? "met" : "unmet");
            reasons.add(item);
        }
    }
}
