package no.kundeloft.calling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.calling.CallListImportService;
import no.kundeloft.calling.CallListService;
import no.kundeloft.calling.CallingFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ListImportPanelTest extends KaribuTest {

    @Autowired CallListImportService imports;
    @Autowired CallListService lists;
    @Autowired EntityManager em;

    private ListImportPanel panel() {
        CallingFixture.Telesales t = CallingFixture.telesales(em, s);
        login(t.lead5());
        Long listId = lists.create(CallingFixture.form(s, t, TestClock.TODAY)).id();
        ListImportPanel panel = new ListImportPanel(imports, listId, () -> {});
        UI.getCurrent().add(panel);
        return panel;
    }

    private static java.nio.file.Path csv(String text) {
        return uploaded(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_file_is_checked_then_its_people_are_added_to_the_list() {
        ListImportPanel panel = panel();
        panel.frame.fileReceived(
                "liste.csv",
                csv(
                        "Org.nr.;Firma;Kontaktperson;Telefon\n"
                                + "923 609 016;;;+47 912 34 567\n"
                                + ";havbris transport as;Nina Ny;+47 999 88 777\n"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("list-import-summary")).getText())
                .isEqualTo("2 to add, 0 left out, 0 with problems.");
        Button importButton = _get(Button.class, spec -> spec.withId("import-button"));
        assertThat(importButton.isEnabled()).isTrue();
        _click(importButton);
        NotificationsKt.expectNotifications("2 contacts added to the list.");
    }

    @Test
    void a_row_with_a_problem_keeps_the_import_off_and_says_why() {
        panel().frame.fileReceived("liste.csv", csv("Org.nr.;Telefon\n971526920;+47 900 00 002\n"));
        assertThat(_get(Button.class, spec -> spec.withId("import-button")).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("import-why")).getText())
                .startsWith("One row has problems");
    }

    @Test
    void a_file_without_the_columns_it_needs_is_named() {
        panel().frame.fileReceived("liste.csv", csv("Navn;By\nOla;Oslo\n"));
        assertThat(
                        _get(
                                        com.vaadin.flow.component.html.Div.class,
                                        spec -> spec.withId("import-preview"))
                                .getElement()
                                .getTextRecursively())
                .startsWith("The file needs a column for the customer");
    }
}
