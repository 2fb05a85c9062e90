package no.kundeloft.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import no.kundeloft.base.ui.Saved;
import no.kundeloft.customer.CustomerImportOptions;
import no.kundeloft.customer.CustomerImportService;
import no.kundeloft.customer.ImportColumn;
import no.kundeloft.customer.ImportPreview;
import no.kundeloft.customer.ImportRowResult;
import no.kundeloft.customer.ReceiverLoad;
import no.kundeloft.importing.CheckedImport;
import no.kundeloft.importing.CountryNames;
import no.kundeloft.importing.Table;
import no.kundeloft.importing.ui.ImportFrame;
import no.kundeloft.security.Roles;
import no.kundeloft.security.SalesRole;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * Imports customers from CSV or Excel in the {@link ImportFrame}: the columns as recognised, who
 * owns rows the file gives no owner (one seller, or spread over several within their limits), and
 * whether customers that exist already are skipped or updated; the preview shows each row's sector,
 * country, status and owner, the changes of each update, and each owner's portfolio.
 */
@Route("customers/import")
@RolesAllowed({Roles.TEAM_LEADER, Roles.SALES_MANAGER, Roles.ADMIN})
public class CustomerImportView extends Div implements HasDynamicTitle {

    /** Who gets rows without an owner. */
    enum OwnerChoice {
        ONE,
        SPREAD
    }

    private final CustomerImportService imports;
    final ImportFrame<ImportColumn, ImportRowResult> frame;
    final RadioButtonGroup<OwnerChoice> ownerChoice = new RadioButtonGroup<>();
    final ComboBox<CustomerImportService.Receiver> defaultOwner = new ComboBox<>();
    final MultiSelectComboBox<CustomerImportService.Receiver> spreadOver =
            new MultiSelectComboBox<>();
    final Select<CustomerImportOptions.Spread> spread = new Select<>();
    final RadioButtonGroup<CustomerImportOptions.Existing> existing = new RadioButtonGroup<>();
    private Grid.Column<ImportRowResult> changes;

    public CustomerImportView(
            CustomerImportService imports,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.imports = imports;
        addClassName("import-view");
        RouterLink back = new RouterLink(getTranslation("customer.back"), CustomerListView.class);
        back.addClassName("back-link");
        frame =
                new ImportFrame<>(
                        new ImportFrame.Steps<>() {
                            @Override
                            public CheckedImport<ImportRowResult> check(
                                    Table table, Map<Integer, ImportColumn> mapping) {
                                return imports.check(table, mapping, options());
                            }

                            @Override
                            public int importAll(
                                    Table table,
                                    Map<Integer, ImportColumn> mapping,
                                    IntConsumer progress) {
                                return imports.importAll(table, mapping, options(), progress);
                            }

                            @Override
                            public void imported(int count) {
                                Saved.show(CustomerImportView.this, "import.done", count);
                                getUI().ifPresent(ui -> ui.navigate(CustomerListView.class));
                            }
                        },
                        new ImportFrame.Columns<>(
                                List.of(ImportColumn.values()),
                                ImportColumn::match,
                                column -> getTranslation("import.column." + column.name())),
                        executor);
        ownerChoices(imports.receivers());
        existing.setLabel(getTranslation("import.existing"));
        existing.setItems(CustomerImportOptions.Existing.values());
        existing.setItemLabelGenerator(e -> getTranslation("import.existing." + e.name()));
        existing.setValue(CustomerImportOptions.Existing.SKIP);
        existing.setHelperText(getTranslation("import.existing.help"));
        existing.addValueChangeListener(e -> frame.runCheck());
        frame.choice(ownerChoice)
                .choice(defaultOwner)
                .choice(spreadChoice())
                .choice(existing)
                .rowColumns(this::rowColumns)
                .previewLines(this::previewLines)
                .importLabel(
                        checked ->
                                getTranslation(
                                        "import.action",
                                        ((ImportPreview) checked).count(ImportRowResult.Action.NEW),
                                        ((ImportPreview) checked)
                                                .count(ImportRowResult.Action.UPDATE)));
        add(
                back,
                new H2(getTranslation("import.title")),
                new Paragraph(getTranslation("import.intro")),
                frame);
    }

