package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import no.kundeloft.ScenarioTest;
import no.kundeloft.importing.SpreadsheetReader;
import no.kundeloft.importing.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A list as public registers export it (Windows-1252, semicolons, Norwegian headers, "Land" =
 * "Norge", 547 rows) imported by a sales manager without changing a column, spread over the
 * department's account managers; the same list with ten new phone numbers; and an export changed
 * and imported again.
 */
class CustomerImportRoundTripTest extends ScenarioTest {

    private static final int ROWS = 547;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Autowired CustomerImportService imports;
    @Autowired CustomerExportService exports;
    @Autowired CustomerRepository customers;

    private static String registerList(int changedPhones) {
        StringBuilder csv =
                new StringBuilder(
                        "Navn;Organisasjonsnummer;Sektor;Land;Adresse;Postnummer;Poststed;Telefon\r\n");
        int written = 0;
        for (int base = 81_000_000; written < ROWS; base++) {
            Integer check = OrganisationNumber.checkDigit(Integer.toString(base));
            if (check == null) {
                continue;
            }
            String phone =
                    written < changedPhones
                            ? "+47 99 00 " + (1000 + written)
                            : "+47 22 00 " + (1000 + written);
            csv.append("Kommune nr. ")
                    .append(written + 1)
                    .append(written % 3 == 0 ? " Øvre Årdal" : " Bærum")
                    .append(';')
                    .append(base)
                    .append(check)
                    .append(";Offentlig;Norge;Rådhusgata ")
                    .append(written % 40 + 1)
                    .append(';')
                    .append(String.format("%04d", 150 + written * 17 % 9000))
                    .append(";Sted;")
                    .append(phone)
                    .append("\r\n");
            written++;
        }
        return csv.toString();
    }

    private static Table read(String name, byte[] content) {
        return SpreadsheetReader.read(name, content);
    }

    private CustomerImportOptions spreadOverTheDepartment(CustomerImportOptions.Existing existing) {
        return new CustomerImportOptions(
                null,
                List.of(s.am1().getId(), s.am2().getId(), s.am3().getId()),
                CustomerImportOptions.Spread.ROUND_ROBIN,
                existing);
    }

    @Test
    void
            a_register_list_is_spread_over_the_department_and_a_changed_copy_updates_only_what_changed()
                    throws IOException {
        signIn.as(s.mgrA());
        long before = customers.count();
        Table list = read("register.csv", registerList(0).getBytes(WINDOWS_1252));
        assertThat(list.format().charset()).isEqualTo(WINDOWS_1252);
        Map<Integer, ImportColumn> mapping = ImportColumn.match(list.headers());
        assertThat(mapping).containsValue(ImportColumn.COUNTRY).hasSize(8);

        ImportPreview first =
                imports.check(
                        list,
                        mapping,
                        spreadOverTheDepartment(CustomerImportOptions.Existing.SKIP));
        assertThat(first.rowsWithProblems()).isZero();
        assertThat(first.owners())
                .extracting(ReceiverLoad::incoming)
                .containsExactlyInAnyOrder(183L, 182L, 182L);
        assertThat(first.owners()).allMatch(ReceiverLoad::withinLimit);
        assertThat(
                        imports.importAll(
                                list,
                                mapping,
                                spreadOverTheDepartment(CustomerImportOptions.Existing.SKIP),
                                n -> {}))
                .isEqualTo(ROWS);
        assertThat(customers.count()).isEqualTo(before + ROWS);
        assertThat(customers.findByOrgNumbers(List.of(list.rows().getFirst().cell(1))))
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.getCountry()).isEqualTo("NO");
                            assertThat(c.getName()).isEqualTo("Kommune nr. 1 Øvre Årdal");
                        });

        Table again = read("register.csv", registerList(10).getBytes(WINDOWS_1252));
        ImportPreview skipped =
                imports.check(
                        again,
                        mapping,
                        spreadOverTheDepartment(CustomerImportOptions.Existing.SKIP));
        assertThat(skipped.skipped()).isEqualTo(ROWS);
        assertThat(skipped.canImport()).isFalse();
        ImportPreview updates =
                imports.check(
                        again,
                        mapping,
                        spreadOverTheDepartment(CustomerImportOptions.Existing.UPDATE));
        assertThat(updates.count(ImportRowResult.Action.UPDATE)).isEqualTo(10);
        assertThat(updates.count(ImportRowResult.Action.UNCHANGED)).isEqualTo(ROWS - 10);
        assertThat(updates.count(ImportRowResult.Action.NEW)).isZero();
        assertThat(updates.rows().getFirst().changes())
                .singleElement()
                .satisfies(c -> assertThat(c.column()).isEqualTo(ImportColumn.PHONE));
        assertThat(
                        imports.importAll(
                                again,
                                mapping,
                                spreadOverTheDepartment(CustomerImportOptions.Existing.UPDATE),
                                n -> {}))
                .isEqualTo(10);
        assertThat(customers.count()).isEqualTo(before + ROWS);
        System.out.printf(
                "register list: %d rows imported (%s); again with 10 new phones: %d updated, %d"
                        + " skipped%n",
                ROWS,
                first.owners().stream().map(o -> o.receiverName() + " +" + o.incoming()).toList(),
                updates.count(ImportRowResult.Action.UPDATE),
                updates.skipped());
    }

    @Test
    void an_export_changed_in_a_spreadsheet_and_imported_again_updates_the_changed_rows()
            throws IOException {
        signIn.as(s.mgrA());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(
                CustomerFilter.none(),
                CustomerExportService.Format.CSV,
                java.util.Locale.forLanguageTag("nb-NO"),
                out);
        Table exported = read("kunder.csv", out.toByteArray());
        String changed =
                out.toString(java.nio.charset.StandardCharsets.UTF_8)
                        .replace("Havbris Transport AS", "Havbris Transport og Logistikk AS");
        Table edited =
                read("kunder.csv", changed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ImportPreview preview =
                imports.check(
                        edited,
                        ImportColumn.match(edited.headers()),
                        CustomerImportOptions.owner(null)
                                .existing(CustomerImportOptions.Existing.UPDATE));
        assertThat(preview.rowsWithProblems()).isZero();
        assertThat(preview.count(ImportRowResult.Action.UPDATE)).isEqualTo(1);
        assertThat(preview.count(ImportRowResult.Action.UNCHANGED))
                .isEqualTo(exported.rows().size() - 1);
        System.out.printf(
                "export round trip: %d rows exported, 1 name changed: %d updated, %d skipped, %d"
                        + " new%n",
                exported.rows().size(),
                preview.count(ImportRowResult.Action.UPDATE),
                preview.skipped(),
                preview.count(ImportRowResult.Action.NEW));
    }
}
