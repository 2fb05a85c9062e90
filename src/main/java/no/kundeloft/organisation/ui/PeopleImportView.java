package no.kundeloft.organisation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import no.kundeloft.base.ui.AdminTabs;
import no.kundeloft.importing.CheckedImport;
import no.kundeloft.importing.Table;
import no.kundeloft.importing.ui.ImportFrame;
import no.kundeloft.organisation.PeopleImport;
import no.kundeloft.organisation.PeopleImportService;
import no.kundeloft.security.Roles;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * Imports people from CSV or Excel (name, username, e-mail, role, team) in the {@link ImportFrame}:
 * every row checked first, then all created with one-time passwords — shown here once — or none.
 */
@Route("admin/import")
@RolesAllowed(Roles.ADMIN)
public class PeopleImportView extends Div implements HasDynamicTitle {

    final ImportFrame<Void, PeopleImport.Row> frame;
    final Div result = new Div();
    private List<PeopleImport.Created> created = List.of();

    public PeopleImportView(
            PeopleImportService imports,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        addClassNames("admin-view", "import-view");
        frame =
                new ImportFrame<>(
                        new ImportFrame.Steps<>() {
                            @Override
                            public CheckedImport<PeopleImport.Row> check(
                                    Table table, Map<Integer, Void> mapping) {
                                return imports.check(table);
                            }

                            @Override
                            public int importAll(
                                    Table table, Map<Integer, Void> mapping, IntConsumer progress) {
                                created = imports.importAll(table);
                                return created.size();
                            }

                            @Override
                            public void imported(int count) {
                                showPasswords();
                            }
                        },
                        ImportFrame.Columns.fixed(),
                        executor);
        frame.rowColumns(
                        grid -> {
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
                        })
                .importLabel(
                        checked -> getTranslation("peopleImport.action", checked.rows().size()));
        add(
                AdminTabs.of(this, "admin"),
                new H3(getTranslation("peopleImport.title")),
                new Paragraph(getTranslation("peopleImport.intro")),
                frame,
                result);
    }

    /** The people created, each with the one-time password the admin hands over. */
    private void showPasswords() {
        frame.setVisible(false);
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
