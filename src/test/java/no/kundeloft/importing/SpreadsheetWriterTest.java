package no.kundeloft.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetWriterTest {

    @Test
    void
            text_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text_and_numbers_stay_numbers()
                    throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetWriter.csv(
                List.of("Name", "Phone", "Amount"),
                out,
                sink -> {
                    sink.row(
                            List.of(
                                    "=HYPERLINK(\"http://evil.example\",\"Klikk\")",
                                    "+47 912 34 567",
                                    new BigDecimal("-200")));
                    sink.row(List.of("@SUM(A1)", "-1+1", "Fjord AS"));
                    sink.row(List.of("\tTab", "", "Ordinary = name"));
                });
        String csv = out.toString(StandardCharsets.UTF_8).substring(1);
        assertThat(csv.lines())
                .containsExactly(
                        "Name;Phone;Amount",
                        "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Klikk\"\")\";'+47 912 34 567;-200",
                        "'@SUM(A1);'-1+1;Fjord AS",
                        "'\tTab;;Ordinary = name");
    }
}
