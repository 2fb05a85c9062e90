package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import no.kundeloft.ScenarioTest;
import no.kundeloft.importing.SpreadsheetReader;
import no.kundeloft.importing.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerExportServiceTest extends ScenarioTest {

    @Autowired CustomerExportService exports;

    private byte[] export(CustomerFilter filter, CustomerExportService.Format format)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(filter, format, out);
        return out.toByteArray();
    }

    @Test
    void a_csv_export_holds_the_filtered_customers_in_scope_only() throws IOException {
        signIn.as(s.am1());
        byte[] csv = export(CustomerFilter.none(), CustomerExportService.Format.CSV);
        assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1))
                .isEqualTo("\u00EF\u00BB\u00BF");
        Table table = SpreadsheetReader.read("kunder.csv", csv);
        assertThat(table.rows())
                .extracting(row -> row.cell(0))
                .containsExactly("Fjordkraft Bygg AS", "Havbris Transport AS");
        assertThat(table.rows().getFirst().cell(13)).isEqualTo("am1");
        signIn.as(s.lead1());
        Table filtered =
                SpreadsheetReader.read(
                        "kunder.csv",
                        export(CustomerFilter.text("elektro"), CustomerExportService.Format.CSV));
        assertThat(filtered.rows())
                .extracting(row -> row.cell(0))
                .containsExactly("Tinde Elektro AS");
    }

    @Test
    void an_excel_export_reads_back_with_the_import_headers() throws IOException {
        signIn.as(s.lead1());
        Table table =
                SpreadsheetReader.read(
                        "kunder.xlsx",
                        export(CustomerFilter.none(), CustomerExportService.Format.XLSX));
        assertThat(table.rows()).hasSize(4);
        assertThat(ImportColumn.match(table.headers()))
                .hasSize(CustomerExportService.HEADERS.size());
    }
}
