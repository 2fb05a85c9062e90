package no.kundeloft.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemFileTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void a_csv_is_given_back_in_its_own_separator_and_encoding_with_a_column_of_problems()
            throws IOException {
        Table table =
                SpreadsheetReader.read(
                        "kunder.csv",
                        "Navn,Telefon\nÆrlig AS,'+47 22 00 00 00\nBø AS,abc\n"
                                .getBytes(WINDOWS_1252));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemFile.write(table, "Problemer", Map.of(3, "abc er ikke et telefonnummer."), out);

        String written = out.toString(WINDOWS_1252);
        assertThat(written)
                .isEqualTo(
                        "Navn,Telefon,Problemer\r\n"
                                + "Ærlig AS,'+47 22 00 00 00,\r\n"
                                + "Bø AS,abc,abc er ikke et telefonnummer.\r\n");
        Table again = SpreadsheetReader.read("kunder-problemer.csv", out.toByteArray());
        assertThat(again.rows().getFirst().cell(1)).isEqualTo("+47 22 00 00 00");
        assertThat(ProblemFile.name("kunder.csv", table, "problemer"))
                .isEqualTo("kunder-problemer.csv");
    }

    @Test
    void an_excel_file_is_given_back_as_excel() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        SpreadsheetWriter.xlsx(
                java.util.List.of("Navn", "Postnummer"),
                "Ark",
                xlsx,
                sink -> sink.row(java.util.List.of("Bø AS", "0150")));
        Table table = SpreadsheetReader.read("kunder.xlsx", xlsx.toByteArray());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemFile.write(table, "Problems", Map.of(2, "No owner."), out);

        Table again = SpreadsheetReader.read("kunder-problems.xlsx", out.toByteArray());
        assertThat(again.headers()).containsExactly("Navn", "Postnummer", "Problems");
        assertThat(again.rows().getFirst().cells()).containsExactly("Bø AS", "0150", "No owner.");
        assertThat(ProblemFile.name("kunder.xlsx", table, "problems"))
                .isEqualTo("kunder-problems.xlsx");
    }
}
