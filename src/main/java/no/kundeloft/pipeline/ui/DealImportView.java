package no.kundeloft.pipeline.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.Saved;
import no.kundeloft.importing.CheckedImport;
import no.kundeloft.importing.Table;
import no.kundeloft.importing.ui.ImportFrame;
import no.kundeloft.pipeline.DealColumn;
import no.kundeloft.pipeline.DealImportPreview;
import no.kundeloft.pipeline.DealImportService;
import no.kundeloft.security.Roles;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * {@code /pipeline/import}: deals from CSV or Excel in the {@link ImportFrame}. The columns are
 * recognised from their headers (the export's, in Norwegian or English, or other CRMs') and can be
 * chosen by hand; every row is checked and shown with its problems, and then all rows are imported
 * or none.
 */
@Route("pipeline/import")
@RolesAllowed({
    Roles.ACCOUNT_MANAGER,
    Roles.KEY_ACCOUNT_MANAGER,
    Roles.TELESALES,
    Roles.FIELD_SALES,
    Roles.TEAM_LEADER,
    Roles.SALES_MANAGER,
    Roles.ADMIN
})
public class DealImportView extends Div implements HasDynamicTitle {

    final ImportFrame<DealColumn, DealImportPreview.Row> frame;

    public DealImportView(
            DealImportService imports,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        addClassNames("import-view", "deal-import-view");
        frame =
                new ImportFrame<>(
                        new ImportFrame.Steps<>() {
                            @Override
                            public CheckedImport<DealImportPreview.Row> check(
                                    Table table, Map<Integer, DealColumn> mapping) {
                                return imports.check(table, mapping);
                            }

                            @Override
                            public int importAll(
                                    Table table,
                                    Map<Integer, DealColumn> mapping,
                                    IntConsumer progress) {
                                return imports.importAll(table, mapping);
                            }

                            @Override
                            public void imported(int count) {
                                Saved.show(DealImportView.this, "dealimport.done", count);
                                getUI().ifPresent(
                                                ui ->
                                                        ui.navigate(
                                                                "pipeline",
                                                                QueryParameters.of(
                                                                        "view", "list")));
                            }
                        },
                        new ImportFrame.Columns<>(
                                List.of(DealColumn.values()),
                                DealColumn::match,
                                column -> getTranslation("dealimport.column." + column.name())),
                        executor);
        frame.rowColumns(
                        grid -> {
                            grid.addColumn(DealImportPreview.Row::customerName)
                                    .setHeader(getTranslation("deal.customer"))
                                    .setAutoWidth(true);
                            grid.addColumn(DealImportPreview.Row::title)
                                    .setHeader(getTranslation("deal.title"))
                                    .setAutoWidth(true);
                            grid.addColumn(
                                            row ->
                                                    row.yearlyValue() == null
                                                            ? ""
                                                            : Formats.nok(
                                                                    row.yearlyValue(), getLocale()))
                                    .setHeader(getTranslation("deal.yearlyValue"))
                                    .setAutoWidth(true);
                            grid.addColumn(DealImportPreview.Row::stageName)
                                    .setHeader(getTranslation("deal.stage"))
                                    .setAutoWidth(true);
                            grid.addColumn(DealImportPreview.Row::ownerName)
                                    .setHeader(getTranslation("deal.owner"))
                                    .setAutoWidth(true);
                        })
                .importLabel(checked -> getTranslation("dealimport.action", checked.rows().size()));
        add(
                new Anchor("pipeline", getTranslation("review.back")),
                new H2(getTranslation("dealimport.title")),
                new Paragraph(
                        getTranslation(
                                "dealimport.intro",
                                Arrays.stream(DealColumn.values())
                                        .map(DealColumn::header)
                                        .collect(Collectors.joining(", ")))),
                frame);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dealimport.title") + " – " + getTranslation("app.name");
    }
}
