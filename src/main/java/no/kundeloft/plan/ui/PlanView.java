package no.kundeloft.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Confirm;
import no.kundeloft.base.ui.EChart;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.customer.Attitude;
import no.kundeloft.customer.BuyingRole;
import no.kundeloft.history.ui.HistoryTimeline;
import no.kundeloft.pipeline.DealForm;
import no.kundeloft.pipeline.DealKind;
import no.kundeloft.pipeline.DealRow;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.pipeline.StageOption;
import no.kundeloft.pipeline.ui.DealDialog;
import no.kundeloft.plan.ObjectiveForm;
import no.kundeloft.plan.ObjectiveStatus;
import no.kundeloft.plan.PlanDetails;
import no.kundeloft.plan.PlanScore;
import no.kundeloft.plan.PlanService;
import no.kundeloft.plan.ReviewVerdict;
import no.kundeloft.plan.WhitespaceState;

/**
 * {@code /customers/{id}/plan}: a key customer's account plan for a year, section by section, with
 * the quality score and its reasons beside it. The owning KAM edits; leaders in scope read and
 * review.
 */
@Route("customers/:customerId(\\d+)/plan")
@RolesAllowed({"KEY_ACCOUNT_MANAGER", "TEAM_LEADER", "SALES_MANAGER", "SALES_DIRECTOR", "ADMIN"})
public class PlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final DealService deals;
    private PlanDetails plan;
    private Map<Long, DealRow> dealsByOffering = Map.of();

    public PlanView(PlanService plans, DealService deals) {
        this.plans = plans;
        this.deals = deals;
        addClassName("plan-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(requested(plans, event));
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
        plan = details;
        removeAll();
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
        Div links = new Div();
        links.addClassName("plan-links");
        Anchor print =
                new Anchor(
                        "customers/" + details.customerId() + "/plan/print?year=" + details.year(),
                        getTranslation("plan.print"));
        print.setId("plan-print");
        print.setTarget("_blank");
        links.add(
                print,
                new Anchor(
                        "customers/" + details.customerId() + "/plan?year=" + (details.year() - 1),
                        getTranslation("plan.yearBefore")),
                new Anchor(
                        "customers/" + details.customerId() + "/plan?year=" + (details.year() + 1),
                        getTranslation("plan.yearAfter")));
        if (details.mayEdit() && details.exists()) {
            Button copy =
                    new Button(
                            getTranslation("plan.copyForward", String.valueOf(details.year() + 1)),
                            e ->
                                    act(
                                            () ->
                                                    plans.copyForward(
                                                            details.customerId(), details.year()),
                                            true));
            copy.setId("plan-copy-forward");
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            links.add(copy);
        }
        Div header = new Div(back, title, owner, links);
        header.addClassName("plan-header");

        Div sections =
                new Div(
                        situation(details),
                        objectives(details),
                        stakeholders(details),
                        whitespace(details),
                        actions(details),
                        risks(details),
                        reviews(details));
        sections.addClassName("plan-sections");
        Div layout = new Div(sections, scorePanel(details.score()));
        layout.addClassName("plan-layout");
        add(header, layout);
        if (details.exists()) {
            add(HistoryTimeline.section(() -> plans.history(details.customerId(), details.year())));
        }
    }

    private Component scorePanel(PlanScore score) {
        Span total = new Span(String.valueOf(score.total()));
        total.setId("plan-score");
        total.addClassNames(
                "figure-value",
                score.total() >= 70 ? "good" : score.total() >= 40 ? "near" : "short");
        UnorderedList reasons = new UnorderedList();
        reasons.setId("plan-score-reasons");
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
        Div panel =
                new Div(new H3(getTranslation("plan.score")), total, new Span(" / 100"), reasons);
        panel.addClassNames("card", "plan-score");
        return panel;
    }

    // Situation and strategy

    private Component situation(PlanDetails details) {
        Div section = section("plan.situation", "plan-situation");
        TextArea business = area("plan.business", details.business(), "plan-business");
        TextArea priorities = area("plan.priorities", details.priorities(), "plan-priorities");
        TextArea position = area("plan.ourPosition", details.ourPosition(), "plan-position");
        TextArea competitors = area("plan.competitors", details.competitors(), "plan-competitors");
        TextArea strategy = area("plan.strategy", details.strategy(), "plan-strategy");
        FormLayout form = new FormLayout(business, priorities, position, competitors, strategy);
        form.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(strategy, 2);
        section.add(form);
        if (details.mayEdit()) {
            Button save =
                    new Button(
                            getTranslation("common.save"),
                            e ->
                                    act(
                                            () ->
                                                    plans.saveSituation(
                                                            details.customerId(),
                                                            details.year(),
                                                            details.version(),
                                                            business.getValue(),
                                                            priorities.getValue(),
                                                            position.getValue(),
                                                            competitors.getValue(),
                                                            strategy.getValue()),
                                            false));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("plan-save-situation");
            section.add(save);
        }
        return section;
    }

    private TextArea area(String key, String value, String id) {
        TextArea area = new TextArea(getTranslation(key));
        area.setId(id);
        area.setValue(value == null ? "" : value);
        area.setReadOnly(!plan.mayEdit());
        area.setMaxLength(4000);
        return area;
    }

    // Objectives

    private Component objectives(PlanDetails details) {
        Div section = section("plan.objectives", "plan-objectives");
        Grid<PlanDetails.Objective> grid = new Grid<>();
        grid.setId("plan-objectives-grid");
        grid.addColumn(
                        o ->
                                o.description()
                                        + (o.carriedOver()
                                                ? " (" + getTranslation("plan.carriedOver") + ")"
                                                : ""))
                .setHeader(getTranslation("plan.objective"))
                .setFlexGrow(1)
                .setKey("description");
        grid.addColumn(
                        o ->
                                o.targetValue() == null
                                        ? getTranslation("plan.notMeasurable")
                                        : Formats.number(o.targetValue().longValue(), getLocale())
                                                + " "
                                                + Objects.toString(o.targetUnit(), ""))
                .setHeader(getTranslation("plan.target"))
                .setAutoWidth(true)
                .setKey("target");
        grid.addColumn(
                        o ->
                                o.dueDate() == null
                                        ? getTranslation("plan.noDate")
                                        : Formats.date(o.dueDate(), getLocale()))
                .setHeader(getTranslation("plan.due"))
                .setAutoWidth(true)
                .setKey("due");
        grid.addColumn(
                        o ->
                                getTranslation("plan.status." + o.status().name())
                                        + " · "
                                        + o.percentDone()
                                        + " %")
                .setHeader(getTranslation("plan.progress"))
                .setAutoWidth(true)
                .setKey("progress");
        grid.setItems(details.objectives());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("plan.noObjectives"));
        section.add(grid);
        if (details.mayEdit()) {
            grid.addItemClickListener(e -> objectiveDialog(e.getItem()));
            section.add(
                    addButton(
                            "plan-add-objective",
                            "plan.addObjective",
                            () -> objectiveDialog(null)));
        }
        return section;
    }

    private void objectiveDialog(PlanDetails.Objective objective) {
        Dialog dialog = dialog("plan.objective", "objective-dialog");
        TextField description = new TextField(getTranslation("plan.objective"));
        description.setId("objective-description");
        BigDecimalField target = new BigDecimalField(getTranslation("plan.target"));
        target.setId("objective-target");
        TextField unit = new TextField(getTranslation("plan.unit"));
        unit.setId("objective-unit");
        unit.setPlaceholder("NOK");
        DatePicker due = new DatePicker(getTranslation("plan.due"));
        due.setId("objective-due");
        Select<ObjectiveStatus> status = new Select<>();
        status.setLabel(getTranslation("plan.progress"));
        status.setId("objective-status");
        status.setItems(ObjectiveStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("plan.status." + s.name()));
        IntegerField percent = new IntegerField(getTranslation("plan.percentDone"));
        percent.setId("objective-percent");
        percent.setMin(0);
        percent.setMax(100);
        if (objective != null) {
            description.setValue(objective.description());
            target.setValue(objective.targetValue());
            unit.setValue(Objects.toString(objective.targetUnit(), ""));
            due.setValue(objective.dueDate());
            status.setValue(objective.status());
            percent.setValue(objective.percentDone());
        } else {
            status.setValue(ObjectiveStatus.OPEN);
            percent.setValue(0);
        }
        dialog.add(new FormLayout(description, target, unit, due, status, percent));
        Button save =
                saveButton(
                        dialog,
                        "objective-save",
                        () ->
                                plans.saveObjective(
                                        plan.customerId(),
                                        plan.year(),
                                        objective == null ? null : objective.id(),
                                        new ObjectiveForm(
                                                description.getValue(),
                                                target.getValue(),
                                                unit.getValue(),
                                                due.getValue(),
                                                plan.ownerId(),
                                                status.getValue(),
                                                percent.getValue() == null ? 0 : percent.getValue(),
                                                objective == null ? 0 : objective.version())));
        if (objective != null) {
            dialog.getFooter()
                    .add(
                            removeButton(
                                    dialog,
                                    "objective-remove",
                                    () ->
                                            plans.removeObjective(
                                                    plan.customerId(),
                                                    plan.year(),
                                                    objective.id())));
        }
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    // Stakeholder map

    private Component stakeholders(PlanDetails details) {
        Div section = section("plan.stakeholders", "plan-stakeholders");
        EChart map = new EChart();
        map.setId("stakeholder-map");
        map.addClassName("stakeholder-map");
        map.setOption(StakeholderMap.option(details.stakeholders(), this::getTranslation));
        Grid<PlanDetails.Stakeholder> grid = new Grid<>();
        grid.setId("plan-stakeholders-grid");
        grid.addColumn(st -> st.name() + (st.title() == null ? "" : ", " + st.title()))
                .setHeader(getTranslation("plan.contact"))
                .setFlexGrow(1)
                .setKey("name");
        grid.addColumn(
                        st ->
                                st.buyingRole() == null
                                        ? "–"
                                        : getTranslation("plan.role." + st.buyingRole().name()))
                .setHeader(getTranslation("plan.buyingRole"))
                .setAutoWidth(true)
                .setKey("role");
        grid.addColumn(st -> st.influence() == null ? "–" : String.valueOf(st.influence()))
                .setHeader(getTranslation("plan.influence"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END)
                .setKey("influence");
        grid.addColumn(
                        st ->
                                st.attitude() == null
                                        ? "–"
                                        : getTranslation("plan.attitude." + st.attitude().name()))
                .setHeader(getTranslation("plan.attitude"))
                .setAutoWidth(true)
                .setKey("attitude");
        grid.addColumn(st -> Objects.toString(st.reportsToName(), ""))
                .setHeader(getTranslation("plan.reportsTo"))
                .setAutoWidth(true)
                .setKey("reportsTo");
        grid.addColumn(st -> Objects.toString(st.relationshipOwnerName(), ""))
                .setHeader(getTranslation("plan.relationshipOwner"))
                .setAutoWidth(true)
                .setKey("relationship");
        grid.setItems(details.stakeholders());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("plan.noContacts"));
        if (details.mayEdit()) {
            grid.addItemClickListener(e -> stakeholderDialog(e.getItem()));
        }
        section.add(map, grid);
        return section;
    }

    private void stakeholderDialog(PlanDetails.Stakeholder stakeholder) {
        Dialog dialog = dialog("plan.stakeholder", "stakeholder-dialog");
        dialog.setHeaderTitle(stakeholder.name());
        Select<BuyingRole> role = new Select<>();
        role.setLabel(getTranslation("plan.buyingRole"));
        role.setId("stakeholder-role");
        role.setItems(BuyingRole.values());
        role.setEmptySelectionAllowed(true);
        role.setItemLabelGenerator(r -> r == null ? "–" : getTranslation("plan.role." + r.name()));
        role.setValue(stakeholder.buyingRole());
        IntegerField influence = new IntegerField(getTranslation("plan.influence"));
        influence.setId("stakeholder-influence");
        influence.setMin(0);
        influence.setMax(10);
        influence.setStepButtonsVisible(true);
        influence.setValue(stakeholder.influence());
        Select<Attitude> attitude = new Select<>();
        attitude.setLabel(getTranslation("plan.attitude"));
        attitude.setId("stakeholder-attitude");
        attitude.setItems(Attitude.values());
        attitude.setEmptySelectionAllowed(true);
        attitude.setItemLabelGenerator(
                a -> a == null ? "–" : getTranslation("plan.attitude." + a.name()));
        attitude.setValue(stakeholder.attitude());
        Select<PlanDetails.Stakeholder> reportsTo = new Select<>();
        reportsTo.setLabel(getTranslation("plan.reportsTo"));
        reportsTo.setId("stakeholder-reports-to");
        List<PlanDetails.Stakeholder> others =
                plan.stakeholders().stream()
                        .filter(s -> !s.contactId().equals(stakeholder.contactId()))
                        .toList();
        reportsTo.setItems(others);
        reportsTo.setEmptySelectionAllowed(true);
        reportsTo.setItemLabelGenerator(s -> s == null ? "–" : s.name());
        others.stream()
                .filter(s -> s.contactId().equals(stakeholder.reportsToId()))
                .findFirst()
                .ifPresent(reportsTo::setValue);
        Checkbox mine = new Checkbox(getTranslation("plan.iOwnRelationship"));
        mine.setId("stakeholder-mine");
        mine.setValue(plan.ownerId().equals(stakeholder.relationshipOwnerId()));
        dialog.add(new FormLayout(role, influence, attitude, reportsTo, mine));
        Button save =
                saveButton(
                        dialog,
                        "stakeholder-save",
                        () ->
                                plans.mapStakeholder(
                                        plan.customerId(),
                                        plan.year(),
                                        stakeholder.contactId(),
                                        role.getValue(),
                                        influence.getValue(),
                                        attitude.getValue(),
                                        reportsTo.getValue() == null
                                                ? null
                                                : reportsTo.getValue().contactId(),
                                        mine.getValue()
                                                ? plan.ownerId()
                                                : keepOtherOwner(stakeholder)));
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Long keepOtherOwner(PlanDetails.Stakeholder stakeholder) {
        return plan.ownerId().equals(stakeholder.relationshipOwnerId())
                ? null
                : stakeholder.relationshipOwnerId();
    }

    // Whitespace

    private Component whitespace(PlanDetails details) {
        Div section = section("plan.whitespace", "plan-whitespace");
        Grid<PlanDetails.Whitespace> grid = new Grid<>();
        grid.setId("plan-whitespace-grid");
        grid.addColumn(PlanDetails.Whitespace::offering)
                .setHeader(getTranslation("plan.offering"))
                .setAutoWidth(true)
                .setFlexGrow(1)
                .setKey("offering");
        if (details.mayEdit()) {
            grid.addComponentColumn(this::stateSelect)
                    .setHeader(getTranslation("plan.state"))
                    .setAutoWidth(true)
                    .setKey("state");
            grid.addComponentColumn(this::potentialField)
                    .setHeader(getTranslation("plan.potential"))
                    .setAutoWidth(true)
                    .setKey("potential");
        } else {
            grid.addColumn(
                            w ->
                                    w.state() == null
                                            ? "–"
                                            : getTranslation("plan.state." + w.state().name()))
                    .setHeader(getTranslation("plan.state"))
                    .setAutoWidth(true)
                    .setKey("state");
            grid.addColumn(
                            w ->
                                    w.potential() == null
                                            ? ""
                                            : Formats.nok(w.potential(), getLocale()))
                    .setHeader(getTranslation("plan.potential"))
                    .setAutoWidth(true)
                    .setTextAlign(ColumnTextAlign.END)
                    .setKey("potential");
        }
        dealsByOffering =
                deals.forCustomer(details.customerId()).stream()
                        .filter(d -> d.offeringId() != null)
                        .collect(
                                Collectors.toMap(
                                        DealRow::offeringId, d -> d, (open, older) -> open));
        grid.addComponentColumn(this::dealOf)
                .setHeader(getTranslation("plan.deal"))
                .setAutoWidth(true)
                .setKey("deal");
        grid.setItems(details.whitespace());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("plan.noOfferings"));
        var totals = details.whitespaceTotals();
        Paragraph sum =
                new Paragraph(
                        getTranslation(
                                "plan.whitespaceTotals",
                                Formats.nok(totals[0], getLocale()),
                                Formats.nok(totals[1], getLocale())));
        sum.setId("plan-whitespace-totals");
        section.add(grid, sum);
        return section;
    }

    /**
     * The deal an opportunity cell has become (its title and stage, opening it), or for the plan's
     * owner a way to open one: growth at this customer, selling that offering, worth the cell's
     * potential.
     */
    private Component dealOf(PlanDetails.Whitespace cell) {
        DealRow deal = dealsByOffering.get(cell.offeringId());
        if (deal != null) {
            Button open =
                    new Button(
                            getTranslation("plan.dealStage", deal.title(), stageName(deal.stage())),
                            e ->
                                    DealDialog.existing(
                                                    deals,
                                                    deal.id(),
                                                    saved ->
                                                            show(
                                                                    plans.plan(
                                                                            plan.customerId(),
                                                                            plan.year())))
                                            .open());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.setId("whitespace-deal-" + cell.offeringId());
            return open;
        }
        if (cell.state() != WhitespaceState.OPPORTUNITY || !plan.mayEdit() || !deals.mayEdit()) {
            return new Span();
        }
        Button create =
                new Button(
                        getTranslation("plan.openDeal"),
                        e -> {
                            DealForm form = deals.newDeal(plan.customerId());
                            form.setKind(DealKind.GROWTH);
                            form.setTitle(cell.offering());
                            form.setYearlyValue(cell.potential());
                            form.setOfferingId(cell.offeringId());
                            DealDialog.prefilled(
                                            deals,
                                            form,
                                            plan.customerName(),
                                            saved ->
                                                    show(
                                                            plans.plan(
                                                                    plan.customerId(),
                                                                    plan.year())))
                                    .open();
                        });
        create.addThemeVariants(ButtonVariant.LUMO_SMALL);
        create.setId("whitespace-open-deal-" + cell.offeringId());
        return create;
    }

    private String stageName(StageOption stage) {
        return stage.code() == null ? stage.name() : getTranslation("stage." + stage.code());
    }

    private Select<WhitespaceState> stateSelect(PlanDetails.Whitespace cell) {
        Select<WhitespaceState> state = new Select<>();
        state.setId("whitespace-state-" + cell.offeringId());
        state.setItems(WhitespaceState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("–");
        state.setItemLabelGenerator(
                s -> s == null ? "–" : getTranslation("plan.state." + s.name()));
        state.setValue(cell.state());
        state.setAriaLabel(getTranslation("plan.state") + " " + cell.offering());
        state.addValueChangeListener(
                e -> {
                    if (e.isFromClient()) {
                        act(
                                () ->
                                        plans.setWhitespace(
                                                plan.customerId(),
                                                plan.year(),
                                                cell.offeringId(),
                                                e.getValue(),
                                                cell.potential()),
                                false);
                    }
                });
        return state;
    }

    private BigDecimalField potentialField(PlanDetails.Whitespace cell) {
        BigDecimalField potential = new BigDecimalField();
        potential.setId("whitespace-potential-" + cell.offeringId());
        potential.setAriaLabel(getTranslation("plan.potential") + " " + cell.offering());
        potential.setValue(cell.potential());
        potential.setEnabled(cell.state() != null);
        potential.addValueChangeListener(
                e -> {
                    if (e.isFromClient()) {
                        act(
                                () ->
                                        plans.setWhitespace(
                                                plan.customerId(),
                                                plan.year(),
                                                cell.offeringId(),
                                                cell.state(),
                                                e.getValue()),
                                false);
                    }
                });
        return potential;
    }

    // Actions

    private Component actions(PlanDetails details) {
        Div section = section("plan.actions", "plan-actions");
        Grid<PlanDetails.Action> grid = new Grid<>();
        grid.setId("plan-actions-grid");
        grid.addColumn(
                        a ->
                                a.description()
                                        + (a.carriedOver()
                                                ? " (" + getTranslation("plan.carriedOver") + ")"
                                                : ""))
                .setHeader(getTranslation("plan.action"))
                .setFlexGrow(1)
                .setKey("description");
        grid.addColumn(PlanDetails.Action::ownerName)
                .setHeader(getTranslation("visit.followUpOwner"))
                .setAutoWidth(true)
                .setKey("owner");
        grid.addColumn(a -> Formats.date(a.dueDate(), getLocale()))
                .setHeader(getTranslation("plan.due"))
                .setAutoWidth(true)
                .setKey("due");
        grid.addColumn(
                        a ->
                                getTranslation(
                                        a.done()
                                                ? "plan.done"
                                                : a.overdue() ? "plan.overdue" : "plan.open"))
                .setHeader(getTranslation("plan.progress"))
                .setAutoWidth(true)
                .setKey("status");
        grid.setPartNameGenerator(a -> a.overdue() ? "overdue" : null);
        grid.setItems(details.actions());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("plan.noActions"));
        section.add(grid);
        if (details.mayEdit()) {
            grid.addItemClickListener(e -> actionDialog(e.getItem()));
            section.add(addButton("plan-add-action", "plan.addAction", () -> actionDialog(null)));
        }
        return section;
    }

    private void actionDialog(PlanDetails.Action action) {
        Dialog dialog = dialog("plan.action", "action-dialog");
        TextField description = new TextField(getTranslation("plan.action"));
        description.setId("action-description");
        DatePicker due = new DatePicker(getTranslation("plan.due"));
        due.setId("action-due");
        Checkbox done = new Checkbox(getTranslation("plan.done"));
        done.setId("action-done");
        if (action != null) {
            description.setValue(action.description());
            due.setValue(action.dueDate());
            done.setValue(action.done());
        }
        dialog.add(new FormLayout(description, due, done));
        Button save =
                saveButton(
                        dialog,
                        "action-save",
                        () ->
                                plans.saveAction(
                                        plan.customerId(),
                                        plan.year(),
                                        action == null ? null : action.id(),
                                        action == null ? 0 : action.version(),
                                        description.getValue(),
                                        action == null || action.ownerId() == null
                                                ? plan.ownerId()
                                                : action.ownerId(),
                                        due.getValue(),
                                        done.getValue()));
        if (action != null) {
            dialog.getFooter()
                    .add(
                            removeButton(
                                    dialog,
                                    "action-remove",
                                    () ->
                                            plans.removeAction(
                                                    plan.customerId(), plan.year(), action.id())));
        }
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    // Risks

    private Component risks(PlanDetails details) {
        Div section = section("plan.risks", "plan-risks");
        Grid<PlanDetails.Risk> grid = new Grid<>();
        grid.setId("plan-risks-grid");
        grid.addColumn(PlanDetails.Risk::description)
                .setHeader(getTranslation("plan.risk"))
                .setFlexGrow(1)
                .setKey("description");
        grid.addColumn(
                        r ->
                                r.likelihood()
                                        + " × "
                                        + r.impact()
                                        + " = "
                                        + r.likelihood() * r.impact())
                .setHeader(getTranslation("plan.riskLevel"))
                .setAutoWidth(true)
                .setKey("level");
        grid.addColumn(r -> Objects.toString(r.mitigation(), ""))
                .setHeader(getTranslation("plan.mitigation"))
                .setFlexGrow(1)
                .setKey("mitigation");
        grid.setPartNameGenerator(r -> r.likelihood() * r.impact() >= 15 ? "overdue" : null);
        grid.setItems(details.risks());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("plan.noRisks"));
        section.add(grid);
        if (details.mayEdit()) {
            grid.addItemClickListener(
                    e -> {
                        Confirm.destructive(
                                this,
                                getTranslation("plan.removeRisk.title"),
                                e.getItem().description(),
                                getTranslation("plan.remove"),
                                () ->
                                        act(
                                                () ->
                                                        plans.removeRisk(
                                                                plan.customerId(),
                                                                plan.year(),
                                                                e.getItem().id()),
                                                false));
                    });
            section.add(addButton("plan-add-risk", "plan.addRisk", this::riskDialog));
        }
        return section;
    }

    private void riskDialog() {
        Dialog dialog = dialog("plan.risk", "risk-dialog");
        TextField description = new TextField(getTranslation("plan.risk"));
        description.setId("risk-description");
        IntegerField likelihood = scale("plan.likelihood", "risk-likelihood");
        IntegerField impact = scale("plan.impact", "risk-impact");
        TextArea mitigation = new TextArea(getTranslation("plan.mitigation"));
        mitigation.setId("risk-mitigation");
        dialog.add(new FormLayout(description, likelihood, impact, mitigation));
        Button save =
                saveButton(
                        dialog,
                        "risk-save",
                        () ->
                                plans.addRisk(
                                        plan.customerId(),
                                        plan.year(),
                                        description.getValue(),
                                        likelihood.getValue() == null ? 0 : likelihood.getValue(),
                                        impact.getValue() == null ? 0 : impact.getValue(),
                                        mitigation.getValue()));
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private IntegerField scale(String key, String id) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setId(id);
        field.setMin(1);
        field.setMax(5);
        field.setValue(3);
        field.setStepButtonsVisible(true);
        return field;
    }

    // Reviews

    private Component reviews(PlanDetails details) {
        Div section = section("plan.reviews", "plan-reviews");
        if (details.reviews().isEmpty()) {
            section.add(new Paragraph(getTranslation("plan.noReviews")));
        }
        for (PlanDetails.Review review : details.reviews()) {
            Span verdict = new Span(getTranslation("plan.verdict." + review.verdict().name()));
            verdict.addClassNames(
                    "badge",
                    review.verdict() == ReviewVerdict.APPROVED
                            ? "status-active"
                            : "status-inactive");
            Div line =
                    new Div(
                            verdict,
                            new Span(
                                    " "
                                            + review.reviewer()
                                            + ", "
                                            + Formats.dateTime(review.reviewedAt(), getLocale())));
            if (review.comment() != null) {
                line.add(new Paragraph(review.comment()));
            }
            line.addClassName("plan-review");
            section.add(line);
        }
        if (details.mayReview()) {
            RadioButtonGroup<ReviewVerdict> verdict =
                    new RadioButtonGroup<>(getTranslation("plan.verdict"));
            verdict.setId("review-verdict");
            verdict.setItems(ReviewVerdict.values());
            verdict.setItemLabelGenerator(v -> getTranslation("plan.verdict." + v.name()));
            TextArea comment = new TextArea(getTranslation("plan.comment"));
            comment.setId("review-comment");
            comment.setWidthFull();
            comment.setMaxLength(2000);
            Button send =
                    new Button(
                            getTranslation("plan.sendReview"),
                            e -> {
                                if (verdict.getValue() == null) {
                                    verdict.setInvalid(true);
                                    verdict.setErrorMessage(
                                            getTranslation("plan.refused.verdictRequired"));
                                    return;
                                }
                                act(
                                        () ->
                                                plans.review(
                                                        details.customerId(),
                                                        details.year(),
                                                        verdict.getValue(),
                                                        comment.getValue()),
                                        false);
                            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setId("review-send");
            section.add(verdict, comment, send);
        }
        return section;
    }

    // Helpers

    private Div section(String titleKey, String id) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.addClassNames("card", "section", "plan-section");
        section.setId(id);
        return section;
    }

    private Button addButton(String id, String key, Runnable action) {
        Button button =
                new Button(getTranslation(key), VaadinIcon.PLUS.create(), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private Dialog dialog(String titleKey, String id) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.setId(id);
        dialog.setWidth("min(36rem, 100vw)");
        return dialog;
    }

    private Button saveButton(Dialog dialog, String id, Supplier<PlanDetails> change) {
        Button save =
                new Button(
                        getTranslation("common.save"),
                        e -> {
                            if (act(change, false)) {
                                dialog.close();
                            }
                        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(id);
        return save;
    }

    private Button removeButton(Dialog dialog, String id, Supplier<PlanDetails> change) {
        Button remove =
                new Button(
                        getTranslation("plan.remove"),
                        e -> {
                            if (act(change, false)) {
                                dialog.close();
                            }
                        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setId(id);
        return remove;
    }

    /**
     * Runs a change and shows the plan as it now is (another year's, when the change made one);
     * refusals are told.
     */
    private boolean act(Supplier<PlanDetails> change, boolean openResult) {
        try {
            PlanDetails result = change.get();
            if (openResult) {
                getUI().ifPresent(
                                ui ->
                                        ui.navigate(
                                                "customers/" + result.customerId() + "/plan",
                                                QueryParameters.simple(
                                                        Map.of(
                                                                "year",
                                                                String.valueOf(result.year())))));
            } else {
                show(result);
            }
            return true;
        } catch (RefusedException e) {
            Refusals.show(this, e);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return (plan == null
                        ? getTranslation("nav.plans")
                        : getTranslation(
                                "plan.title", plan.customerName(), String.valueOf(plan.year())))
                + " – "
                + getTranslation("app.name");
    }
}
