package no.kundeloft.pipeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.dom.DomEvent;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.pipeline.DealFilter;
import no.kundeloft.pipeline.DealRow;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.pipeline.StageColumn;
import no.kundeloft.pipeline.StageOption;

/**
 * The board: a column per open stage with its count, value and weighted value, and Won and Lost as
 * drop zones. A card moves by drag and drop, or by keyboard: with the card focused, the left and
 * right arrow keys move it one stage, Enter opens it. Won and Lost ask for the reason first. On a
 * narrow screen the columns stack into a list per stage (styles), and a card opens the deal, whose
 * stage can be changed there.
 */
class PipelineBoard extends Div {

    private final DealService deals;
    private final boolean mayMove;
    private final Consumer<Long> open;
    private final Consumer<StageOption> showAll;
    private final Runnable changed;
    private List<StageColumn> columns = List.of();

    PipelineBoard(
            DealService deals,
            Consumer<Long> open,
            Consumer<StageOption> showAll,
            Runnable changed) {
        this.deals = deals;
        this.mayMove = deals.mayEdit();
        this.open = open;
        this.showAll = showAll;
        this.changed = changed;
        addClassName("pipeline-board");
        setId("pipeline-board");
    }

    /** Draws the board for a filter. */
    void show(DealFilter filter) {
        removeAll();
        columns = deals.board(filter);
        Div stages = new Div();
        stages.addClassName("board-columns");
        columns.forEach(column -> stages.add(column(column)));
        add(stages);
        if (mayMove) {
            Div closing = new Div();
            closing.addClassName("board-closing");
            deals.stages().stream()
                    .filter(stage -> !stage.open())
                    .forEach(stage -> closing.add(dropZone(stage)));
            add(closing);
        }
    }

    private Component column(StageColumn column) {
        StageOption stage = column.stage();
        H3 name = new H3(StageNames.of(this, stage));
        Span probability = new Span(stage.probability() + " %");
        probability.addClassName("stage-probability");
        Span sums =
                new Span(
                        getTranslation(
                                "pipeline.column.sums",
                                Formats.number(column.count(), getLocale()),
                                Formats.nok(column.value(), getLocale()),
                                Formats.nok(column.weightedValue(), getLocale())));
        sums.addClassName("stage-sums");
        sums.setId("stage-sums-" + stage.id());
        Div header = new Div(new Div(name, probability), sums);
        header.addClassName("stage-header");
        Div cards = new Div();
        cards.addClassName("stage-cards");
        column.deals().forEach(deal -> cards.add(card(deal)));
        if (column.deals().isEmpty()) {
            Span empty = new Span(getTranslation("pipeline.column.empty"));
            empty.addClassName("stage-empty");
            cards.add(empty);
        }
        if (column.count() > column.deals().size()) {
            Span more =
                    new Span(
                            getTranslation(
                                    "pipeline.column.more",
                                    column.count() - column.deals().size()));
            more.addClassName("stage-more");
            more.getElement().setAttribute("role", "link");
            more.getElement().setAttribute("tabindex", "0");
            more.addClickListener(e -> showAll.accept(stage));
            cards.add(more);
        }
        Div box = new Div(header, cards);
        box.addClassName("stage-column");
        box.setId("stage-" + stage.id());
        box.getElement().setAttribute("data-stage", String.valueOf(stage.id()));
        if (mayMove) {
            DropTarget<Div> target = DropTarget.create(box);
            target.addDropListener(
                    e -> e.getDragData().ifPresent(data -> moved((DealRow) data, stage)));
        }
        return box;
    }

