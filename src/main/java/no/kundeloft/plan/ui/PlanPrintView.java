package no.kundeloft.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import no.kundeloft.base.Formats;
import no.kundeloft.plan.PlanDetails;
import no.kundeloft.plan.PlanService;
import no.kundeloft.security.Roles;

/**
 * {@code /customers/{id}/plan/print}: the plan as one clean document to print or save as PDF for a
 * meeting.
 */
@Route(value = "customers/:customerId(\\d+)/plan/print", autoLayout = false)
@RolesAllowed({
    Roles.KEY_ACCOUNT_MANAGER,
    Roles.TEAM_LEADER,
    Roles.SALES_MANAGER,
    Roles.SALES_DIRECTOR,
    Roles.ADMIN
})
public class PlanPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private PlanDetails plan;

    public PlanPrintView(PlanService plans) {
        this.plans = plans;
        addClassName("plan-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        plan = PlanView.requested(plans, event);
        removeAll();
        Button print =
                new Button(
                        getTranslation("plan.printNow"),
                        e -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        print.setId("print-now");
        add(
                print,
                new H1(
                        getTranslation(
                                "plan.title", plan.customerName(), String.valueOf(plan.year()))),
                new Paragraph(
                        getTranslation("plan.owner", plan.ownerName())
                                + " · "
                                + getTranslation("plan.score")
                                + ": "
                                + plan.score().total()
                                + "/100"));
        part(
                "plan.situation",
                Arrays.asList(
                        labelled("plan.business", plan.business()),
                        labelled("plan.priorities", plan.priorities()),
                        labelled("plan.ourPosition", plan.ourPosition()),
                        labelled("plan.competitors", plan.competitors()),
                        labelled("plan.strategy", plan.strategy())));
        part(
                "plan.objectives",
                plan.objectives().stream()
                        .map(
                                o ->
                                        o.description()
                                                + " — "
                                                + (o.targetValue() == null
                                                        ? ""
                                                        : ObjectivesSection.target(o, getLocale())
                                                                + ", ")
                                                + (o.dueDate() == null
                                                        ? ""
                                                        : Formats.date(o.dueDate(), getLocale())
                                                                + ", ")
                                                + getTranslation("plan.status." + o.status().name())
                                                + " "
                                                + o.percentDone()
                                                + " %")
                        .toList());
        part(
                "plan.stakeholders",
                plan.stakeholders().stream()
                        .filter(s -> s.buyingRole() != null)
                        .map(
                                s ->
                                        s.name()
                                                + (s.title() == null ? "" : ", " + s.title())
                                                + " — "
                                                + getTranslation(
                                                        "plan.role." + s.buyingRole().name())
                                                + (s.influence() == null
                                                        ? ""
                                                        : ", "
                                                                + getTranslation("plan.influence")
                                                                + " "
                                                                + s.influence())
                                                + (s.attitude() == null
                                                        ? ""
                                                        : ", "
                                                                + getTranslation(
                                                                        "plan.attitude."
                                                                                + s.attitude()
                                                                                        .name()))
                                                + (s.reportsToName() == null
                                                        ? ""
                                                        : ", "
                                                                + getTranslation("plan.reportsTo")
                                                                + " "
                                                                + s.reportsToName()))
                        .toList());
        var totals = plan.whitespaceTotals();
        part(
                "plan.whitespace",
                Stream.concat(
                                plan.whitespace().stream()
                                        .filter(w -> w.state() != null)
                                        .map(
                                                w ->
                                                        w.offering()
                                                                + " — "
                                                                + getTranslation(
                                                                        "plan.state."
                                                                                + w.state().name())
                                                                + (w.potential() == null
                                                                        ? ""
                                                                        : ", "
                                                                                + Formats.nok(
                                                                                        w
                                                                                                .potential(),
                                                                                        getLocale()))),
                                Stream.of(
                                        getTranslation(
                                                "plan.whitespaceTotals",
                                                Formats.nok(totals.current(), getLocale()),
                                                Formats.nok(totals.opportunity(), getLocale()))))
                        .toList());
        part(
                "plan.actions",
                plan.actions().stream()
                        .map(
                                a ->
                                        a.description()
                                                + " — "
                                                + a.ownerName()
                                                + ", "
                                                + Formats.date(a.dueDate(), getLocale())
                                                + (a.done()
                                                        ? " ✓"
                                                        : a.overdue()
                                                                ? " ("
                                                                        + getTranslation(
                                                                                "plan.overdue")
                                                                        + ")"
                                                                : ""))
                        .toList());
        part(
                "plan.risks",
                plan.risks().stream()
                        .map(
                                r ->
                                        r.description()
                                                + " — "
                                                + r.likelihood()
                                                + " × "
                                                + r.impact()
                                                + (r.mitigation() == null
                                                        ? ""
                                                        : "; " + r.mitigation()))
                        .toList());
        part(
                "plan.score",
                plan.score().results().stream()
                        .map(
                                r ->
                                        (r.met() ? "✓ " : "✗ ")
                                                + getTranslation("plan.rule." + r.rule().name()))
                        .toList());
    }

    private String labelled(String key, String value) {
        return value == null ? null : getTranslation(key) + ": " + value;
    }

    private void part(String titleKey, List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.stream()
                .filter(Objects::nonNull)
                .map(ListItem::new)
                .forEach(
                        item -> {
                            item.addClassName("multi-line");
                            list.add(item);
                        });
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem("–"));
        }
        add(new H2(getTranslation(titleKey)), list);
    }

    @Override
    public String getPageTitle() {
        return plan == null
                ? getTranslation("nav.plans")
                : getTranslation("plan.title", plan.customerName(), String.valueOf(plan.year()));
    }
}
