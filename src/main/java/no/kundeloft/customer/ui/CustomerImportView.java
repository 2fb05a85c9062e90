package no.kundeloft.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import no.kundeloft.base.Problem;
import no.kundeloft.base.ui.ColumnChoices;
import no.kundeloft.base.ui.SpreadsheetUpload;
import no.kundeloft.customer.CustomerImportService;
import no.kundeloft.customer.ImportColumn;
import no.kundeloft.customer.ImportPreview;
import no.kundeloft.customer.ImportRejectedException;
import no.kundeloft.customer.ImportRowResult;
import no.kundeloft.customer.PortfolioService;
import no.kundeloft.customer.ReceiverLoad;
import no.kundeloft.importing.SpreadsheetReader;
import no.kundeloft.importing.Table;
import no.kundeloft.importing.UnreadableFileException;
import no.kundeloft.organisation.AssignableOwner;
import no.kundeloft.security.Roles;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Imports customers from CSV or Excel: upload, check how the columns were matched, choose an owner
 * for rows without one, see every row's problems, then import all rows or none. Large files are
 * written in the background with a progress bar.
 */
@Route("customers/import")
@RolesAllowed({Roles.TEAM_LEADER, Roles.SALES_MANAGER, Roles.ADMIN})
public class CustomerImportView extends Div implements HasDynamicTitle {

    /** Files with more rows than this are written in the background, with progress. */
    static final int BACKGROUND_FROM = 500;

    private final CustomerImportService imports;
    private final TaskExecutor executor;
    private final List<AssignableOwner> owners;
    final Upload upload;
    final Div mappingSection = new Div();
    final ComboBox<AssignableOwner> defaultOwner = new ComboBox<>();
    final Button check = new Button();
    final Div previewSection = new Div();
    final Button importButton = new Button();
    final ProgressBar progress = new ProgressBar();
    ColumnChoices<ImportColumn> columnChoices;
    private Table table;
    private ImportPreview preview;

