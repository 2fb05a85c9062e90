package no.kundeloft.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.io.IOException;
import java.io.InputStream;
import no.kundeloft.KaribuTest;
import no.kundeloft.organisation.PeopleImport;
import org.junit.jupiter.api.Test;

class PeopleImportViewTest extends KaribuTest {

    private static byte[] file(String name) throws IOException {
        try (InputStream in = PeopleImportViewTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void people_are_checked_imported_and_their_one_time_passwords_shown() throws IOException {
        login(s.admin());
        UI.getCurrent().navigate("admin/import");
        PeopleImportView view = _get(PeopleImportView.class);
        view.frame.fileReceived("personer.csv", uploaded(file("people.csv")));
        assertThat(_get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("2 rows, 0 with problems.");
        assertThat(_get(Button.class, spec -> spec.withId("import-button")).isEnabled()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("import-button")));
        Grid<PeopleImport.Created> created =
                _get(Grid.class, spec -> spec.withId("created-people"));
        assertThat(GridKt._size(created)).isEqualTo(2);
        assertThat(GridKt._getFormatted(created, 0, "password")).hasSize(16);
    }

    @Test
    @SuppressWarnings("unchecked")
    void problems_block_the_import() {
        login(s.admin());
        UI.getCurrent().navigate("admin/import");
        PeopleImportView view = _get(PeopleImportView.class);
        view.frame.fileReceived(
                "personer.csv",
                uploaded(
                        "Navn;Brukernavn;Rolle\nOla;am1;Account Manager\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(_get(Button.class, spec -> spec.withId("import-button")).isEnabled()).isFalse();
        Grid<PeopleImport.Row> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
        assertThat(GridKt._getFormatted(rows, 0, "problems"))
                .isEqualTo("The username am1 is taken.");
    }
}