    private void ownerChoices(List<CustomerImportService.Receiver> receivers) {
        ownerChoice.setLabel(getTranslation("import.owner"));
        ownerChoice.setItems(OwnerChoice.values());
        ownerChoice.setItemLabelGenerator(c -> getTranslation("import.owner." + c.name()));
        ownerChoice.setValue(OwnerChoice.ONE);
        ownerChoice.addValueChangeListener(e -> showOwnerChoice());
        defaultOwner.setLabel(getTranslation("import.defaultOwner"));
        defaultOwner.setHelperText(getTranslation("import.defaultOwner.help"));
        defaultOwner.setItems(receivers);
        defaultOwner.setItemLabelGenerator(this::receiverLabel);
        defaultOwner.setClearButtonVisible(true);
        defaultOwner.setWidthFull();
        defaultOwner.addValueChangeListener(e -> frame.runCheck());
        spreadOver.setLabel(getTranslation("import.spreadOver"));
        spreadOver.setItems(receivers);
        spreadOver.setItemLabelGenerator(this::receiverLabel);
        spreadOver.setWidthFull();
        spreadOver.setValue(
                receivers.stream()
                        .filter(
                                r ->
                                        r.owner().role() == SalesRole.ACCOUNT_MANAGER
                                                || r.owner().role()
                                                        == SalesRole.KEY_ACCOUNT_MANAGER)
                        .collect(Collectors.toSet()));
        spreadOver.addValueChangeListener(e -> frame.runCheck());
        spread.setLabel(getTranslation("import.spread"));
        spread.setItems(CustomerImportOptions.Spread.values());
        spread.setItemLabelGenerator(s -> getTranslation("import.spread." + s.name()));
        spread.setValue(CustomerImportOptions.Spread.ROUND_ROBIN);
        spread.addValueChangeListener(e -> frame.runCheck());
        showOwnerChoice();
    }

    private Div spreadChoice() {
        Div choice = new Div(spreadOver, spread);
        choice.addClassName("import-spread");
        return choice;
    }

    private void showOwnerChoice() {
        boolean spreading = ownerChoice.getValue() == OwnerChoice.SPREAD;
        defaultOwner.setVisible(!spreading);
        spreadOver.setVisible(spreading);
        spread.setVisible(spreading);
        frame.runCheck();
    }

    /** "Kari Nord – Account Manager, Team Oslo · 145 of 200 customers". */
    private String receiverLabel(CustomerImportService.Receiver r) {
        String who =
                getTranslation(
                        "reassign.receiverLabel",
                        r.owner().fullName(),
                        getTranslation("role." + r.owner().role().name()),
                        r.owner().teamName());
        return who
                + " · "
                + (r.max() == null
                        ? getTranslation("import.receiver.noLimit", r.portfolio())
                        : getTranslation("import.receiver", r.portfolio(), r.max()));
    }

    CustomerImportOptions options() {
        boolean spreading = ownerChoice.getValue() == OwnerChoice.SPREAD;
        List<Long> sellers =
                spreading
                        ? spreadOver.getValue().stream().map(r -> r.owner().id()).sorted().toList()
                        : List.of();
        Long owner =
                spreading || defaultOwner.getValue() == null
                        ? null
                        : defaultOwner.getValue().owner().id();
        return new CustomerImportOptions(owner, sellers, spread.getValue(), existing.getValue());
    }

    private void rowColumns(Grid<ImportRowResult> grid) {
        grid.addColumn(r -> getTranslation("import.row." + r.action().name()))
                .setHeader(getTranslation("import.row"))
                .setAutoWidth(true)
                .setKey("action");
        grid.addColumn(ImportRowResult::name)
                .setHeader(getTranslation("customer.name"))
                .setAutoWidth(true)
                .setKey("name");
        grid.addColumn(ImportRowResult::orgNumber)
                .setHeader(getTranslation("customer.orgNumber"))
                .setAutoWidth(true)
                .setKey("orgNumber");
        grid.addColumn(r -> getTranslation("sector." + r.sector().name()))
                .setHeader(getTranslation("import.column.SECTOR"))
                .setAutoWidth(true)
                .setKey("sector");
        grid.addColumn(r -> CountryNames.name(r.country(), getLocale()))
                .setHeader(getTranslation("import.column.COUNTRY"))
                .setAutoWidth(true)
                .setKey("country");
        grid.addColumn(r -> getTranslation("status." + r.status().name()))
                .setHeader(getTranslation("import.column.STATUS"))
                .setAutoWidth(true)
                .setKey("status");
        grid.addColumn(ImportRowResult::ownerName)
                .setHeader(getTranslation("customer.owner"))
                .setAutoWidth(true)
                .setKey("owner");
        changes =
                grid.addColumn(this::changes)
                        .setHeader(getTranslation("import.changes"))
                        .setFlexGrow(2)
                        .setKey("changes");
    }

    private String changes(ImportRowResult row) {
        return row.changes().stream()
                .map(
                        c ->
                                getTranslation(
                                        "import.change",
                                        getTranslation("import.column." + c.column().name()),
                                        c.before().isBlank() ? "–" : c.before(),
                                        c.after()))
                .collect(Collectors.joining("; "));
    }

    private List<Component> previewLines(CheckedImport<ImportRowResult> checked) {
        ImportPreview preview = (ImportPreview) checked;
        List<Component> lines = new ArrayList<>();
        Span counts =
                new Span(
                        getTranslation(
                                "import.counts",
                                preview.count(ImportRowResult.Action.NEW),
                                preview.count(ImportRowResult.Action.UPDATE),
                                preview.skipped(),
                                preview.rowsWithProblems()));
        counts.setId("import-counts");
        counts.addClassName("import-counts");
        lines.add(counts);
        changes.setVisible(preview.count(ImportRowResult.Action.UPDATE) > 0);
        Div loads = new Div();
        loads.addClassName("import-loads");
        lines.add(loads);
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
            loads.add(span);
        }
        return lines;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " – " + getTranslation("app.name");
    }
}
