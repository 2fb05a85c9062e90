package no.kundeloft.pipeline.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import no.kundeloft.base.Formats;
import no.kundeloft.pipeline.DealRow;
import org.springframework.data.domain.Sort;

/** The pipeline as a list: one deal per row, every column sortable the way sellers read it. */
class DealGrid extends Grid<DealRow> {

    DealGrid() {
        setId("deal-grid");
        setMultiSort(true, Grid.MultiSortPriority.APPEND);
        setEmptyStateText(getTranslation("pipeline.empty"));
        addColumn(DealRow::customerName)
                .setHeader(getTranslation("deal.customer"))
                .setKey("customer")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(1);
        addColumn(DealRow::title)
                .setHeader(getTranslation("deal.title"))
                .setKey("title")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(1);
        addColumn(DealRow::ownerName)
                .setHeader(getTranslation("deal.owner"))
                .setKey("owner")
                .setSortable(true)
                .setAutoWidth(true);
        addColumn(row -> StageNames.of(this, row.stage()))
                .setHeader(getTranslation("deal.stage"))
                .setKey("stage")
                .setSortable(true)
                .setAutoWidth(true);
        addColumn(row -> Formats.nok(row.value(), getLocale()))
                .setHeader(getTranslation("pipeline.value"))
                .setKey("value")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(row -> row.probability() + " %")
                .setHeader(getTranslation("deal.probability"))
                .setKey("probability")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(row -> Formats.nok(row.weightedValue(), getLocale()))
                .setHeader(getTranslation("pipeline.weighted"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addColumn(row -> Formats.month(row.closeMonth(), getLocale()) + (row.late() ? " ⚠" : ""))
                .setHeader(getTranslation("deal.closeMonth"))
                .setKey("closeMonth")
                .setSortable(true)
                .setAutoWidth(true);
        addColumn(DealRow::daysInStage)
                .setHeader(getTranslation("pipeline.daysInStage"))
                .setKey("stageSince")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    /**
     * "stageSince" ascending means longest in stage first for people, so the days column sorts the
     * other way.
     */
    static Sort springSort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return Sort.by("closeMonth");
        }
        return Sort.by(
                orders.stream()
                        .map(
                                order -> {
                                    boolean ascending =
                                            order.getDirection() == SortDirection.ASCENDING;
                                    if ("stageSince".equals(order.getSorted())) {
                                        ascending = !ascending;
                                    }
                                    return ascending
                                            ? Sort.Order.asc(order.getSorted())
                                            : Sort.Order.desc(order.getSorted());
                                })
                        .toList());
    }
}
