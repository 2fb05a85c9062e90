package no.kundeloft.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import no.kundeloft.CommittedScenarioTest;
import no.kundeloft.importing.SpreadsheetReader;
import no.kundeloft.importing.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Measures a 10,000-row import (read, check, write and commit) and prints the figures. Runs only
 * when asked: {@code ./mvnw test -Dtest=CustomerImportBenchmarkTest -Dbenchmark=true}; it asserts
 * the outcome, never the time.
 */
@EnabledIfSystemProperty(
        named = "benchmark",
        matches = "true",
        disabledReason = "benchmark: run with -Dbenchmark=true")
@TestPropertySource(properties = "kundeloft.portfolio.account-manager.max=100000")
class CustomerImportBenchmarkTest extends CommittedScenarioTest {

    private static final int ROWS = 10_000;

    @Autowired CustomerImportService imports;
    @Autowired CustomerRepository customers;

    @Test
    void import_ten_thousand_rows() {
        byte[] file = generatedFile();
        signIn.as(s.lead1());

        long start = System.nanoTime();
        Table table = SpreadsheetReader.read("kunder.csv", file);
        long read = System.nanoTime();
        var mapping = ImportColumn.match(table.headers());
        ImportPreview preview =
                imports.check(table, mapping, CustomerImportOptions.owner(s.am2().getId()));
        long checked = System.nanoTime();
        int imported =
                imports.importAll(
                        table,
                        mapping,
                        CustomerImportOptions.owner(s.am2().getId()),
                        written -> {});
        long done = System.nanoTime();

        assertThat(preview.canImport()).isTrue();
        assertThat(imported).isEqualTo(ROWS);
        assertThat(customers.count()).isEqualTo(ROWS + 7);
        double seconds = (done - start) / 1e9;
        System.out.printf(
                "BENCHMARK customer import of %,d rows (%,d bytes): read %d ms, check %d ms, check+write+commit %d ms; total %.1f s = %,.0f rows/s%n",
                ROWS,
                file.length,
                (read - start) / 1_000_000,
                (checked - read) / 1_000_000,
                (done - checked) / 1_000_000,
                seconds,
                ROWS / seconds);
    }

    private static byte[] generatedFile() {
        StringBuilder csv =
                new StringBuilder(
                        "Kundenavn;Organisasjonsnummer;Bransje;Adresse;Postnummer;Poststed;E-post;Telefon;Kontaktperson;Stilling\n");
        int number = 80_000_000;
        for (int i = 0; i < ROWS; i++) {
            Integer check;
            String digits;
            do {
                digits = String.valueOf(number++);
                check = OrganisationNumber.checkDigit(digits);
            } while (check == null);
            csv.append("Kunde ")
                    .append(i)
                    .append(" AS;")
                    .append(digits)
                    .append(check)
                    .append(";Handel;Storgata ")
                    .append(i % 200)
                    .append(";0150;Oslo;post")
                    .append(i)
                    .append("@kunde.no;+47 22 00 ")
                    .append(String.format("%02d %03d", i % 100, i % 1000))
                    .append(";Kari Nordmann;Innkjøpssjef\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
