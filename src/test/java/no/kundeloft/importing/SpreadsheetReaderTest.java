package no.kundeloft.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetReaderTest {

    static byte[] file(String name) throws IOException {
        try (InputStream in = SpreadsheetReaderTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void reads_semicolons_in_utf8_with_bom_and_quoted_line_breaks() throws IOException {
        Table table =
                SpreadsheetReader.read(
                        "customers-semicolon-utf8-bom.csv",
                        file("customers-semicolon-utf8-bom.csv"));
        assertThat(table.headers()).startsWith("Kundenavn", "Org.nr", "Bransje", "Adresse");
        assertThat(table.rows()).hasSize(2);
        Table.Row first = table.rows().getFirst();
        assertThat(first.cell(0)).isEqualTo("Ærlig Økonomi AS");
        assertThat(first.cell(3)).isEqualTo("Storgata 1\nInngang B");
        assertThat(first.cell(8)).isEqualTo("Åse Bø");
        assertThat(table.rows().get(1).line()).isEqualTo(3);
        assertThat(table.rows().get(1).cell(8)).isEqualTo("Lien, Kjell");
    }

    @Test
    void reads_commas_in_windows_1252() throws IOException {
        Table table = SpreadsheetReader.read("Kunder.CSV", file("customers-comma-windows1252.csv"));
        assertThat(table.headers())
                .containsExactly(
                        "Name", "Organisation number", "Industry", "City", "Email", "Owner");
        assertThat(table.rows())
                .extracting(row -> row.cell(0))
                .containsExactly("Fjellstue Æventyr AS", "Nordlys Kafé, Tromsø");
        assertThat(table.rows().get(1).cell(3)).isEqualTo("Tromsø");
    }

    @Test
    void reads_an_xlsx_made_by_a_spreadsheet_program_with_dates_as_iso() throws IOException {
        Table table =
                SpreadsheetReader.read(
                        "customers-from-spreadsheet.xlsx", file("customers-from-spreadsheet.xlsx"));
        assertThat(table.headers())
                .containsExactly(
                        "Kundenavn",
                        "Organisasjonsnummer",
                        "Sektor",
                        "Poststed",
                        "Kunde siden",
                        "Eier",
                        "Kundetype");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().getFirst().cell(0)).isEqualTo("Vestkyst Fisk AS");
        assertThat(table.rows().getFirst().cell(1)).isEqualTo("912345750");
        assertThat(table.rows().getFirst().cell(3)).isEqualTo("Ålesund");
        assertThat(table.rows().getFirst().cell(4)).isEqualTo("2021-04-01");
        assertThat(table.rows().get(1).cell(4)).isIn("2026-03-15", "15.03.2026");
    }

    @Test
    void blank_rows_are_skipped_and_short_rows_read_as_empty() {
        byte[] csv = "Navn;Telefon\nA AS;1\n;\nB AS\n".getBytes(StandardCharsets.UTF_8);
        Table table = SpreadsheetReader.read("x.csv", csv);
        assertThat(table.rows()).extracting(row -> row.cell(0)).containsExactly("A AS", "B AS");
        assertThat(table.rows().get(1).cell(1)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "customers-semicolon-utf8-bom.csv",
                "customers-comma-windows1252.csv",
                "customers-from-spreadsheet.xlsx"
            })
    void a_file_on_disk_reads_exactly_as_the_same_bytes(String name) throws IOException {
        Path onDisk = Files.createTempFile("reader-", name);
        try {
            Files.write(onDisk, file(name));
            Table fromDisk = SpreadsheetReader.read(name, onDisk);
            Table fromBytes = SpreadsheetReader.read(name, file(name));
            assertThat(fromDisk.headers()).isEqualTo(fromBytes.headers()).isNotEmpty();
            assertThat(fromDisk.rows()).isEqualTo(fromBytes.rows()).isNotEmpty();
        } finally {
            Files.deleteIfExists(onDisk);
        }
    }

    @Test
    void a_broken_workbook_on_disk_is_refused_with_a_reason() throws IOException {
        Path onDisk = Files.createTempFile("reader-", ".xlsx");
        try {
            Files.writeString(onDisk, "not a workbook");
            assertThatThrownBy(() -> SpreadsheetReader.read("kunder.xlsx", onDisk))
                    .isInstanceOfSatisfying(
                            UnreadableFileException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("import.file.excel"));
        } finally {
            Files.deleteIfExists(onDisk);
        }
    }

    @Test
    void other_files_are_refused_with_a_reason() {
        assertThatThrownBy(() -> SpreadsheetReader.read("kunder.pdf", new byte[] {1}))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.type"));
        assertThatThrownBy(
                        () ->
                                SpreadsheetReader.read(
                                        "kunder.xlsx",
                                        "not a workbook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.excel"));
        assertThatThrownBy(() -> SpreadsheetReader.read("kunder.csv", new byte[0]))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.file.empty"));
    }
}
