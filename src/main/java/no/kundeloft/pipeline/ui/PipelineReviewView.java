package no.kundeloft.pipeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.pipeline.DealRow;
import no.kundeloft.pipeline.DealService;
import no.kundeloft.pipeline.PipelineReview;
import no.kundeloft.pipeline.SellerPipeline;
import no.kundeloft.security.Roles;

/**
 * {@code /pipeline/review}: for team leaders, sales managers and directors, the deals of their area
 * that need a word with the seller (stuck, late, slipping), the biggest ones, and each seller's
 * record.
 */
@Route("pipeline/review")
@RolesAllowed({Roles.TEAM_LEADER, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.ADMIN})
public class PipelineReviewView extends Div implements HasDynamicTitle {

    private final DealService deals;

    public PipelineReviewView(DealService deals) {
        this.deals = deals;
        addClassName("pipeline-view");
        PipelineReview review = deals.review();
        add(
                new Anchor("pipeline", getTranslation("review.back")),
                new H2(getTranslation("review.title")));
        String lastMonth = "&to=" + deals.thisMonth().minusMonths(1);
        add(
                dealSection(
                        "review-stuck",
                        getTranslation("review.stuck", DealService.STUCK_DAYS, review.stuckCount()),
                        review.stuck(),
                        review.stuckCount(),
                        "pipeline?view=list&stuck=true",
                        Column.LAST_ACTIVITY),
                dealSection(
                        "review-late",
                        getTranslation("review.late", review.lateCount()),
                        review.late(),
                        review.lateCount(),
                        "pipeline?view=list" + lastMonth,
                        Column.CLOSE_MONTH),
                dealSection(
                        "review-slipped",
                        getTranslation("review.slipped", review.slippedCount()),
                        review.slipped(),
                        review.slippedCount(),
                        null,
                        Column.SLIPS),
                dealSection(
                        "review-biggest",
                        getTranslation("review.biggest"),
                        review.biggest(),
                        review.biggest().size(),
                        null,
                        Column.CLOSE_MONTH),
                sellers(review.sellers()));
    }

    private enum Column {
        LAST_ACTIVITY,
        CLOSE_MONTH,
        SLIPS
    }

    private Component dealSection(
            String id, String title, List<DealRow> rows, long count, String allLink, Column extra) {
        Div section = new Div(new H3(title));
        section.addClassNames("card", "section");
        section.setId(id);
        Grid<DealRow> grid = new Grid<>();
        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DealRow::customerName)
                .setHeader(getTranslation("deal.customer"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        var what =
                grid.addColumn(DealRow::title)
                        .setHeader(getTranslation("deal.title"))
                        .setAutoWidth(true)
                        .setFlexGrow(1);
        var owner =
                grid.addColumn(DealRow::ownerName)
                        .setHeader(getTranslation("deal.owner"))
                        .setAutoWidth(true);
        var stage =
                grid.addColumn(row -> StageNames.of(this, row.stage()))
                        .setHeader(getTranslation("deal.stage"))
                        .setAutoWidth(true);
        grid.addColumn(row -> Formats.nok(row.value(), getLocale()))
                .setHeader(getTranslation("pipeline.value"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        switch (extra) {
            case LAST_ACTIVITY ->
                    grid.addColumn(
                                    row ->
                                            Formats.date(
                                                    LocalDate.ofInstant(
                                                            row.lastActivityAt(), Formats.ZONE),
                                                    getLocale()))
                            .setHeader(getTranslation("review.lastActivity"))
                            .setAutoWidth(true);
            case CLOSE_MONTH ->
                    grid.addColumn(row -> Formats.month(row.closeMonth(), getLocale()))
                            .setHeader(getTranslation("deal.closeMonth"))
                            .setAutoWidth(true);
            case SLIPS ->
                    grid.addColumn(
                                    row ->
                                            getTranslation(
                                                    "review.slips",
                                                    row.closeMonthSlips(),
                                                    Formats.month(row.closeMonth(), getLocale())))
                            .setHeader(getTranslation("review.moved"))
                            .setAutoWidth(true);
        }
        // on a phone: the customer, the value and why the deal is listed
        NarrowScreen.hideOnPhone(grid, List.of(what, owner, stage));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("review.none"));
        grid.addItemClickListener(
                e ->
                        DealDialog.existing(
                                        deals,
                                        e.getItem().id(),
                                        saved ->
                                                getUI().ifPresent(
                                                                ui ->
                                                                        ui.refreshCurrentRoute(
                                                                                false)))
                                .open());
        section.add(grid);
        if (allLink != null && count > rows.size()) {
            section.add(new Anchor(allLink, getTranslation("review.all", count)));
        }
        return section;
    }

    private Component sellers(List<SellerPipeline> sellers) {
        Div section = new Div(new H3(getTranslation("review.sellers")));
        section.addClassNames("card", "section");
        section.setId("review-sellers");
        Grid<SellerPipeline> grid = new Grid<>();
        grid.setId("review-sellers-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SellerPipeline::ownerName)
                .setHeader(getTranslation("review.seller"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(SellerPipeline::open)
                .setHeader(getTranslation("review.open"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(s -> Formats.nok(s.weighted(), getLocale()))
                .setHeader(getTranslation("pipeline.weighted"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(s -> s.won() + " / " + s.lost())
                .setHeader(getTranslation("review.wonLost"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.winRatePercent() == null ? "–" : s.winRatePercent() + " %")
                .setHeader(getTranslation("review.winRate"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(
                        s ->
                                s.averageWonValue() == null
                                        ? "–"
                                        : Formats.nok(s.averageWonValue(), getLocale()))
                .setHeader(getTranslation("review.averageWon"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(
                        s ->
                                s.averageDaysToWin() == null
                                        ? "–"
                                        : String.valueOf(Math.round(s.averageDaysToWin())))
                .setHeader(getTranslation("review.daysToWin"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        // on a phone: the seller, open deals and the weighted pipeline
        NarrowScreen.hideOnPhone(grid, grid.getColumns().subList(3, grid.getColumns().size()));
        grid.setItems(sellers);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("review.noSellers"));
        section.add(grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " – " + getTranslation("app.name");
    }
}
