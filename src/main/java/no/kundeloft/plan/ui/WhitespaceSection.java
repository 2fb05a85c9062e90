package no.kundeloft.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.AmountField;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.pipeline.DealForm;
import no.kundeloft.pipeline.DealKind;
import no.kundeloft.pipeline.DealRow;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.pipeline.StageOption;
import no.kundeloft.pipeline.ui.DealDialog;
import no.kundeloft.plan.PlanDetails;
import no.kundeloft.plan.WhitespaceState;

/**
 * Upsell opportunities: for each offering, whether the customer has it from us, could, or has it
 * from a competitor, and what it is worth. The owner edits the cells in the grid; a change saves at
 * once and updates the cells in place, so the next cell keeps its focus.
 */
final class WhitespaceSection extends PlanSection {

    private final DealService deals;
    private final Grid<PlanDetails.Whitespace> grid = new Grid<>();
    private final Paragraph totals = new Paragraph();
    private final Map<Long, Cell> cells = new HashMap<>();
    private Map<Long, DealRow> dealsByOffering = Map.of();
    private List<Long> offeringsShown = List.of();

    /** The components of one offering's row, updated in place. */
    private record Cell(Select<WhitespaceState> state, AmountField potential, Div deal) {}

    WhitespaceSection(PlanChanges changes, DealService deals) {
        super(changes, "plan.whitespace", "plan-whitespace");
        this.deals = deals;
        grid.setId("plan-whitespace-grid");
        grid.addColumn(PlanDetails.Whitespace::offering)
                .setHeader(getTranslation("plan.offering"))
                .setAutoWidth(true)
                .setFlexGrow(1)
                .setKey("offering");
        if (plan().mayEdit()) {
            grid.addComponentColumn(w -> cell(w).state())
                    .setHeader(getTranslation("plan.state"))
                    .setAutoWidth(true)
                    .setKey("state");
            grid.addComponentColumn(w -> cell(w).potential())
                    .setHeader(getTranslation("plan.potential"))
                    .setWidth("10rem")
                    .setFlexGrow(0)
                    .setKey("potential");
            grid.addComponentColumn(w -> cell(w).deal())
                    .setHeader(getTranslation("plan.deal"))
                    .setAutoWidth(true)
                    .setKey("deal");
        } else {
            grid.addColumn(w -> w.state() == null ? "–" : stateName(w.state()))
                    .setHeader(getTranslation("plan.state"))
                    .setAutoWidth(true)
                    .setKey("state");
            grid.addColumn(w -> Formats.nok(w.potential(), getLocale()))
                    .setHeader(getTranslation("plan.potential"))
                    .setAutoWidth(true)
                    .setTextAlign(ColumnTextAlign.END)
                    .setKey("potential");
            grid.addComponentColumn(this::dealOf)
                    .setHeader(getTranslation("plan.deal"))
                    .setAutoWidth(true)
                    .setKey("deal");
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("plan.noOfferings"));
        NarrowScreen.hideOnPhone(grid, "deal");
        totals.setId("plan-whitespace-totals");
        add(grid, totals);
        loadDeals();
        show(plan());
    }

    /**
     * The customer's deals by the offering they sell; read again only when a deal is saved here.
     */
    private void loadDeals() {
        dealsByOffering =
                deals.forCustomer(plan().customerId()).stream()
                        .filter(d -> d.offeringId() != null)
                        .collect(
                                Collectors.toMap(
                                        DealRow::offeringId, d -> d, (open, older) -> open));
    }

    private void dealSaved() {
        loadDeals();
        changes.reload();
    }

    @Override
    void show(PlanDetails plan) {
        List<Long> offerings =
                plan.whitespace().stream().map(PlanDetails.Whitespace::offeringId).toList();
        if (!plan.mayEdit() || !offerings.equals(offeringsShown)) {
            cells.clear();
            offeringsShown = offerings;
            grid.setItems(plan.whitespace());
        } else {
            plan.whitespace().forEach(this::update);
        }
        PlanDetails.WhitespaceTotals sums = plan.whitespaceTotals();
        totals.setText(
                getTranslation(
                        "plan.whitespaceTotals",
                        Formats.nok(sums.current(), getLocale()),
                        Formats.nok(sums.opportunity(), getLocale())));
    }

