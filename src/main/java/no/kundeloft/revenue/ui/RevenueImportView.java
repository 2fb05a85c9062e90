package no.kundeloft.revenue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.Saved;
import no.kundeloft.importing.CheckedImport;
import no.kundeloft.importing.Table;
import no.kundeloft.importing.ui.ImportFrame;
import no.kundeloft.revenue.RevenueImport;
import no.kundeloft.revenue.RevenueImportService;
import no.kundeloft.revenue.RevenueLoadService;
import no.kundeloft.revenue.RevenueLoadState;
import no.kundeloft.security.Roles;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * Imports monthly revenue from an ERP export (organisation number or customer number, month,
 * amount) in the {@link ImportFrame}: every row checked and shown, then all months written or none.
 * Says through which month revenue is loaded, and asks whether the file completes it through its
 * newest month.
 */
@Route("customers/revenue-import")
@RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
public class RevenueImportView extends Div implements HasDynamicTitle {

    private final RevenueLoadService revenueLoad;
    final ImportFrame<Void, RevenueImport.Row> frame;
    final RadioButtonGroup<RevenueImport.UnknownWonDate> wonDate = new RadioButtonGroup<>();
    final Checkbox complete = new Checkbox();
    final Paragraph result = new Paragraph();
    private final RevenueLoadSection loadSection;

    public RevenueImportView(
            RevenueImportService imports,
            RevenueLoadService revenueLoad,
            AuthenticationContext authentication,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.revenueLoad = revenueLoad;
        this.loadSection = new RevenueLoadSection(revenueLoad, authentication.hasRole(Roles.ADMIN));
        addClassName("import-view");
        wonDate.setLabel(getTranslation("revenueImport.wonDate"));
        wonDate.setItems(RevenueImport.UnknownWonDate.values());
        wonDate.setItemLabelGenerator(
                choice -> getTranslation("revenueImport.wonDate." + choice.name()));
        wonDate.setValue(RevenueImport.UnknownWonDate.EXISTING_BEFORE_IMPORT);
        complete.setId("revenue-import-complete");
        result.setId("revenue-import-result");
        frame =
                new ImportFrame<>(
                        new ImportFrame.Steps<>() {
                            @Override
                            public CheckedImport<RevenueImport.Row> check(
                                    Table table, Map<Integer, Void> mapping) {
                                result.setText("");
                                return imports.check(table);
                            }

                            @Override
                            public int importAll(
                                    Table table, Map<Integer, Void> mapping, IntConsumer progress) {
                                return imports.importAll(
                                        table,
                                        wonDate.getValue(),
                                        complete.isVisible() && complete.getValue());
                            }

                            @Override
                            public void imported(int count) {
                                loadSection.refresh();
                                frame.reset();
                                result.setText(getTranslation("revenueImport.done", count));
                                Saved.show(RevenueImportView.this, "revenueImport.done", count);
                            }
                        },
                        ImportFrame.Columns.fixed(),
                        executor);
        frame.rowColumns(this::rowColumns)
                .previewLines(this::previewLines)
                .importLabel(
                        checked -> getTranslation("revenueImport.action", checked.rows().size()));
        add(
                new H2(getTranslation("revenueImport.title")),
                loadSection,
                new Paragraph(getTranslation("revenueImport.intro")),
                frame,
                result);
    }

    private void rowColumns(Grid<RevenueImport.Row> grid) {
        grid.addColumn(r -> r.customerName() == null ? r.customerText() : r.customerName())
                .setHeader(getTranslation("customer.name"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.month() == null ? "" : r.month().toString())
                .setHeader(getTranslation("revenueImport.month"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.amount() == null ? "" : Formats.nok(r.amount(), getLocale()))
                .setHeader(getTranslation("revenueImport.amount"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.replaces() ? getTranslation("revenueImport.replaces") : "")
                .setAutoWidth(true);
    }

    private List<Component> previewLines(CheckedImport<RevenueImport.Row> preview) {
        RevenueImport checked = (RevenueImport) preview;
        Span summary =
                new Span(
                        getTranslation(
                                "revenueImport.summary",
                                checked.rows().size(),
                                checked.rowsWithProblems(),
                                checked.newEntries(),
                                checked.updatedEntries()));
        summary.setId("revenue-import-summary");
        wonDate.setVisible(checked.customersWithoutWonDate() > 0);
        offerToComplete(checked.newestMonth());
        return List.of(summary, wonDate, complete);
    }

    /**
     * Asks whether the file completes the organisation's revenue through its newest month, when
     * that month has ended and would move the loaded-through month forward.
     */
    private void offerToComplete(YearMonth newest) {
        RevenueLoadState state = revenueLoad.state();
        boolean offered =
                newest != null
                        && !newest.isAfter(state.latestSettable())
                        && !state.loadedThrough().includes(newest);
        complete.setVisible(offered);
        complete.setValue(false);
        if (offered) {
            complete.setLabel(
                    getTranslation("revenueImport.complete", Formats.month(newest, getLocale())));
            complete.setHelperText(
                    getTranslation(
                            "revenueImport.complete.help",
                            state.loadedThrough().any()
                                    ? Formats.month(state.loadedThrough().month(), getLocale())
                                    : getTranslation("revenueLoad.nothing")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("revenueImport.title") + " – " + getTranslation("app.name");
    }
}
