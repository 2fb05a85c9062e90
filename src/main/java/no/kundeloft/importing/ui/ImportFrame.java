package no.kundeloft.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import no.kundeloft.base.Problem;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.ColumnChoices;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.base.ui.SharedComponent;
import no.kundeloft.base.ui.SpreadsheetUpload;
import no.kundeloft.importing.CheckedImport;
import no.kundeloft.importing.CheckedRow;
import no.kundeloft.importing.ImportRefusedException;
import no.kundeloft.importing.ProblemFile;
import no.kundeloft.importing.SpreadsheetReader;
import no.kundeloft.importing.Table;
import no.kundeloft.importing.UnreadableFileException;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The steps every import page shares: upload a CSV or Excel file, see (and change) what each column
 * holds, make the import's own choices, check every row, download the rows with their problems, and
 * import all rows or none. The page says what its columns mean, how a file is checked and imported,
 * and what its preview shows; the frame says why the import button is off and what happened when an
 * import is refused at the last moment. Large files are imported in the background with a progress
 * bar.
 *
 * @param <C> what a column can hold
 * @param <R> a checked row
 */
@SharedComponent
public class ImportFrame<C, R extends CheckedRow> extends Div {

    /** Files with more rows than this are imported in the background, with progress. */
    public static final int BACKGROUND_FROM = 500;

    /** What an import page does at each step. */
    public interface Steps<C, R extends CheckedRow> {
        /** Checks the table as it would be imported, writing nothing. */
        CheckedImport<R> check(Table table, Map<Integer, C> mapping);

        /**
         * Imports every row, or nothing ({@link ImportRefusedException} or another refusal).
         *
         * @return how many rows were imported
         */
        int importAll(Table table, Map<Integer, C> mapping, IntConsumer progress);

        /** After a successful import: tell the user, move on. */
        void imported(int count);
    }

    private final Steps<C, R> steps;
    private final Columns<C> columns;
    private final TaskExecutor executor;
    private final List<Component> choices = new ArrayList<>();
    private final List<Function<CheckedImport<R>, List<Component>>> previewLines =
            new ArrayList<>();
    final Upload upload;
    final Div mappingSection = new Div();
    final Div previewSection = new Div();
    final Button check = new Button();
    final Button importButton = new Button();
    final Span why = new Span();
    final Anchor problemFile = new Anchor();
    final Checkbox onlyProblems = new Checkbox();
    final Grid<R> grid = new Grid<>();
    final ProgressBar progress = new ProgressBar();
    private Function<CheckedImport<R>, String> importLabel = preview -> "";
    private Grid.Column<R> problems;
    private ColumnChoices<C> columnChoices;
    private String fileName;
    private Table table;
    private CheckedImport<R> preview;

    /**
     * What a file's columns can hold and how they are recognised; {@link #fixed()} for an import
     * that reads its columns by their headers alone.
     */
    public record Columns<C>(
            List<C> meanings,
            Function<List<String>, Map<Integer, C>> recognise,
            Function<C, String> label) {

        public static <C> Columns<C> fixed() {
            return new Columns<>(List.of(), headers -> Map.of(), c -> "");
        }

        boolean chosen() {
            return !meanings.isEmpty();
        }
    }

