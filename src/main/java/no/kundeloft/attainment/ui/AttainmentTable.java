package no.kundeloft.attainment.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import no.kundeloft.attainment.AttainmentReport;
import no.kundeloft.attainment.AttainmentRow;
import no.kundeloft.attainment.Figures;
import no.kundeloft.attainment.Measure;
import no.kundeloft.attainment.Period;
import no.kundeloft.attainment.YearFigures;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.ColumnPicker;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.importing.SpreadsheetWriter;
import no.kundeloft.revenue.RollupLevel;

/**
 * The lines one level down from a node (departments, teams, sellers or customers) with portfolio
 * and new-sales attainment, growth and forecast for a period, the node's totals in the footer.
 * Sortable; a click opens the line.
 */
class AttainmentTable extends Grid<AttainmentRow> {

    private final ColumnPicker picker;
    private final List<ColumnSpec> specs = new ArrayList<>();
    private final AttainmentReport report;
    private final Period period;
    private final Locale locale;

    AttainmentTable(
            AttainmentReport report, Period period, Locale locale, Consumer<AttainmentRow> open) {
        super(AttainmentRow.class, false);
        this.report = report;
        this.period = period;
        this.locale = locale;
        addClassName("attainment-table");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        RollupLevel level = report.node().level().below();
        addColumn(row -> row.node().name())
                .setHeader(getTranslation("attainment.level." + level.name()))
                .setKey("name")
                .setAutoWidth(true)
                .setFlexGrow(1)
                .setFrozen(true)
                .setSortable(true)
                .setComparator(
                        Comparator.comparing(
                                (AttainmentRow row) -> row.node().name(),
                                String.CASE_INSENSITIVE_ORDER));
        if (level == RollupLevel.SELLER) {
            addColumn(AttainmentRow::portfolioSize)
                    .setHeader(getTranslation("attainment.column.customers"))
                    .setKey("customers")
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true)
                    .setSortable(true);
        }
        money("portfolioActual", Measure.PORTFOLIO, Figures::actual);
        money("portfolioBudget", Measure.PORTFOLIO, Figures::budgetToDate);
        percent("portfolioAttainment", Measure.PORTFOLIO, Figures::attainmentPercent);
        money("newSalesActual", Measure.NEW_SALES, Figures::actual);
        money("newSalesBudget", Measure.NEW_SALES, Figures::budgetToDate);
        percent("newSalesAttainment", Measure.NEW_SALES, Figures::attainmentPercent);
        percent("growth", Measure.TOTAL, Figures::growthPercent);
        money("forecast", Measure.TOTAL, Figures::forecast);
        percent("forecastAttainment", Measure.TOTAL, Figures::forecastPercent);
        setPartNameGenerator(
                row -> {
                    BigDecimal attainment =
                            figures(row.figures(), Measure.TOTAL).attainmentPercent();
                    return attainment == null
                            ? null
                            : attainment.compareTo(BigDecimal.valueOf(100)) >= 0
                                    ? "on-budget"
                                    : null;
                });
        footer();
        picker = columnPicker();
        NarrowScreen.fitOnPhone(this);
        setItems(report.rows());
        setAllRowsVisible(true);
        addItemClickListener(click -> open.accept(click.getItem()));
    }

    /**
     * The "Columns" button for this table: budgets only when picked, and on a phone the attainments
     * alone beside the names.
     */
    public ColumnPicker picker() {
        return picker;
    }

    private ColumnPicker columnPicker() {
        ColumnPicker columns = new ColumnPicker(this);
        columns.setId("attainment-columns");
        for (Column<AttainmentRow> column : getColumns()) {
            ColumnPicker.Shown shown =
                    switch (column.getKey()) {
                        case "name" -> null;
                        case "portfolioAttainment", "newSalesAttainment" ->
                                ColumnPicker.Shown.WIDE_AND_PHONE;
                        case "portfolioBudget", "newSalesBudget", "growth", "forecast" ->
                                ColumnPicker.Shown.WHEN_PICKED;
                        default -> ColumnPicker.Shown.WIDE;
                    };
            if (shown != null) {
                columns.optional(column, column.getHeaderText(), shown);
            }
        }
        return columns;
    }

    private Figures figures(YearFigures figures, Measure measure) {
        return figures.figures(period, measure);
    }

    private void money(String key, Measure measure, ValueProvider<Figures, BigDecimal> value) {
        add(key, measure, value, false);
    }

    private void percent(String key, Measure measure, ValueProvider<Figures, BigDecimal> value) {
        add(key, measure, value, true);
    }

    private void add(
            String key,
            Measure measure,
            ValueProvider<Figures, BigDecimal> value,
            boolean percent) {
        ValueProvider<AttainmentRow, BigDecimal> cell =
                row -> value.apply(figures(row.figures(), measure));
        addColumn(row -> format(cell.apply(row), percent))
                .setHeader(getTranslation("attainment.column." + key))
                .setKey(key)
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(
                        Comparator.comparing(
                                cell, Comparator.nullsFirst(Comparator.naturalOrder())));
        specs.add(new ColumnSpec(key, measure, value, percent));
    }

    private String format(BigDecimal value, boolean percent) {
        if (percent) {
            return value == null ? "–" : Formats.percent(value, locale);
        }
        return value == null ? "–" : Formats.nok(value, locale);
    }

    private void footer() {
        FooterRow footer = appendFooterRow();
        footer.getCell(getColumnByKey("name")).setText(getTranslation("attainment.total"));
        for (ColumnSpec spec : specs) {
            footer.getCell(getColumnByKey(spec.key()))
                    .setText(
                            format(
                                    spec.value().apply(figures(report.figures(), spec.measure())),
                                    spec.percent()));
        }
    }

    /** Writes the table as shown (with the totals last) to an Excel workbook. */
    void exportTo(OutputStream out) throws IOException {
        List<String> headers = new ArrayList<>();
        headers.add(getColumnByKey("name").getHeaderText());
        boolean customers = getColumnByKey("customers") != null;
        if (customers) {
            headers.add(getTranslation("attainment.column.customers"));
        }
        specs.forEach(spec -> headers.add(getTranslation("attainment.column." + spec.key())));
        SpreadsheetWriter.xlsx(
                headers,
                getTranslation("attainment.sheet"),
                out,
                sink -> {
                    for (AttainmentRow row : report.rows()) {
                        sink.row(
                                cells(
                                        row.node().name(),
                                        customers ? row.portfolioSize() : null,
                                        customers,
                                        row.figures()));
                    }
                    sink.row(
                            cells(
                                    getTranslation("attainment.total"),
                                    null,
                                    customers,
                                    report.figures()));
                });
    }

    private List<Object> cells(String name, Long size, boolean customers, YearFigures figures) {
        List<Object> cells = new ArrayList<>();
        cells.add(name);
        if (customers) {
            cells.add(size);
        }
        specs.forEach(spec -> cells.add(spec.value().apply(figures(figures, spec.measure()))));
        return cells;
    }

    private record ColumnSpec(
            String key,
            Measure measure,
            ValueProvider<Figures, BigDecimal> value,
            boolean percent) {}
}
