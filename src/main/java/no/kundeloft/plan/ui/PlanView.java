package no.kundeloft.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.history.ui.HistoryTimeline;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.plan.PlanDetails;
import no.kundeloft.plan.PlanService;
import no.kundeloft.security.Roles;

/**
 * {@code /customers/{id}/plan}: a key customer's account plan for a year, section by section, with
 * the quality score and its reasons beside it. The owning KAM edits; leaders in scope read and
 * review. Each section saves on its own and every section then shows the changed plan in place.
 */
@Route("customers/:customerId(\\d+)/plan")
@RolesAllowed({
    Roles.KEY_ACCOUNT_MANAGER,
    Roles.TEAM_LEADER,
    Roles.SALES_MANAGER,
    Roles.SALES_DIRECTOR,
    Roles.ADMIN
})
public class PlanView extends Div
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final PlanService plans;
    private final DealService deals;
    private PlanChanges changes;
    private SituationSection situation;

    public PlanView(PlanService plans, DealService deals) {
        this.plans = plans;
        this.deals = deals;
        addClassName("plan-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(requested(plans, event));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (situation == null || !situation.hasUnsavedText()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm =
                new ConfirmDialog(
                        getTranslation("unsaved.title"),
                        getTranslation("plan.unsaved"),
                        getTranslation("unsaved.discard"),
                        e -> action.proceed());
        confirm.setId("plan-unsaved");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("unsaved.stay"));
        confirm.open();
    }

    /**
     * The plan an address names: {@code customers/{id}/plan?year=…}, this year without (or with a
     * bad) year.
     */
    static PlanDetails requested(PlanService plans, BeforeEnterEvent event) {
        Long customerId =
                event.getRouteParameters()
                        .getLong("customerId")
                        .orElseThrow(() -> new NotFoundException("Plan", null));
        List<String> years =
                event.getLocation()
                        .getQueryParameters()
                        .getParameters()
                        .getOrDefault("year", List.of());
        int year = plans.currentYear();
        try {
            year = years.isEmpty() ? year : Integer.parseInt(years.getFirst());
        } catch (NumberFormatException ignored) {
            // the current year, as without a year
        }
        return plans.plan(customerId, year);
    }

    private void show(PlanDetails details) {
        removeAll();
        changes = new PlanChanges(plans, details);
        situation = new SituationSection(changes);
        Div sections =
                new Div(
                        situation,
                        new ObjectivesSection(changes),
                        new StakeholdersSection(changes),
                        new WhitespaceSection(changes, deals),
                        new ActionsSection(changes),
                        new RisksSection(changes),
                        new ReviewsSection(changes));
        sections.addClassName("plan-sections");
        Div layout = new Div(sections, new ScorePanel(changes));
        layout.addClassName("plan-layout");
        add(header(details), layout);
        if (details.exists()) {
            add(HistoryTimeline.section(() -> plans.history(details.customerId(), details.year())));
        }
    }

    private Div header(PlanDetails details) {
        Anchor back =
                new Anchor(
                        "customers/" + details.customerId(), getTranslation("plan.backToCustomer"));
        back.addClassName("back-link");
        H2 title =
                new H2(
                        getTranslation(
                                "plan.title",
                                details.customerName(),
                                String.valueOf(details.year())));
        Span owner = new Span(getTranslation("plan.owner", details.ownerName()));
        owner.addClassName("label");
        Anchor print =
                new Anchor(
                        "customers/" + details.customerId() + "/plan/print?year=" + details.year(),
                        getTranslation("plan.print"));
        print.setId("plan-print");
        print.setTarget("_blank");
        Div links =
                new Div(
                        print,
                        new Anchor(
                                planAddress(details.year() - 1), getTranslation("plan.yearBefore")),
                        new Anchor(
                                planAddress(details.year() + 1), getTranslation("plan.yearAfter")));
        links.addClassName("plan-links");
        if (details.mayEdit() && details.exists()) {
            Button copy =
                    new Button(
                            getTranslation("plan.copyForward", String.valueOf(details.year() + 1)),
                            e -> copyForward(details));
            copy.setId("plan-copy-forward");
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            links.add(copy);
        }
        Div header = new Div(back, title, owner, links);
        header.addClassName("plan-header");
        return header;
    }

    private String planAddress(int year) {
        return "customers/" + changes.plan().customerId() + "/plan?year=" + year;
    }

    /** Copies the plan into next year and opens that one. */
    private void copyForward(PlanDetails details) {
        try {
            PlanDetails next = plans.copyForward(details.customerId(), details.year());
            getUI().ifPresent(
                            ui ->
                                    ui.navigate(
                                            "customers/" + next.customerId() + "/plan",
                                            QueryParameters.simple(
                                                    Map.of("year", String.valueOf(next.year())))));
        } catch (RefusedException e) {
            Refusals.show(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        PlanDetails plan = changes == null ? null : changes.plan();
        return (plan == null
                        ? getTranslation("nav.plans")
                        : getTranslation(
                                "plan.title", plan.customerName(), String.valueOf(plan.year())))
                + " – "
                + getTranslation("app.name");
    }
}
