package no.kundeloft.revenue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.base.ui.SpreadsheetUpload;
import no.kundeloft.importing.SpreadsheetReader;
import no.kundeloft.importing.Table;
import no.kundeloft.importing.UnreadableFileException;
import no.kundeloft.revenue.RevenueImport;
import no.kundeloft.revenue.RevenueImportService;
import no.kundeloft.revenue.RevenueLoadService;
import no.kundeloft.revenue.RevenueLoadState;
import no.kundeloft.security.Roles;

/**
 * Imports monthly revenue from an ERP export (organisation number or customer number, month,
 * amount): every row checked and shown, then all months written or none. Says through which month
 * revenue is loaded, and asks whether the file completes it through its newest month.
 */
@Route("customers/revenue-import")
@RolesAllowed({Roles.SALES_MANAGER, Roles.ADMIN})
public class RevenueImportView extends Div implements HasDynamicTitle {

    private final RevenueImportService imports;
    private final RevenueLoadService revenueLoad;
    final Div result = new Div();
    final RadioButtonGroup<RevenueImport.UnknownWonDate> wonDate = new RadioButtonGroup<>();
    final Checkbox complete = new Checkbox();
    final Button importButton = new Button();
    private final RevenueLoadSection loadSection;
    private Table table;
    private RevenueImport checked;

    public RevenueImportView(
            RevenueImportService imports,
            RevenueLoadService revenueLoad,
            AuthenticationContext authentication) {
        this.imports = imports;
        this.revenueLoad = revenueLoad;
        this.loadSection = new RevenueLoadSection(revenueLoad, authentication.hasRole(Roles.ADMIN));
        addClassName("import-view");
        Upload upload = SpreadsheetUpload.create(this::fileReceived);
        wonDate.setLabel(getTranslation("revenueImport.wonDate"));
        wonDate.setItems(RevenueImport.UnknownWonDate.values());
        wonDate.setItemLabelGenerator(
                choice -> getTranslation("revenueImport.wonDate." + choice.name()));
        wonDate.setValue(RevenueImport.UnknownWonDate.EXISTING_BEFORE_IMPORT);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        importButton.addClickListener(e -> runImport());
        complete.setId("revenue-import-complete");
        add(
                new H2(getTranslation("revenueImport.title")),
                loadSection,
                new Paragraph(getTranslation("revenueImport.intro")),
                upload,
                result);
    }

    void fileReceived(String fileName, Path file) {
        result.removeAll();
        try {
            table = SpreadsheetReader.read(fileName, file);
        } catch (UnreadableFileException e) {
            result.add(new Span(getTranslation(e.messageKey())));
            return;
        }
        checked = imports.check(table);
        Span summary =
                new Span(
                        getTranslation(
                                "revenueImport.summary",
                                checked.rows().size(),
                                checked.rowsWithProblems(),
                                checked.newEntries(),
                                checked.updatedEntries()));
        summary.setId("revenue-import-summary");
        Grid<RevenueImport.Row> grid = new Grid<>(RevenueImport.Row.class, false);
        grid.setId("revenue-import-rows");
        grid.addColumn(RevenueImport.Row::line)
                .setHeader(getTranslation("import.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
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
        grid.addColumn(
                        r ->
                                r.problems().stream()
                                        .map(p -> getTranslation(p.messageKey(), p.arguments()))
                                        .collect(Collectors.joining(" ")))
                .setHeader(getTranslation("import.problems"))
                .setFlexGrow(2)
                .setKey("problems");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(checked.rows());
        grid.setHeight("24rem");
        wonDate.setVisible(checked.customersWithoutWonDate() > 0);
        importButton.setText(getTranslation("revenueImport.action", checked.rows().size()));
        importButton.setEnabled(checked.canImport());
        offerToComplete(checked.newestMonth());
        result.add(summary, grid, wonDate, complete, importButton);
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

    void runImport() {
        int written;
        try {
            written =
                    imports.importAll(
                            table, wonDate.getValue(), complete.isVisible() && complete.getValue());
        } catch (RefusedException refused) {
            Refusals.show(this, refused);
            return;
        }
        loadSection.refresh();
        result.removeAll();
        Notification.show(
                        getTranslation("revenueImport.done", written),
                        5000,
                        Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        result.add(new Paragraph(getTranslation("revenueImport.done", written)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("revenueImport.title") + " – " + getTranslation("app.name");
    }
}
