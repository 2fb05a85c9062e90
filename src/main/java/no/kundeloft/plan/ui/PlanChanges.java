package no.kundeloft.plan.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.base.ui.Saved;
import no.kundeloft.plan.PlanDetails;
import no.kundeloft.plan.PlanService;

/**
 * The plan a page shows and the one way it changes: a change runs, and every section shows the plan
 * as it now is in place (nothing rebuilt, so the page does not move and typed text stays).
 */
final class PlanChanges {

    private final PlanService plans;
    private final List<Consumer<PlanDetails>> viewers = new ArrayList<>();
    private PlanDetails plan;

    PlanChanges(PlanService plans, PlanDetails plan) {
        this.plans = plans;
        this.plan = plan;
    }

    PlanService plans() {
        return plans;
    }

    PlanDetails plan() {
        return plan;
    }

    void onChange(Consumer<PlanDetails> viewer) {
        viewers.add(viewer);
    }

    /**
     * Runs {@code change} and confirms it; a refusal is told, and cells edited in place go back to
     * the plan as saved.
     *
     * @return whether the change was made
     */
    boolean apply(Component where, Supplier<PlanDetails> change) {
        try {
            show(change.get());
            Saved.show(where);
            return true;
        } catch (RefusedException e) {
            Refusals.show(where, e);
            show(plan);
            return false;
        }
    }

    /** Shows the plan as it is now, after a change made elsewhere (a deal saved). */
    void reload() {
        show(plans.plan(plan.customerId(), plan.year()));
    }

    private void show(PlanDetails changed) {
        plan = changed;
        viewers.forEach(viewer -> viewer.accept(changed));
    }
}
