package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.kundeloft.ScenarioTest;
import no.kundeloft.importing.SpreadsheetReader;
import no.kundeloft.importing.Table;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerExportServiceTest extends ScenarioTest {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    @Autowired CustomerExportService exports;
    @Autowired CustomerImportService imports;
    @Autowired CustomerRepository customerRepository;

    private byte[] export(CustomerFilter filter, CustomerExportService.Format format, Locale locale)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(filter, format, locale, out);
        return out.toByteArray();
    }

    @Test
    void a_csv_export_holds_the_filtered_customers_in_scope_only_in_the_users_words()
            throws IOException {
        signIn.as(s.am1());
        byte[] csv = export(CustomerFilter.none(), CustomerExportService.Format.CSV, NORWEGIAN);
        assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1))
                .isEqualTo("\u00EF\u00BB\u00BF");
        Table table = SpreadsheetReader.read("kunder.csv", csv);
        assertThat(table.headers()).isEqualTo(CustomerExportService.NORWEGIAN_HEADERS);
        assertThat(table.rows())
                .extracting(row -> row.cell(0))
                .containsExactly("Fjordkraft Bygg AS", "Havbris Transport AS");
        Table.Row first = table.rows().getFirst();
        assertThat(first.cell(4)).isEqualTo("Norge");
        assertThat(first.cell(11)).isIn("Aktiv", "Prospekt", "Tapt");
        assertThat(first.cell(13)).isEqualTo(s.am1().getFullName());
        assertThat(first.cell(15)).isEqualTo("NO");
        assertThat(first.cell(16)).isEqualTo("am1");
        signIn.as(s.lead1());
        Table filtered =
                SpreadsheetReader.read(
                        "kunder.csv",
                        export(
                                CustomerFilter.text("elektro"),
                                CustomerExportService.Format.CSV,
                                Locale.ENGLISH));
        assertThat(filtered.headers()).isEqualTo(CustomerExportService.ENGLISH_HEADERS);
        assertThat(filtered.rows())
                .extracting(row -> row.cell(0))
                .containsExactly("Tinde Elektro AS");
        assertThat(filtered.rows().getFirst().cell(4)).isEqualTo("Norway");
    }

    @Test
    void an_excel_export_keeps_numbers_as_text_dates_as_dates_and_reads_back_as_an_import()
            throws IOException {
        signIn.as(s.lead1());
        byte[] xlsx = export(CustomerFilter.none(), CustomerExportService.Format.XLSX, NORWEGIAN);
        Table table = SpreadsheetReader.read("kunder.xlsx", xlsx);
        assertThat(table.rows()).hasSize(4);
        assertThat(ImportColumn.match(table.headers()).values())
                .containsExactlyInAnyOrder(
                        ImportColumn.NAME,
                        ImportColumn.ORG_NUMBER,
                        ImportColumn.SECTOR,
                        ImportColumn.INDUSTRY,
                        ImportColumn.COUNTRY,
                        ImportColumn.STREET,
                        ImportColumn.POSTAL_CODE,
                        ImportColumn.CITY,
                        ImportColumn.EMAIL,
                        ImportColumn.PHONE,
                        ImportColumn.WEBSITE,
                        ImportColumn.STATUS,
                        ImportColumn.TIER,
                        ImportColumn.OWNER,
                        ImportColumn.CUSTOMER_SINCE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            boolean sawDate = false;
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Cell orgNumber = row.getCell(1);
                if (orgNumber != null) {
                    assertThat(orgNumber.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(orgNumber.getCellStyle().getDataFormatString()).isEqualTo("@");
                }
                Cell since = row.getCell(14);
                if (since != null) {
                    assertThat(DateUtil.isCellDateFormatted(since)).isTrue();
                    sawDate = true;
                }
            }
            assertThat(sawDate).as("some customer has a customer-since date").isTrue();
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(14) / 2);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(256 * 12);
        }
    }

    @Test
    void an_export_imported_again_changes_nothing() throws IOException {
        signIn.as(s.lead1());
        long before = customerRepository.count();
        for (CustomerExportService.Format format : CustomerExportService.Format.values()) {
            String name = "kunder." + format.name().toLowerCase(Locale.ROOT);
            Table table =
                    SpreadsheetReader.read(name, export(CustomerFilter.none(), format, NORWEGIAN));
            ImportPreview again =
                    imports.check(
                            table,
                            ImportColumn.match(table.headers()),
                            CustomerImportOptions.owner(null)
                                    .existing(CustomerImportOptions.Existing.UPDATE));
            assertThat(again.rowsWithProblems()).as(format.name()).isZero();
            assertThat(again.count(ImportRowResult.Action.UNCHANGED))
                    .as(format.name())
                    .isEqualTo(table.rows().size());
        }
        assertThat(customerRepository.count()).isEqualTo(before);
    }
}