    private Cell cell(PlanDetails.Whitespace whitespace) {
        return cells.computeIfAbsent(whitespace.offeringId(), id -> newCell(whitespace));
    }

    private Cell newCell(PlanDetails.Whitespace whitespace) {
        Long offeringId = whitespace.offeringId();
        Select<WhitespaceState> state = new Select<>();
        state.setId("whitespace-state-" + offeringId);
        state.setItems(WhitespaceState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("–");
        state.setItemLabelGenerator(s -> s == null ? "–" : stateName(s));
        state.setAriaLabel(getTranslation("plan.state") + " " + whitespace.offering());
        AmountField potential = new AmountField();
        potential.setId("whitespace-potential-" + offeringId);
        potential.setAriaLabel(getTranslation("plan.potential") + " " + whitespace.offering());
        potential.setWidthFull();
        Div deal = new Div();
        Cell cell = new Cell(state, potential, deal);
        fill(cell, whitespace);
        state.addValueChangeListener(
                e -> {
                    if (e.isFromClient()) {
                        save(offeringId, e.getValue(), potential.getValue());
                    }
                });
        potential.addValueChangeListener(
                e -> {
                    if (e.isFromClient()) {
                        save(offeringId, state.getValue(), e.getValue());
                    }
                });
        return cell;
    }

    private void update(PlanDetails.Whitespace whitespace) {
        Cell cell = cells.get(whitespace.offeringId());
        if (cell != null) {
            fill(cell, whitespace);
        }
    }

    private void fill(Cell cell, PlanDetails.Whitespace whitespace) {
        if (cell.state().getValue() != whitespace.state()) {
            cell.state().setValue(whitespace.state());
        }
        if (!sameAmount(cell.potential().getValue(), whitespace.potential())) {
            cell.potential().setValue(whitespace.potential());
        }
        cell.potential().setEnabled(whitespace.state() != null);
        cell.deal().removeAll();
        cell.deal().add(dealOf(whitespace));
    }

    private static boolean sameAmount(BigDecimal shown, BigDecimal saved) {
        return shown == null || saved == null
                ? Objects.equals(shown, saved)
                : shown.compareTo(saved) == 0;
    }

    private void save(Long offeringId, WhitespaceState state, BigDecimal potential) {
        PlanDetails plan = plan();
        changes.apply(
                this,
                () ->
                        plans().setWhitespace(
                                        plan.customerId(),
                                        plan.year(),
                                        offeringId,
                                        state,
                                        potential));
    }

    /**
     * The deal an opportunity has become (its title and stage, opening it), or for the plan's owner
     * a way to open one: growth at this customer, selling that offering, worth the cell's
     * potential.
     */
    private Component dealOf(PlanDetails.Whitespace cell) {
        DealRow deal = dealsByOffering.get(cell.offeringId());
        if (deal != null) {
            Button open =
                    new Button(
                            getTranslation("plan.dealStage", deal.title(), stageName(deal.stage())),
                            e ->
                                    DealDialog.existing(deals, deal.id(), saved -> dealSaved())
                                            .open());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.setId("whitespace-deal-" + cell.offeringId());
            return open;
        }
        if (cell.state() != WhitespaceState.OPPORTUNITY || !plan().mayEdit() || !deals.mayEdit()) {
            return new Span();
        }
        Button create = new Button(getTranslation("plan.openDeal"), e -> openDeal(cell));
        create.addThemeVariants(ButtonVariant.LUMO_SMALL);
        create.setId("whitespace-open-deal-" + cell.offeringId());
        return create;
    }

    private void openDeal(PlanDetails.Whitespace cell) {
        PlanDetails plan = plan();
        DealForm form = deals.newDeal(plan.customerId());
        form.setKind(DealKind.GROWTH);
        form.setTitle(cell.offering());
        form.setYearlyValue(cell.potential());
        form.setOfferingId(cell.offeringId());
        DealDialog.prefilled(deals, form, plan.customerName(), saved -> dealSaved()).open();
    }

    private String stateName(WhitespaceState state) {
        return getTranslation("plan.state." + state.name());
    }

    private String stageName(StageOption stage) {
        return stage.code() == null ? stage.name() : getTranslation("stage." + stage.code());
    }
}