    public CustomerImportView(
            CustomerImportService imports,
            PortfolioService portfolios,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.imports = imports;
        this.executor = executor;
        this.owners = portfolios.receivers();
        addClassName("import-view");
        RouterLink back = new RouterLink(getTranslation("customer.back"), CustomerListView.class);
        back.addClassName("back-link");
        add(
                back,
                new H2(getTranslation("import.title")),
                new Paragraph(getTranslation("import.intro")));

        upload = SpreadsheetUpload.create(this::fileReceived);
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        add(upload, mappingSection, previewSection);

        defaultOwner.setLabel(getTranslation("import.defaultOwner"));
        defaultOwner.setHelperText(getTranslation("import.defaultOwner.help"));
        defaultOwner.setItems(owners);
        defaultOwner.setItemLabelGenerator(
                o ->
                        getTranslation(
                                "reassign.receiverLabel",
                                o.fullName(),
                                getTranslation("role." + o.role().name()),
                                o.teamName()));
        defaultOwner.setClearButtonVisible(true);
        defaultOwner.setWidthFull();
        check.setText(getTranslation("import.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> runCheck());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        importButton.addClickListener(e -> runImport());
        progress.setVisible(false);
    }

    /** Reads the uploaded file and shows how its columns were matched. */
    void fileReceived(String fileName, Path file) {
        mappingSection.removeAll();
        previewSection.removeAll();
        try {
            table = SpreadsheetReader.read(fileName, file);
        } catch (UnreadableFileException e) {
            table = null;
            mappingSection.add(problemLine(getTranslation(e.messageKey())));
            return;
        }
        columnChoices =
                new ColumnChoices<>(
                        table.headers(),
                        List.of(ImportColumn.values()),
                        ImportColumn.match(table.headers()),
                        column -> getTranslation("import.column." + column.name()),
                        getTranslation("import.column.ignore"));
        mappingSection.add(
                new H3(getTranslation("import.columns", fileName, table.rows().size())),
                columnChoices,
                defaultOwner,
                check);
    }

    private Long defaultOwnerId() {
        return defaultOwner.getValue() == null ? null : defaultOwner.getValue().id();
    }

    void runCheck() {
        preview = imports.check(table, columnChoices.mapping(), defaultOwnerId());
        showPreview();
    }

    private void showPreview() {
        previewSection.removeAll();
        previewSection.add(new H3(getTranslation("import.preview")));
        Span summary =
                new Span(
                        getTranslation(
                                "import.summary",
                                preview.rows().size(),
                                preview.rowsWithProblems()));
        summary.setId("import-summary");
        previewSection.add(summary);
        preview.fileProblems().forEach(p -> previewSection.add(problemLine(text(p))));
        for (ReceiverLoad load : preview.owners()) {
            String line =
                    load.max() == null
                            ? getTranslation(
                                    "handover.load.noLimit",
                                    load.receiverName(),
                                    load.before(),
                                    load.incoming(),
                                    load.after())
                            : getTranslation(
                                    "handover.load",
                                    load.receiverName(),
                                    load.before(),
                                    load.incoming(),
                                    load.after(),
                                    load.max());
            Span span = new Span(line);
            span.addClassNames("handover-load", load.withinLimit() ? "ok" : "over");
            previewSection.add(span);
        }
        Checkbox onlyProblems = new Checkbox(getTranslation("import.onlyProblems"));
        Grid<ImportRowResult> grid = rowsGrid();
        onlyProblems.addValueChangeListener(
                e ->
                        grid.setItems(
                                e.getValue()
                                        ? preview.rows().stream().filter(r -> !r.ok()).toList()
                                        : preview.rows()));
        onlyProblems.setValue(preview.rowsWithProblems() > 0);
        importButton.setText(getTranslation("import.action", preview.rows().size()));
        importButton.setEnabled(preview.canImport());
        progress.setVisible(false);
        previewSection.add(onlyProblems, grid, importButton, progress);
    }

    private Grid<ImportRowResult> rowsGrid() {
        Grid<ImportRowResult> grid = new Grid<>(ImportRowResult.class, false);
        grid.setId("import-rows");
        grid.addColumn(ImportRowResult::line)
                .setHeader(getTranslation("import.line"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("line");
        grid.addColumn(ImportRowResult::name)
                .setHeader(getTranslation("customer.name"))
                .setAutoWidth(true)
                .setKey("name");
        grid.addColumn(ImportRowResult::orgNumber)
                .setHeader(getTranslation("customer.orgNumber"))
                .setAutoWidth(true)
                .setKey("orgNumber");
        grid.addColumn(ImportRowResult::ownerName)
                .setHeader(getTranslation("customer.owner"))
                .setAutoWidth(true)
                .setKey("owner");
        grid.addColumn(r -> r.problems().stream().map(this::text).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("import.problems"))
                .setFlexGrow(2)
                .setKey("problems");
        grid.setPartNameGenerator(r -> r.ok() ? null : "problem-row");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(preview.rows());
        grid.setHeight("24rem");
        return grid;
    }

    private String text(Problem problem) {
        return getTranslation(problem.messageKey(), problem.arguments());
    }

    private Component problemLine(String text) {
        Span line = new Span(text);
        line.addClassNames("handover-load", "over");
        return line;
    }

    void runImport() {
        Table rows = table;
        Map<Integer, ImportColumn> mapping = columnChoices.mapping();
        Long owner = defaultOwnerId();
        importButton.setEnabled(false);
        if (rows.rows().size() < BACKGROUND_FROM) {
            finish(() -> imports.importAll(rows, mapping, owner, written -> {}));
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
                                imports.importAll(
                                        rows,
                                        mapping,
                                        owner,
                                        written -> {
                                            if (written % 100 == 0) {
                                                ui.access(
                                                        () ->
                                                                progress.setValue(
                                                                        (double) written / total));
                                            }
                                        });
                        ui.access(
                                () -> {
                                    ui.setPollInterval(-1);
                                    finish(() -> count);
                                });
                    } catch (RuntimeException e) {
                        ui.access(
                                () -> {
                                    ui.setPollInterval(-1);
                                    finish(
                                            () -> {
                                                throw e;
                                            });
                                });
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
    }

    private void finish(IntSupplier work) {
        try {
            int count = work.getAsInt();
            progress.setVisible(false);
            Notification.show(
                            getTranslation("import.done", count),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(CustomerListView.class));
        } catch (ImportRejectedException e) {
            preview = e.preview();
            showPreview();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " – " + getTranslation("app.name");
    }
}
