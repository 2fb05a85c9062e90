package no.kundeloft.customer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kundeloft.ScenarioTest;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.ImportRefusedException;
import no.kundeloft.importing.SpreadsheetReader;
import no.kundeloft.importing.Table;
import no.kundeloft.organisation.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

class CustomerImportServiceTest extends ScenarioTest {

    @Autowired CustomerImportService imports;
    @Autowired CustomerService customers;
    @Autowired CustomerRepository customerRepository;

    private static Table table(String name) throws IOException {
        try (InputStream in =
                CustomerImportServiceTest.class.getResourceAsStream("/import/" + name)) {
            return SpreadsheetReader.read(name, in.readAllBytes());
        }
    }

    private int importFile(String name, Long defaultOwnerId) throws IOException {
        Table table = table(name);
        return imports.importAll(
                table,
                ImportColumn.match(table.headers()),
                CustomerImportOptions.owner(defaultOwnerId),
                written -> {});
    }

    @Test
    void a_semicolon_file_is_imported_with_contacts_for_the_chosen_owner() throws IOException {
        signIn.as(s.lead1());
        assertThat(importFile("customers-semicolon-utf8-bom.csv", s.am2().getId())).isEqualTo(2);
        signIn.as(s.am2());
        var names =
                customers
                        .list(CustomerFilter.none(), PageRequest.of(0, 10, Sort.by("name")))
                        .map(CustomerListItem::name);
        assertThat(names)
                .containsExactly("Søndre Båt & Motor AS", "Tinde Elektro AS", "Ærlig Økonomi AS");
        CustomerListItem aerlig =
                customers
                        .list(CustomerFilter.text("Ærlig"), PageRequest.of(0, 1))
                        .getContent()
                        .getFirst();
        CustomerDetails details = customers.get(aerlig.id());
        assertThat(details.orgNumber()).isEqualTo("912345688");
        assertThat(details.street()).isEqualTo("Storgata 1\nInngang B");
        assertThat(details.sector()).isEqualTo(Sector.PRIVATE);
        assertThat(details.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(details.contacts())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.fullName()).isEqualTo("Åse Bø");
                            assertThat(c.primary()).isTrue();
                        });
        assertThat(details.ownership())
                .singleElement()
                .satisfies(p -> assertThat(p.ownerName()).isEqualTo("am2 Testesen"));
    }

    @Test
    void owners_come_from_the_owner_column() throws IOException {
        signIn.as(s.lead1());
        assertThat(importFile("customers-comma-windows1252.csv", null)).isEqualTo(2);
        signIn.as(s.am2());
        assertThat(customers.count(CustomerFilter.text("Nordlys Kafé"))).isEqualTo(1);
    }

    @Test
    void an_excel_file_with_sectors_and_dates_is_imported() throws IOException {
        signIn.as(s.lead1());
        assertThat(importFile("customers-from-spreadsheet.xlsx", null)).isEqualTo(2);
        signIn.as(s.am2());
        CustomerListItem bergen =
                customers
                        .list(CustomerFilter.text("Bergen kommune"), PageRequest.of(0, 1))
                        .getContent()
                        .getFirst();
        CustomerDetails details = customers.get(bergen.id());
        assertThat(details.sector()).isEqualTo(Sector.PUBLIC);
        assertThat(details.customerSince()).hasToString("2026-03-15");
    }

    @Test
    void every_problem_is_named_by_line_and_nothing_is_written() throws IOException {
        signIn.as(s.lead1());
        Table table = table("customers-with-problems.csv");
        ImportPreview preview =
                imports.check(
                        table,
                        ImportColumn.match(table.headers()),
                        CustomerImportOptions.owner(null));
        assertThat(preview.canImport()).isFalse();
        Map<Integer, List<String>> problems =
                preview.rows().stream()
                        .collect(
                                Collectors.toMap(
                                        ImportRowResult::line,
                                        r ->
                                                r.problems().stream()
                                                        .map(Problem::messageKey)
                                                        .toList()));
        assertThat(problems)
                .containsEntry(2, List.of("import.problem.name"))
                .containsEntry(3, List.of("import.problem.orgNumber"))
                .containsEntry(4, List.of())
                .containsEntry(5, List.of("import.problem.twice"))
                .containsEntry(6, List.of("import.problem.email", "import.problem.owner"))
                .containsEntry(7, List.of());
        assertThat(preview.rows().get(5).action()).isEqualTo(ImportRowResult.Action.EXISTS);
        long before = customerRepository.count();
        assertThatThrownBy(
                        () ->
                                imports.importAll(
                                        table,
                                        ImportColumn.match(table.headers()),
                                        CustomerImportOptions.owner(null),
                                        written -> {}))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(customerRepository.count()).isEqualTo(before);
    }

    @Test
    void a_file_without_a_name_column_is_refused_as_a_whole() {
        signIn.as(s.lead1());
        Table table =
                SpreadsheetReader.read(
                        "x.csv", "Telefon;Poststed\n+47 22 00 00 00;Oslo\n".getBytes(UTF_8));
        ImportPreview preview =
                imports.check(
                        table,
                        ImportColumn.match(table.headers()),
                        CustomerImportOptions.owner(s.am2().getId()));
        assertThat(preview.fileProblems())
                .extracting(Problem::messageKey)
                .containsExactly("import.problem.noNameColumn");
        assertThat(preview.canImport()).isFalse();
    }

    @Test
    void
            a_value_longer_than_its_field_is_a_problem_in_the_preview_naming_the_column_and_nothing_is_written() {
        signIn.as(s.lead1());
        String csv =
                "Navn;Poststed;Kontaktperson;Postnr\nLang By AS;"
                        + "x".repeat(150)
                        + ";"
                        + "K".repeat(121)
                        + ";0150\n";
        Table table = SpreadsheetReader.read("x.csv", csv.getBytes(UTF_8));
        ImportPreview preview =
                imports.check(
                        table,
                        ImportColumn.match(table.headers()),
                        CustomerImportOptions.owner(s.am2().getId()));
        assertThat(preview.rows().getFirst().problems())
                .containsExactlyInAnyOrder(
                        new Problem("import.problem.tooLong", "Poststed", 100),
                        new Problem("import.problem.tooLong", "Kontaktperson", 120));
        assertThat(preview.canImport()).isFalse();
        long before = customerRepository.count();
        assertThatThrownBy(
                        () ->
                                imports.importAll(
                                        table,
                                        ImportColumn.match(table.headers()),
                                        CustomerImportOptions.owner(s.am2().getId()),
                                        n -> {}))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(customerRepository.count()).isEqualTo(before);
    }

    @Test
    void key_customers_may_only_go_to_key_account_managers() {
        signIn.as(s.lead1());
        Table table =
                SpreadsheetReader.read(
                        "x.csv", "Navn;Kundetype\nStor Kunde ASA;nøkkelkunde\n".getBytes(UTF_8));
        ImportPreview toAm =
                imports.check(
                        table,
                        ImportColumn.match(table.headers()),
                        CustomerImportOptions.owner(s.am2().getId()));
        assertThat(toAm.rows().getFirst().problems())
                .extracting(Problem::messageKey)
                .containsExactly("import.problem.keyOnlyToKam");
        ImportPreview toKam =
                imports.check(
                        table,
                        ImportColumn.match(table.headers()),
                        CustomerImportOptions.owner(s.kam1().getId()));
        assertThat(toKam.canImport()).isTrue();
    }

    @Test
    void the_owners_limit_is_checked_for_the_whole_file() {
        signIn.as(s.lead1());
        StringBuilder csv = new StringBuilder("Navn\n");
        for (int i = 0; i < 200; i++) {
            csv.append("Kunde ").append(i).append(" AS\n");
        }
        Table table = SpreadsheetReader.read("x.csv", csv.toString().getBytes(UTF_8));
        ImportPreview preview =
                imports.check(
                        table,
                        ImportColumn.match(table.headers()),
                        CustomerImportOptions.owner(s.am2().getId()));
        assertThat(preview.owners())
                .singleElement()
                .satisfies(
                        load -> {
                            assertThat(load.after()).isEqualTo(201);
                            assertThat(load.withinLimit()).isFalse();
                        });
        assertThat(preview.canImport()).isFalse();
    }

    @Test
    void owners_outside_the_leaders_team_are_unknown() {
        signIn.as(s.lead1());
        Table table = SpreadsheetReader.read("x.csv", "Navn;Eier\nA AS;am3\n".getBytes(UTF_8));
        assertThat(
                        imports.check(
                                        table,
                                        ImportColumn.match(table.headers()),
                                        CustomerImportOptions.owner(null))
                                .rows()
                                .getFirst()
                                .problems())
                .extracting(Problem::messageKey)
                .containsExactly("import.problem.owner");
    }

    @Test
    void sellers_cannot_import() {
        signIn.as(s.am1());
        Table table = SpreadsheetReader.read("x.csv", "Navn\nA AS\n".getBytes(UTF_8));
        assertThatThrownBy(
                        () ->
                                imports.check(
                                        table,
                                        ImportColumn.match(table.headers()),
                                        CustomerImportOptions.owner(null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
