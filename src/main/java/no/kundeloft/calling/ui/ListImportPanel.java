package no.kundeloft.calling.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import no.kundeloft.base.ui.Saved;
import no.kundeloft.calling.CallListImportService;
import no.kundeloft.calling.ListImportPreview;
import no.kundeloft.calling.ListImportRow;
import no.kundeloft.importing.CheckedImport;
import no.kundeloft.importing.Table;
import no.kundeloft.importing.ui.ImportFrame;

/**
 * Contacts for a call list from a CSV or Excel file, in the {@link ImportFrame}: checked row by row
 * and shown before anything is saved, then imported whole.
 */
class ListImportPanel extends Div {

    final ImportFrame<Void, ListImportRow> frame;

    ListImportPanel(CallListImportService imports, Long listId, Runnable imported) {
        addClassNames("call-list-selection", "import-view");
        frame =
                new ImportFrame<>(
                        new ImportFrame.Steps<>() {
                            @Override
                            public CheckedImport<ListImportRow> check(
                                    Table table, Map<Integer, Void> mapping) {
                                return imports.check(listId, table);
                            }

                            @Override
                            public int importAll(
                                    Table table, Map<Integer, Void> mapping, IntConsumer progress) {
                                return imports.importAll(listId, table);
                            }

                            @Override
                            public void imported(int count) {
                                frame.reset();
                                Saved.show(ListImportPanel.this, "listImport.done", count);
                                imported.run();
                            }
                        },
                        ImportFrame.Columns.fixed(),
                        null);
        frame.setId("list-import");
        frame.rowColumns(
                        grid -> {
                            grid.addColumn(ListImportRow::company)
                                    .setHeader(getTranslation("listImport.company"));
                            grid.addColumn(ListImportRow::person)
                                    .setHeader(getTranslation("listImport.person"));
                            grid.addColumn(ListImportRow::phone)
                                    .setHeader(getTranslation("listImport.phone"))
                                    .setAutoWidth(true);
                            grid.addColumn(
                                            r ->
                                                    r.isProblem()
                                                            ? ""
                                                            : getTranslation(
                                                                    "listImport.result."
                                                                            + r.result().name()))
                                    .setHeader(getTranslation("listImport.result"))
                                    .setKey("result");
                        })
                .previewLines(
                        checked -> {
                            var preview = (ListImportPreview) checked;
                            Paragraph summary =
                                    new Paragraph(
                                            getTranslation(
                                                    "listImport.summary",
                                                    preview.toAdd(),
                                                    preview.leftOut(),
                                                    preview.problems()));
                            summary.setId("list-import-summary");
                            return List.of(summary);
                        })
                .importLabel(checked -> getTranslation("listImport.import"));
        add(
                new H3(getTranslation("listImport.title")),
                new Paragraph(getTranslation("listImport.help")),
                frame);
    }
}
