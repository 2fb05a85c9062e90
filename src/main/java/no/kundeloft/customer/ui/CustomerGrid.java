package no.kundeloft.customer.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Map;
import no.kundeloft.base.ui.ColumnPicker;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.customer.CustomerListColumns;
import no.kundeloft.customer.CustomerListRow;

/**
 * The customer list's grid: name and status always, the other columns (and those other features
 * add, such as revenue and visits) shown from a width up or when picked.
 */
class CustomerGrid extends Grid<CustomerListRow> {

    /** Which columns show without being picked; name and status always do. */
    private static final Map<String, ColumnPicker.Shown> OPTIONAL_COLUMNS =
            Map.of(
                    "orgNumber", ColumnPicker.Shown.WIDE,
                    "sector", ColumnPicker.Shown.WHEN_PICKED,
                    "tier", ColumnPicker.Shown.WIDE,
                    "owner", ColumnPicker.Shown.WIDE,
                    "revenueYtd", ColumnPicker.Shown.WIDE,
                    "revenueLastYear", ColumnPicker.Shown.WHEN_PICKED,
                    "lastVisit", ColumnPicker.Shown.WIDE,
                    "nextVisit", ColumnPicker.Shown.WHEN_PICKED);

    CustomerGrid(List<CustomerListColumns> listColumns) {
        super(CustomerListRow.class, false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setSizeFull();
        addColumn(row -> row.item().name())
                .setHeader(getTranslation("customer.name"))
                .setSortProperty("name")
                .setAutoWidth(true)
                .setFlexGrow(1)
                .setKey("name")
                .setFrozen(true);
        addColumn(row -> row.item().orgNumber())
                .setHeader(getTranslation("customer.orgNumber"))
                .setSortProperty("orgNumber")
                .setAutoWidth(true)
                .setKey("orgNumber");
        addColumn(row -> getTranslation("sector." + row.item().sector()))
                .setHeader(getTranslation("customer.sector"))
                .setSortProperty("sector")
                .setAutoWidth(true)
                .setKey("sector");
        addColumn(row -> getTranslation("status." + row.item().status()))
                .setHeader(getTranslation("customer.status"))
                .setSortProperty("status")
                .setAutoWidth(true)
                .setKey("status");
        addColumn(row -> getTranslation("tier." + row.item().tier()))
                .setHeader(getTranslation("customer.tier"))
                .setSortProperty("tier")
                .setAutoWidth(true)
                .setKey("tier");
        addColumn(row -> row.item().ownerName())
                .setHeader(getTranslation("customer.owner"))
                .setSortProperty("owner.fullName")
                .setAutoWidth(true)
                .setKey("owner");
        for (CustomerListColumns extra : listColumns) {
            for (CustomerListColumns.Column column : extra.columns()) {
                addColumn(row -> extra.text(column, row.values().get(column.key()), getLocale()))
                        .setHeader(getTranslation(column.headerKey()))
                        .setKey(column.key())
                        .setAutoWidth(true)
                        .setTextAlign(ColumnTextAlign.END);
            }
        }
        setEmptyStateText(getTranslation("customers.empty"));
        setMultiSort(true, Grid.MultiSortPriority.APPEND);
    }

    /** The picker for every column but the name and status, in the grid's order. */
    ColumnPicker columnPicker() {
        ColumnPicker picker = new ColumnPicker(this);
        NarrowScreen.fitOnPhone(this);
        picker.setId("customer-columns");
        for (Grid.Column<CustomerListRow> column : getColumns()) {
            ColumnPicker.Shown shown = OPTIONAL_COLUMNS.get(column.getKey());
            if (shown != null) {
                picker.optional(column, headerText(column), shown);
            }
        }
        return picker;
    }

    private String headerText(Grid.Column<CustomerListRow> column) {
        return column.getHeaderText() == null ? column.getKey() : column.getHeaderText();
    }
}
