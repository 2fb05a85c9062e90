package no.kundeloft.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.io.IOException;
import java.io.InputStream;
import no.kundeloft.KaribuTest;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.ImportColumn;
import no.kundeloft.customer.ImportRowResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerImportViewTest extends KaribuTest {

    @Autowired CustomerService customers;

    private static byte[] file(String name) throws IOException {
        try (InputStream in = CustomerImportViewTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        }
    }

    private CustomerImportView open() {
        login(s.lead1());
        UI.getCurrent().navigate("customers/import");
        return _get(CustomerImportView.class);
    }

    @Test
    void columns_are_matched_by_their_norwegian_headers() throws IOException {
        CustomerImportView view = open();
        view.fileReceived("kunder.csv", uploaded(file("customers-semicolon-utf8-bom.csv")));
        assertThat(view.columnChoices.choice(0).getValue()).isEqualTo(ImportColumn.NAME);
        assertThat(view.columnChoices.choice(1).getValue()).isEqualTo(ImportColumn.ORG_NUMBER);
        assertThat(view.columnChoices.choice(8).getValue()).isEqualTo(ImportColumn.CONTACT_NAME);
        assertThat(view.columnChoices.choice(9).getValue()).isEqualTo(ImportColumn.TIER);
    }

    @Test
    void a_checked_file_is_imported_for_the_chosen_owner() throws IOException {
        CustomerImportView view = open();
        view.fileReceived("kunder.csv", uploaded(file("customers-semicolon-utf8-bom.csv")));
        view.defaultOwner.setValue(
                view.defaultOwner
                        .getListDataView()
                        .getItems()
                        .filter(o -> o.fullName().equals("am2 Testesen"))
                        .findFirst()
                        .orElseThrow());
        _click(view.check);
        assertThat(_get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("2 rows, 0 with problems.");
        assertThat(view.importButton.isEnabled()).isTrue();
        assertThat(view.importButton.getText()).isEqualTo("Import 2 customers");
        _click(view.importButton);
        NotificationsKt.expectNotifications("2 customers imported.");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomerListView.class);
        assertThat(customers.count(CustomerFilter.text("Ærlig Økonomi"))).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void problems_are_listed_per_line_and_the_import_is_not_offered() throws IOException {
        CustomerImportView view = open();
        view.fileReceived("kunder.csv", uploaded(file("customers-with-problems.csv")));
        _click(view.check);
        assertThat(_get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("6 rows, 5 with problems.");
        assertThat(view.importButton.isEnabled()).isFalse();
        Grid<ImportRowResult> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
        assertThat(GridKt._size(rows)).isEqualTo(5);
        assertThat(GridKt._getFormatted(rows, 0, "line")).isEqualTo("2");
        assertThat(GridKt._getFormatted(rows, 0, "problems")).isEqualTo("The name is missing.");
        assertThat(GridKt._getFormatted(rows, 1, "problems"))
                .isEqualTo("912345735 is not a valid Norwegian organisation number.");
        assertThat(GridKt._getFormatted(rows, 2, "problems"))
                .isEqualTo("Organisation number 912345742 is also on line 4.");
        assertThat(GridKt._getFormatted(rows, 4, "problems"))
                .isEqualTo("A customer with organisation number 974760673 already exists.");
    }

    @Test
    void an_unreadable_file_says_why() {
        CustomerImportView view = open();
        view.fileReceived("kunder.pdf", uploaded(new byte[] {1, 2, 3}));
        assertThat(view.mappingSection.getElement().getTextRecursively())
                .isEqualTo("Only CSV (.csv) and Excel (.xlsx) files can be imported.");
    }

    @Test
    void sellers_are_denied() {
        login(s.am1());
        assertThatThrownBy(() -> UI.getCurrent().navigate("customers/import"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
