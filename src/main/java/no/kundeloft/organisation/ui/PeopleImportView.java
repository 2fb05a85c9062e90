package no.kundeloft.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import no.kundeloft.base.ui.AdminTabs;
import no.kundeloft.base.ui.SpreadsheetUpload;
import no.kundeloft.importing.SpreadsheetReader;
import no.kundeloft.importing.Table;
import no.kundeloft.importing.UnreadableFileException;
import no.kundeloft.organisation.PeopleImport;
import no.kundeloft.organisation.PeopleImportService;
import no.kundeloft.security.Roles;

/**
 * Imports people from CSV or Excel (name, username, e-mail, role, team): every row checked first,
 * then all created with one-time passwords — shown here once — or none.
 */
@Route("admin/import")
@RolesAllowed(Roles.ADMIN)
public class PeopleImportView extends Div implements HasDynamicTitle {

    private final PeopleImportService imports;
    final Div result = new Div();
    final Button importButton = new Button();
    private Table table;

    public PeopleImportView(PeopleImportService imports) {
        this.imports = imports;
        addClassNames("admin-view", "import-view");
        Upload upload = SpreadsheetUpload.create(this::fileReceived);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        importButton.addClickListener(e -> runImport());
        add(
                AdminTabs.of(this, "admin"),
                new H3(getTranslation("peopleImport.title")),
                new Paragraph(getTranslation("peopleImport.intro")),
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
        PeopleImport checked = imports.check(table);
        Span summary =
                new Span(
                        getTranslation(
                                "import.summary",
                                checked.rows().size(),
                                checked.rowsWithProblems()));
        summary.setId("people-import-summary");
        Grid<PeopleImport.Row> grid = new Grid<>(PeopleImport.Row.class, false);
        grid.setId("people-import-rows");
        grid.addColumn(PeopleImport.Row::line)
                .setHeader(getTranslation("import.line"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("line");
        grid.addColumn(PeopleImport.Row::fullName)
                .setHeader(getTranslation("admin.person.name"))
                .setAutoWidth(true);
        grid.addColumn(PeopleImport.Row::username)
                .setHeader(getTranslation("admin.person.username"))
                .setAutoWidth(true);
        grid.addColumn(PeopleImport.Row::roleName)
                .setHeader(getTranslation("admin.person.role"))
                .setAutoWidth(true);
        grid.addColumn(PeopleImport.Row::teamName)
                .setHeader(getTranslation("admin.person.team"))
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
        grid.setAllRowsVisible(true);
        importButton.setText(getTranslation("peopleImport.action", checked.rows().size()));
        importButton.setEnabled(checked.canImport());
        result.add(summary, grid, importButton);
    }

    void runImport() {
        List<PeopleImport.Created> created = imports.importAll(table);
        result.removeAll();
        Grid<PeopleImport.Created> passwords = new Grid<>(PeopleImport.Created.class, false);
        passwords.setId("created-people");
        passwords
                .addColumn(PeopleImport.Created::fullName)
                .setHeader(getTranslation("admin.person.name"))
                .setAutoWidth(true);
        passwords
                .addColumn(PeopleImport.Created::username)
                .setHeader(getTranslation("admin.person.username"))
                .setAutoWidth(true);
        passwords
                .addColumn(PeopleImport.Created::oneTimePassword)
                .setHeader(getTranslation("admin.oneTime.title"))
                .setAutoWidth(true)
                .setKey("password");
        passwords.setItems(created);
        passwords.setAllRowsVisible(true);
        result.add(new Paragraph(getTranslation("peopleImport.done", created.size())), passwords);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("peopleImport.title") + " – " + getTranslation("app.name");
    }
}
