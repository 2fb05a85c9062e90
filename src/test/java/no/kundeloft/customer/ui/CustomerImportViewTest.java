package no.kundeloft.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import no.kundeloft.KaribuTest;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerImportOptions;
import no.kundeloft.customer.CustomerImportService;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.ImportColumn;
import no.kundeloft.customer.ImportRowResult;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.EmployeeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerImportViewTest extends KaribuTest {

    @Autowired CustomerService customers;
    @Autowired EmployeeRepository employees;

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

    private static CustomerImportService.Receiver receiver(
            MultiSelectComboBox<CustomerImportService.Receiver> box, String name) {
        return box.getListDataView()
                .getItems()
                .filter(r -> r.owner().fullName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static void chooseOwner(CustomerImportView view, String name) {
        view.defaultOwner.setValue(
                view.defaultOwner
                        .getListDataView()
                        .getItems()
                        .filter(o -> o.owner().fullName().equals(name))
                        .findFirst()
                        .orElseThrow());
    }

    private static String summary() {
        return _get(Span.class, spec -> spec.withId("import-summary")).getText();
    }

    private static String counts() {
        return _get(Span.class, spec -> spec.withId("import-counts")).getText();
    }

    private static Button importButton() {
        return _get(Button.class, spec -> spec.withId("import-button"));
    }

    @Test
    void columns_are_matched_by_their_norwegian_headers() throws IOException {
        CustomerImportView view = open();
        view.frame.fileReceived("kunder.csv", uploaded(file("customers-semicolon-utf8-bom.csv")));
        assertThat(view.frame.columnChoices().choice(0).getValue()).isEqualTo(ImportColumn.NAME);
        assertThat(view.frame.columnChoices().choice(1).getValue())
                .isEqualTo(ImportColumn.ORG_NUMBER);
        assertThat(view.frame.columnChoices().choice(8).getValue())
                .isEqualTo(ImportColumn.CONTACT_NAME);
        assertThat(view.frame.columnChoices().choice(9).getValue()).isEqualTo(ImportColumn.TIER);
    }

    @Test
    void the_owner_list_shows_each_sellers_portfolio_and_limit() {
        CustomerImportView view = open();
        assertThat(
                        view.defaultOwner
                                .getItemLabelGenerator()
                                .apply(
                                        view.defaultOwner
                                                .getListDataView()
                                                .getItems()
                                                .filter(
                                                        r ->
                                                                r.owner()
                                                                        .fullName()
                                                                        .equals("am2 Testesen"))
                                                .findFirst()
                                                .orElseThrow()))
                .isEqualTo("am2 Testesen – Account Manager, T1 · 1 of 200 customers");
    }

    @Test
    void a_file_without_an_owner_for_its_rows_says_why_it_cannot_be_imported() throws IOException {
        open().frame.fileReceived("kunder.csv", uploaded(file("customers-semicolon-utf8-bom.csv")));
        assertThat(importButton().isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("import-why")).getText())
                .startsWith("2 rows have problems: correct them in the file");
    }

    @Test
    void a_checked_file_is_imported_for_the_chosen_owner() throws IOException {
        CustomerImportView view = open();
        view.frame.fileReceived("kunder.csv", uploaded(file("customers-semicolon-utf8-bom.csv")));
        chooseOwner(view, "am2 Testesen");
        assertThat(summary()).isEqualTo("2 rows, 0 with problems.");
        assertThat(counts()).isEqualTo("2 new, 0 to update, 0 skipped, 0 with problems.");
        assertThat(importButton().isEnabled()).isTrue();
        assertThat(importButton().getText()).isEqualTo("Import: 2 new, 0 updated");
        _click(importButton());
        NotificationsKt.expectNotifications("2 customers imported or updated.");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomerListView.class);
        assertThat(customers.count(CustomerFilter.text("Ærlig Økonomi"))).isEqualTo(1);
    }

    @Test
    void an_import_refused_at_the_last_moment_says_nothing_was_imported_and_shows_why()
            throws IOException {
        CustomerImportView view = open();
        view.frame.fileReceived("kunder.csv", uploaded(file("customers-semicolon-utf8-bom.csv")));
        chooseOwner(view, "am2 Testesen");
        assertThat(importButton().isEnabled()).isTrue();
        Employee am2 = employees.findById(s.am2().getId()).orElseThrow();
        am2.setActive(false);
        employees.saveAndFlush(am2);

        _click(importButton());

        NotificationsKt.expectNotifications(
                "Nothing was imported: something changed since the check, and 2 rows now have"
                        + " problems. They are shown below.");
        assertThat(summary()).isEqualTo("2 rows, 2 with problems.");
        assertThat(importButton().isEnabled()).isFalse();
        assertThat(customers.count(CustomerFilter.text("Ærlig Økonomi"))).isZero();
    }

    @Test
    void rows_spread_over_sellers_show_how_many_each_gets_and_a_country_name_is_read()
            throws IOException {
        CustomerImportView view = open();
        view.frame.fileReceived(
                "kunder.csv",
                uploaded(
                        "Navn;Postnummer;Land\nA AS;0150;Norge\nB AS;5003;Norway\nC AS;0151;NO\n"
                                .getBytes(StandardCharsets.UTF_8)));
        view.ownerChoice.setValue(CustomerImportView.OwnerChoice.SPREAD);
        view.spreadOver.setValue(
                Set.of(
                        receiver(view.spreadOver, "am1 Testesen"),
                        receiver(view.spreadOver, "am2 Testesen")));
        view.spread.setValue(CustomerImportOptions.Spread.BY_POSTCODE);
        assertThat(summary()).isEqualTo("3 rows, 0 with problems.");
        assertThat(
                        _find(Span.class, spec -> spec.withClasses("handover-load")).stream()
                                .map(Span::getText))
                .containsExactlyInAnyOrder(
                        "am1 Testesen: 2 + 2 = 4 customers (limit 200)",
                        "am2 Testesen: 1 + 1 = 2 customers (limit 200)");
        @SuppressWarnings("unchecked")
        Grid<ImportRowResult> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
        assertThat(GridKt._getFormatted(rows, 0, "country")).isEqualTo("Norway");
        assertThat(GridKt._getFormatted(rows, 0, "owner")).isEqualTo("am1 Testesen");
        assertThat(GridKt._getFormatted(rows, 1, "owner")).isEqualTo("am2 Testesen");
        assertThat(GridKt._getFormatted(rows, 2, "owner")).isEqualTo("am1 Testesen");
    }

    @Test
    void an_updated_file_shows_each_change_and_updates_only_the_changed_rows() throws IOException {
        CustomerImportView view = open();
        chooseOwner(view, "am2 Testesen");
        view.frame.fileReceived("kunder.csv", uploaded(file("customers-semicolon-utf8-bom.csv")));
        _click(importButton());
        view = open();
        view.existing.setValue(CustomerImportOptions.Existing.UPDATE);
        String changed =
                new String(file("customers-semicolon-utf8-bom.csv"), StandardCharsets.UTF_8)
                        .replace("+47 22 33 44 55", "+47 99 88 77 66");
        view.frame.fileReceived("kunder.csv", uploaded(changed.getBytes(StandardCharsets.UTF_8)));
        assertThat(counts()).isEqualTo("0 new, 1 to update, 1 skipped, 0 with problems.");
        @SuppressWarnings("unchecked")
        Grid<ImportRowResult> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
        assertThat(GridKt._getFormatted(rows, 0, "action")).isEqualTo("Update");
        assertThat(GridKt._getFormatted(rows, 0, "changes"))
                .isEqualTo("Phone: +47 22 33 44 55 → +47 99 88 77 66");
        assertThat(GridKt._getFormatted(rows, 1, "action")).isEqualTo("Unchanged, skipped");
        _click(importButton());
        NotificationsKt.expectNotifications(
                "2 customers imported or updated.", "1 customers imported or updated.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void problems_are_listed_per_line_and_the_import_is_not_offered() throws IOException {
        CustomerImportView view = open();
        view.frame.fileReceived("kunder.csv", uploaded(file("customers-with-problems.csv")));
        assertThat(summary()).isEqualTo("6 rows, 4 with problems.");
        assertThat(importButton().isEnabled()).isFalse();
        assertThat(_get(Anchor.class, spec -> spec.withId("import-problem-file")).isVisible())
                .isTrue();
        Grid<ImportRowResult> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
        assertThat(GridKt._size(rows)).isEqualTo(4);
        assertThat(GridKt._getFormatted(rows, 0, "line")).isEqualTo("2");
        assertThat(GridKt._getFormatted(rows, 0, "problems")).isEqualTo("The name is missing.");
        assertThat(GridKt._getFormatted(rows, 1, "problems"))
                .isEqualTo("912345735 is not a valid Norwegian organisation number.");
        assertThat(GridKt._getFormatted(rows, 2, "problems"))
                .isEqualTo("Organisation number 912345742 is also on line 4.");
        assertThat(counts()).isEqualTo("1 new, 0 to update, 1 skipped, 4 with problems.");
    }

    @Test
    void an_unreadable_file_says_why() {
        CustomerImportView view = open();
        view.frame.fileReceived("kunder.pdf", uploaded(new byte[] {1, 2, 3}));
        assertThat(
                        _get(Div.class, spec -> spec.withId("import-mapping"))
                                .getElement()
                                .getTextRecursively())
                .isEqualTo("Only CSV (.csv) and Excel (.xlsx) files can be imported.");
    }

    @Test
    void sellers_are_denied() {
        login(s.am1());
        assertThatThrownBy(() -> UI.getCurrent().navigate("customers/import"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
