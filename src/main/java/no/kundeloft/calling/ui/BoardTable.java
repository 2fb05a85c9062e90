package no.kundeloft.calling.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.ToIntFunction;
import no.kundeloft.base.Formats;
import no.kundeloft.calling.Targets;
import no.kundeloft.calling.TeamBoard;

/**
 * A team board as a table: per seller calls, conversations, meetings and orders against the targets
 * of the period so far, the team's total on top; a figure turns green when its target is reached.
 */
public class BoardTable extends Div {

    private final Grid<TeamBoard.Row> grid = new Grid<>();
    private final Paragraph caption = new Paragraph();
    private TeamBoard board;

    public BoardTable() {
        this("board");
    }

    /**
     * A board table whose caption and grid have ids starting with the prefix (two tables on one
     * page).
     */
    public BoardTable(String idPrefix) {
        addClassName("board-table");
        caption.setId(idPrefix + "-caption");
        grid.setId(idPrefix + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(TeamBoard.Row::name)
                .setHeader(getTranslation("board.seller"))
                .setFlexGrow(2)
                .setKey("seller");
        column("board.calls", Targets::calls, "calls");
        column("board.conversations", Targets::conversations, "conversations");
        column("board.meetings", Targets::meetings, "meetings");
        column("board.orders", Targets::orders, "orders");
        add(caption, grid);
    }

    private void column(String headerKey, ToIntFunction<Targets> figure, String key) {
        grid.addComponentColumn(
                        row ->
                                figure(
                                        figure.applyAsInt(row.done()),
                                        figure.applyAsInt(board.target())))
                .setHeader(getTranslation(headerKey))
                .setKey(key)
                .setAutoWidth(true)
                .setFlexGrow(1);
    }

    private Span figure(int done, int target) {
        Span span =
                new Span(
                        target > 0
                                ? getTranslation("board.ofTarget", done, target)
                                : String.valueOf(done));
        span.addClassName(target > 0 && done >= target ? "board-met" : "board-figure");
        return span;
    }

    public void show(TeamBoard shown) {
        this.board = shown;
        Targets total = shown.total();
        caption.setText(
                getTranslation(
                        "board.caption." + shown.period().name(),
                        Formats.date(shown.from(), getLocale()),
                        shown.workdays(),
                        total.calls(),
                        total.conversations(),
                        total.meetings(),
                        total.orders()));
        grid.setItems(shown.rows());
        grid.setEmptyStateText(getTranslation("board.noSellers"));
    }

    TeamBoard board() {
        return board;
    }

    /** Whether a call by this seller changes the table. */
    boolean shows(Long sellerId) {
        return board != null
                && board.rows().stream()
                        .anyMatch(r -> java.util.Objects.equals(r.sellerId(), sellerId));
    }
}
