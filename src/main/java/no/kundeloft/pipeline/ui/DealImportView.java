package no.kundeloft.pipeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.base.Problem;
import no.kundeloft.base.ui.ColumnChoices;
import no.kundeloft.base.ui.SpreadsheetUpload;
import no.kundeloft.importing.SpreadsheetReader;
import no.kundeloft.importing.Table;
import no.kundeloft.importing.UnreadableFileException;
import no.kundeloft.pipeline.DealColumn;
import no.kundeloft.pipeline.DealImportPreview;
import no.kundeloft.pipeline.DealImportRejectedException;
import no.kundeloft.pipeline.DealImportService;
import no.kundeloft.security.Roles;

/**
 * {@code /pipeline/import}: deals from CSV or Excel. The columns are recognised from their headers
 * (the export's, in Norwegian or English, or other CRMs') and can be chosen by hand; every row is
 * checked and shown with its problems, and then all rows are imported or none; the import button
 * says why it is off.
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

    private final DealImportService imports;
    final Upload upload;
    final Div mappingSection = new Div();
    final Div result = new Div();
    final Button importButton = new Button();
    final Button check = new Button();
    ColumnChoices<DealColumn> columnChoices;
    private Table table;

    public DealImportView(DealImportService imports) {
        this.imports = imports;
        addClassNames("import-view", "deal-import-view");
        add(
                new Anchor("pipeline", getTranslation("review.back")),
                new H2(getTranslation("dealimport.title")),
                new Paragraph(
                        getTranslation(
                                "dealimport.intro",
                                Arrays.stream(DealColumn.values())
                                        .map(DealColumn::header)
                                        .collect(Collectors.joining(", ")))));
        upload = SpreadsheetUpload.create(this::fileReceived);
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        result.setId("deal-import-result");
        importButton.setId("deal-import");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        importButton.addClickListener(e -> runImport());
        check.setText(getTranslation("import.check"));
        check.setId("deal-import-check");
        check.addClickListener(e -> show(imports.check(table, columnChoices.mapping())));
        add(upload, mappingSection, result);
    }

    /** Reads the uploaded file, proposes what each column holds and checks every row. */
    void fileReceived(String fileName, Path file) {
        mappingSection.removeAll();
        result.removeAll();
        try {
            table = SpreadsheetReader.read(fileName, file);
        } catch (UnreadableFileException e) {
            table = null;
            result.add(problemLine(getTranslation(e.messageKey())));
            return;
        }
        columnChoices =
                new ColumnChoices<>(
                        table.headers(),
                        List.of(DealColumn.values()),
                        DealColumn.match(table.headers()),
                        column -> getTranslation("dealimport.column." + column.name()),
                        getTranslation("import.column.ignore"));
        mappingSection.add(
                new H3(getTranslation("import.columns", fileName, table.rows().size())),
                columnChoices,
                check);
        show(imports.check(table, columnChoices.mapping()));
    }

    private void show(DealImportPreview preview) {
        result.removeAll();
        result.add(new H3(getTranslation("import.preview")));
        String recognised =
                preview.columns().entrySet().stream()
                        .map(
                                e ->
                                        table.headers().get(e.getKey())
                                                + " → "
                                                + getTranslation(
                                                        "dealimport.column." + e.getValue().name()))
                        .collect(Collectors.joining(" · "));
        Paragraph columns =
                new Paragraph(
                        preview.columns().isEmpty()
                                ? getTranslation("dealimport.noColumns")
                                : getTranslation("dealimport.recognised", recognised));
        columns.setId("deal-import-columns");
        Span summary =
                new Span(
                        getTranslation(
                                "import.summary",
                                preview.rows().size(),
                                preview.rowsWithProblems()));
        summary.setId("deal-import-summary");
        result.add(columns, summary);
        preview.fileProblems().forEach(problem -> result.add(problemLine(text(problem))));
        importButton.setText(getTranslation("dealimport.action", preview.rows().size()));
        importButton.setEnabled(preview.canImport());
        Span why = new Span(preview.canImport() ? "" : getTranslation("dealimport.fixFirst"));
        why.setId("deal-import-why");
        Div actions = new Div(importButton, why);
        actions.addClassName("import-actions");
        result.add(actions, rows(preview));
    }

    private Grid<DealImportPreview.Row> rows(DealImportPreview preview) {
        Grid<DealImportPreview.Row> grid = new Grid<>();
        grid.setId("deal-import-rows");
        grid.addColumn(DealImportPreview.Row::line)
                .setHeader(getTranslation("import.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
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
                                        : Formats.nok(row.yearlyValue(), getLocale()))
                .setHeader(getTranslation("deal.yearlyValue"))
                .setAutoWidth(true);
        grid.addColumn(DealImportPreview.Row::stageName)
                .setHeader(getTranslation("deal.stage"))
                .setAutoWidth(true);
        grid.addColumn(DealImportPreview.Row::ownerName)
                .setHeader(getTranslation("deal.owner"))
                .setAutoWidth(true);
        grid.addColumn(
                        row ->
                                row.problems().stream()
                                        .map(this::text)
                                        .collect(Collectors.joining(" ")))
                .setHeader(getTranslation("import.problems"))
                .setFlexGrow(2);
        grid.setPartNameGenerator(row -> row.problems().isEmpty() ? null : "problem-row");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(
                preview.rows().stream()
                        .sorted(
                                (a, b) ->
                                        Boolean.compare(
                                                a.problems().isEmpty(), b.problems().isEmpty()))
                        .toList());
        grid.setHeight("24rem");
        return grid;
    }

    void runImport() {
        importButton.setEnabled(false);
        try {
            int count = imports.importAll(table, columnChoices.mapping());
            Notification.show(
                            getTranslation("dealimport.done", count),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("pipeline", QueryParameters.of("view", "list")));
        } catch (DealImportRejectedException e) {
            show(e.preview());
            Notification.show(
                            getTranslation(e.messageKey(), e.arguments()),
                            8000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private String text(Problem problem) {
        return getTranslation(problem.messageKey(), problem.arguments());
    }

    private Component problemLine(String text) {
        Span line = new Span(text);
        line.addClassNames("handover-load", "over");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dealimport.title") + " – " + getTranslation("app.name");
    }
}