    private Component card(DealRow deal) {
        Span customer = new Span(deal.customerName());
        customer.addClassName("card-customer");
        Span title = new Span(deal.title());
        title.addClassName("card-title");
        Span value = new Span(Formats.nok(deal.value(), getLocale()));
        value.addClassName("card-value");
        Span close = new Span(Formats.month(deal.closeMonth(), getLocale()));
        close.addClassName(deal.late() ? "card-close-late" : "card-close");
        Span days = new Span(getTranslation("pipeline.card.days", deal.daysInStage()));
        Span owner = new Span(deal.ownerName());
        owner.addClassName("card-owner");
        Div facts = new Div(value, close, days);
        facts.addClassName("card-facts");
        Div card = new Div(customer, title, facts, owner);
        if (deal.stuck()) {
            Span stuck = new Span(getTranslation("pipeline.card.stuck"));
            stuck.addClassNames("badge", "card-stuck");
            card.add(stuck);
        }
        card.addClassName("deal-card");
        card.getElement().setAttribute("data-deal", String.valueOf(deal.id()));
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("role", "button");
        card.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "pipeline.card.label",
                                deal.customerName(),
                                deal.title(),
                                Formats.nok(deal.value(), getLocale()),
                                Formats.month(deal.closeMonth(), getLocale())));
        card.getElement()
                .setAttribute(
                        "title",
                        getTranslation(mayMove ? "pipeline.card.keys" : "pipeline.card.open"));
        card.addClickListener(e -> open.accept(deal.id()));
        card.getElement()
                .addEventListener("keydown", e -> key(e, deal))
                .setFilter("['ArrowLeft','ArrowRight','Enter'].includes(event.key)")
                .addEventData("event.key")
                .preventDefault();
        if (mayMove) {
            DragSource<Div> drag = DragSource.create(card);
            drag.setDragData(deal);
        }
        return card;
    }

    private void key(DomEvent event, DealRow deal) {
        String key = event.getEventData().get("event.key").asString();
        if ("Enter".equals(key)) {
            open.accept(deal.id());
            return;
        }
        if (!mayMove) {
            return;
        }
        List<StageOption> openStages = columns.stream().map(StageColumn::stage).toList();
        int at =
                IntStream.range(0, openStages.size())
                        .filter(i -> openStages.get(i).id().equals(deal.stage().id()))
                        .findFirst()
                        .orElse(-1);
        int target = at + ("ArrowRight".equals(key) ? 1 : -1);
        if (at >= 0 && target >= 0 && target < openStages.size()) {
            moved(deal, openStages.get(target));
        }
    }

    private Component dropZone(StageOption stage) {
        Span label = new Span(getTranslation("pipeline.dropOn", StageNames.of(this, stage)));
        Div zone = new Div(label);
        zone.addClassNames(
                "drop-zone", "drop-" + stage.outcome().name().toLowerCase(java.util.Locale.ROOT));
        zone.setId("drop-" + stage.outcome().name().toLowerCase(java.util.Locale.ROOT));
        zone.getElement().setAttribute("data-stage", String.valueOf(stage.id()));
        DropTarget<Div> target = DropTarget.create(zone);
        target.addDropListener(
                e -> e.getDragData().ifPresent(data -> moved((DealRow) data, stage)));
        return zone;
    }

    /**
     * Moves a deal to a stage: straight away to an open stage, after asking for the reason to Won
     * or Lost.
     */
    void moved(DealRow deal, StageOption stage) {
        if (stage.id().equals(deal.stage().id())) {
            return;
        }
        if (stage.open()) {
            move(deal, stage, null);
        } else {
            new CloseDealDialog(deal, stage, reason -> move(deal, stage, reason)).open();
        }
    }

    private void move(DealRow deal, StageOption stage, String reason) {
        try {
            deals.move(deal.id(), deal.version(), stage.id(), reason);
            Notification.show(
                            getTranslation(
                                    "pipeline.moved", deal.title(), StageNames.of(this, stage)),
                            3000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RefusedException e) {
            Refusals.show(this, e);
        }
        changed.run();
        if (stage.open()) {
            getElement()
                    .executeJs(
                            "const card = this.querySelector('[data-deal=\"' + $0 + '\"]'); if (card) card.focus();",
                            String.valueOf(deal.id()));
        }
    }
}