    /**
     * @param executor runs large imports in the background; null to import every file at once
     */
    public ImportFrame(Steps<C, R> steps, Columns<C> columns, TaskExecutor executor) {
        this.steps = steps;
        this.columns = columns;
        this.executor = executor;
        addClassName("import-frame");
        upload = SpreadsheetUpload.create(this::fileReceived);
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        check.setText(getTranslation("import.check"));
        check.setId("import-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> runCheck());
        importButton.setId("import-button");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        importButton.addClickListener(e -> runImport());
        why.setId("import-why");
        why.addClassName("import-why");
        problemFile.setId("import-problem-file");
        problemFile.setText(getTranslation("import.problemFile"));
        onlyProblems.setLabel(getTranslation("import.onlyProblems"));
        onlyProblems.addValueChangeListener(e -> showRows());
        grid.setId("import-rows");
        grid.addColumn(CheckedRow::line)
                .setHeader(getTranslation("import.line"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("line");
        grid.setPartNameGenerator(r -> r.ok() ? null : "problem-row");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("24rem");
        progress.setVisible(false);
        mappingSection.setId("import-mapping");
        previewSection.setId("import-preview");
        add(upload, mappingSection, previewSection);
    }

    /** Adds the grid's columns for what each row becomes; the problems column comes last. */
    public ImportFrame<C, R> rowColumns(Consumer<Grid<R>> addColumns) {
        addColumns.accept(grid);
        problems =
                grid.addColumn(r -> texts(r.problems()))
                        .setHeader(getTranslation("import.problems"))
                        .setFlexGrow(2)
                        .setKey("problems");
        return this;
    }

    /** A choice made before checking (an owner, what to do with existing records). */
    public ImportFrame<C, R> choice(Component choice) {
        choices.add(choice);
        return this;
    }

    /** Lines under the summary that depend on the check (portfolios, counts, questions). */
    public ImportFrame<C, R> previewLines(Function<CheckedImport<R>, List<Component>> lines) {
        previewLines.add(lines);
        return this;
    }

    /** The import button's text for a checked file ("Import 547 customers"). */
    public ImportFrame<C, R> importLabel(Function<CheckedImport<R>, String> label) {
        this.importLabel = label;
        return this;
    }

    /** Reads the uploaded file, shows how its columns were matched and checks it. */
    public void fileReceived(String name, Path file) {
        mappingSection.removeAll();
        previewSection.removeAll();
        preview = null;
        try {
            table = SpreadsheetReader.read(name, file);
        } catch (UnreadableFileException e) {
            table = null;
            mappingSection.add(problemLine(getTranslation(e.messageKey())));
            return;
        }
        fileName = name;
        mappingSection.add(new H3(getTranslation("import.columns", name, table.rows().size())));
        if (columns.chosen()) {
            columnChoices =
                    new ColumnChoices<>(
                            table.headers(),
                            columns.meanings(),
                            columns.recognise().apply(table.headers()),
                            columns.label(),
                            getTranslation("import.column.ignore"));
            mappingSection.add(columnChoices);
        } else {
            mappingSection.add(
                    new Span(
                            table.headers().stream()
                                    .filter(h -> !h.isBlank())
                                    .collect(Collectors.joining(" · "))));
        }
        choices.forEach(mappingSection::add);
        mappingSection.add(check);
        runCheck();
    }

    /** Back to the start, for the next file. */
    public void reset() {
        mappingSection.removeAll();
        previewSection.removeAll();
        upload.clearFileList();
        table = null;
        preview = null;
    }

    /** The column choices of the file last read; null before a file is read. */
    public ColumnChoices<C> columnChoices() {
        return columnChoices;
    }

    /** Checks the file again, with the columns and choices as they are now. */
    public void runCheck() {
        if (table == null) {
            return;
        }
        try {
            show(steps.check(table, mapping()));
        } catch (RefusedException refused) {
            // the file as a whole cannot be checked (e.g. a column it needs is missing)
            preview = null;
            previewSection.removeAll();
            previewSection.add(
                    problemLine(getTranslation(refused.messageKey(), refused.arguments())));
        }
    }

    private Map<Integer, C> mapping() {
        return columnChoices == null || !columns.chosen()
                ? new LinkedHashMap<>()
                : columnChoices.mapping();
    }

    private void show(CheckedImport<R> checked) {
        preview = checked;
        previewSection.removeAll();
        previewSection.add(new H3(getTranslation("import.preview")));
        Span summary =
                new Span(
                        getTranslation(
                                "import.summary",
                                checked.rows().size(),
                                checked.rowsWithProblems()));
        summary.setId("import-summary");
        previewSection.add(summary);
        checked.fileProblems().forEach(p -> previewSection.add(problemLine(text(p))));
        previewLines.forEach(lines -> lines.apply(checked).forEach(previewSection::add));
        importButton.setText(importLabel.apply(checked));
        importButton.setEnabled(checked.canImport());
        why.setText(checked.refusal().map(this::text).orElse(""));
        problemFile.setVisible(checked.rowsWithProblems() > 0);
        problemFile.setHref(
                event -> {
                    event.setFileName(
                            ProblemFile.name(
                                    fileName, table, getTranslation("import.problemFile.suffix")));
                    ProblemFile.write(
                            table,
                            getTranslation("import.problems"),
                            problemsByLine(checked),
                            event.getOutputStream());
                });
        progress.setVisible(false);
        Div actions = new Div(importButton, why, problemFile);
        actions.addClassName("import-actions");
        onlyProblems.setValue(checked.rowsWithProblems() > 0);
        onlyProblems.setVisible(checked.rowsWithProblems() > 0);
        if (problems != null) {
            problems.setVisible(checked.rowsWithProblems() > 0);
        }
        showRows();
        previewSection.add(actions, progress, onlyProblems, grid);
    }

    private Map<Integer, String> problemsByLine(CheckedImport<R> checked) {
        Map<Integer, String> byLine = new LinkedHashMap<>();
        checked.rows().stream()
                .filter(r -> !r.ok())
                .forEach(r -> byLine.put(r.line(), texts(r.problems())));
        return byLine;
    }

    private void showRows() {
        if (preview != null) {
            grid.setItems(
                    onlyProblems.getValue()
                            ? preview.rows().stream().filter(r -> !r.ok()).toList()
                            : preview.rows());
            // the same grid shows each check; its columns fit what this one holds
            grid.recalculateColumnWidths();
        }
    }

    /** Imports the file as checked: small files at once, large ones in the background. */
    public void runImport() {
        Table rows = table;
        Map<Integer, C> mapping = mapping();
        importButton.setEnabled(false);
        if (executor == null || rows.rows().size() < BACKGROUND_FROM) {
            finish(() -> steps.importAll(rows, mapping, written -> {}));
            return;
        }
        UI ui = UI.getCurrent();
        int total = rows.rows().size();
        progress.setVisible(true);
        progress.setValue(0);
        ui.setPollInterval(500);
        SecurityContext security = SecurityContextHolder.getContext();
        executor.execute(
                () -> {
                    SecurityContextHolder.setContext(security);
                    try {
                        int count =
                                steps.importAll(
                                        rows,
                                        mapping,
                                        written -> {
                                            if (written % 100 == 0) {
                                                ui.access(
                                                        () ->
                                                                progress.setValue(
                                                                        (double) written / total));
                                            }
                                        });
                        ui.access(() -> afterBackground(ui, () -> count));
                    } catch (RuntimeException e) {
                        ui.access(
                                () ->
                                        afterBackground(
                                                ui,
                                                () -> {
                                                    throw e;
                                                }));
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
    }

    private void afterBackground(UI ui, IntSupplier work) {
        ui.setPollInterval(-1);
        finish(work);
    }

    private void finish(IntSupplier work) {
        try {
            int count = work.getAsInt();
            progress.setVisible(false);
            steps.imported(count);
        } catch (ImportRefusedException e) {
            @SuppressWarnings("unchecked")
            CheckedImport<R> fresh = (CheckedImport<R>) e.preview();
            show(fresh);
            Refusals.show(this, e);
        } catch (RefusedException e) {
            progress.setVisible(false);
            importButton.setEnabled(preview != null && preview.canImport());
            Refusals.show(this, e);
        }
    }

    private String texts(List<Problem> problems) {
        return problems.stream().map(this::text).collect(Collectors.joining(" "));
    }

    private String text(Problem problem) {
        return getTranslation(problem.messageKey(), problem.arguments());
    }

    private static Component problemLine(String text) {
        Span line = new Span(text);
        line.addClassNames("handover-load", "over");
        return line;
    }
}
