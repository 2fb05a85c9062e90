package no.kundeloft.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import no.kundeloft.plan.PlanDetails;

/**
 * Situation and strategy: five texts saved together. Text typed and not yet saved stays when
 * another section changes the plan, and the page asks before it is lost.
 */
final class SituationSection extends PlanSection {

    private final TextArea business = area("plan.business", "plan-business");
    private final TextArea priorities = area("plan.priorities", "plan-priorities");
    private final TextArea position = area("plan.ourPosition", "plan-position");
    private final TextArea competitors = area("plan.competitors", "plan-competitors");
    private final TextArea strategy = area("plan.strategy", "plan-strategy");

    /** What each area held when the plan was last shown: different now means unsaved. */
    private final Map<TextArea, String> shown = new LinkedHashMap<>();

    SituationSection(PlanChanges changes) {
        super(changes, "plan.situation", "plan-situation");
        FormLayout form = new FormLayout(business, priorities, position, competitors, strategy);
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(strategy, 2);
        add(form);
        if (plan().mayEdit()) {
            Button save = new Button(getTranslation("common.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("plan-save-situation");
            add(save);
        }
        show(plan(), true);
    }

    boolean hasUnsavedText() {
        return shown.entrySet().stream()
                .anyMatch(area -> !area.getKey().getValue().equals(area.getValue()));
    }

    @Override
    void show(PlanDetails plan) {
        show(plan, false);
    }

    private void save() {
        PlanDetails plan = plan();
        boolean saved =
                changes.apply(
                        this,
                        () ->
                                plans().saveSituation(
                                                plan.customerId(),
                                                plan.year(),
                                                plan.version(),
                                                business.getValue(),
                                                priorities.getValue(),
                                                position.getValue(),
                                                competitors.getValue(),
                                                strategy.getValue()));
        if (saved) {
            show(plan(), true);
        }
    }

    private void show(PlanDetails plan, boolean replaceTyped) {
        load(business, plan.business(), replaceTyped);
        load(priorities, plan.priorities(), replaceTyped);
        load(position, plan.ourPosition(), replaceTyped);
        load(competitors, plan.competitors(), replaceTyped);
        load(strategy, plan.strategy(), replaceTyped);
    }

    private void load(TextArea area, String value, boolean replaceTyped) {
        String text = Objects.toString(value, "");
        boolean typedHere = !area.getValue().equals(shown.getOrDefault(area, ""));
        if (replaceTyped || !typedHere) {
            area.setValue(text);
        }
        shown.put(area, text);
        area.setReadOnly(!plan().mayEdit());
    }

    private TextArea area(String key, String id) {
        TextArea area = new TextArea(getTranslation(key));
        area.setId(id);
        area.setMaxLength(4000);
        return area;
    }
}
