package no.kundeloft.calling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.file.Path;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.base.ui.SpreadsheetUpload;
import no.kundeloft.calling.CallListImportService;
import no.kundeloft.calling.ListImportPreview;
import no.kundeloft.calling.ListImportRow;
import no.kundeloft.importing.SpreadsheetReader;
import no.kundeloft.importing.Table;
import no.kundeloft.importing.UnreadableFileException;

/**
 * Contacts for a call list from a CSV or Excel file: checked row by row and shown before anything
 * is saved, then imported whole.
 */
class ListImportPanel extends Div {

    private final CallListImportService imports;
    private final Long listId;
    private final Runnable imported;
    private final Grid<ListImportRow> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button importButton = new Button();
    private Table table;

    ListImportPanel(CallListImportService imports, Long listId, Runnable imported) {
        this.imports = imports;
        this.listId = listId;
        this.imported = imported;
        addClassName("call-list-selection");
        Upload upload = SpreadsheetUpload.create(this::received);
        upload.setId("list-import-upload");
        grid.setId("list-import-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(ListImportRow::line)
                .setHeader(getTranslation("listImport.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ListImportRow::company).setHeader(getTranslation("listImport.company"));
        grid.addColumn(ListImportRow::person).setHeader(getTranslation("listImport.person"));
        grid.addColumn(ListImportRow::phone)
                .setHeader(getTranslation("listImport.phone"))
                .setAutoWidth(true);
        grid.addColumn(
                        r ->
                                r.isProblem()
                                        ? getTranslation(r.problemKey(), r.problemValue())
                                        : getTranslation("listImport.result." + r.result().name()))
                .setHeader(getTranslation("listImport.result"))
                .setFlexGrow(2);
        grid.setPartNameGenerator(r -> r.isProblem() ? "problem" : null);
        grid.setVisible(false);
        summary.setId("list-import-summary");
        importButton.setText(getTranslation("listImport.import"));
        importButton.setId("list-import-button");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setVisible(false);
        importButton.addClickListener(e -> importAll());
        add(
                new H3(getTranslation("listImport.title")),
                new Paragraph(getTranslation("listImport.help")),
                upload,
                summary,
                importButton,
                grid);
    }

    private void received(String fileName, Path file) {
        try {
            table = SpreadsheetReader.read(fileName, file);
            show(imports.check(listId, table));
        } catch (UnreadableFileException e) {
            Refusals.show(this, e.messageKey());
        } catch (RefusedException e) {
            Refusals.show(this, e);
        }
    }

    void show(ListImportPreview preview) {
        grid.setItems(preview.rows());
        grid.setVisible(true);
        summary.setText(
                getTranslation(
                        "listImport.summary",
                        preview.toAdd(),
                        preview.leftOut(),
                        preview.problems()));
        importButton.setVisible(true);
        importButton.setEnabled(preview.problems() == 0 && preview.toAdd() > 0);
    }

    /** For the tests and the upload: checks an already read file. */
    void check(Table read) {
        this.table = read;
        show(imports.check(listId, read));
    }

    private void importAll() {
        try {
            int added = imports.importAll(listId, table);
            summary.setText(getTranslation("listImport.done", added));
            importButton.setVisible(false);
            grid.setVisible(false);
            imported.run();
        } catch (RefusedException e) {
            Refusals.show(this, e);
            show(imports.check(listId, table));
        }
    }
}
