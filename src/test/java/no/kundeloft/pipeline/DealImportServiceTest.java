package no.kundeloft.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.SpreadsheetReader;
import no.kundeloft.importing.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

class DealImportServiceTest extends ScenarioTest {

    private static final YearMonth NEXT = YearMonth.from(TestClock.TODAY).plusMonths(1);

    @Autowired DealImportService imports;
    @Autowired DealExportService exports;
    @Autowired DealService deals;

    private static Table csv(String text) {
        return SpreadsheetReader.read("deals.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_file_in_the_exports_words_is_checked_and_imported_whole() {
        signIn.as(s.am1());
        Table table =
                csv(
                        """
                Organisasjonsnummer;Kunde;Tittel;Type;Årlig verdi;Engangsbeløp;Fase;Sannsynlighet;Lukkes;Eier
                923 609 016;;Skyplattform;Vekst;1 200 000;kr 50 000;Tilbud;;%s;
                ;Havbris Transport AS;Flere brukere;;250000,50;;negotiation;80 %%;mars %d;am1
                """
                                .formatted(NEXT, NEXT.getYear() + 1));

        DealImportPreview preview = imports.check(table, DealColumn.match(table.headers()));
        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.problems()).isEmpty());
        assertThat(preview.canImport()).isTrue();
        assertThat(imports.importAll(table, DealColumn.match(table.headers()))).isEqualTo(2);

        List<DealRow> imported = deals.list(DealFilter.open(), 0, 10, Sort.by("title"));
        assertThat(imported)
                .extracting(DealRow::title)
                .containsExactly("Flere brukere", "Skyplattform");
        assertThat(imported.get(0).probability()).isEqualTo(80);
        assertThat(imported.get(0).closeMonth()).isEqualTo(YearMonth.of(NEXT.getYear() + 1, 3));
        assertThat(imported.get(1).stage().code()).isEqualTo("PROPOSAL");
        assertThat(imported.get(1).probability()).isEqualTo(50);
        assertThat(imported.get(1).value()).isEqualByComparingTo("1250000");
    }

    @Test
    void every_bad_row_is_named_with_its_problem_and_nothing_is_imported() {
        signIn.as(s.am1());
        Table table =
                csv(
                        """
                Organisasjonsnummer;Tittel;Årlig verdi;Fase;Lukkes;Eier;Begrunnelse
                923609016;Good row;100000;;%s;;
                982463718;Not my customer;100000;;%s;;
                923609016;;-5;;%s;;
                923609016;Bad stage;abc;Pilot;2020-01;;
                923609016;Won without reason;100000;Won;%s;;
                923609016;Someone else's;100000;;%s;am3;
                """
                                .formatted(NEXT, NEXT, NEXT, NEXT, NEXT));

        DealImportPreview preview = imports.check(table, DealColumn.match(table.headers()));

        assertThat(preview.canImport()).isFalse();
        assertThat(preview.rows())
                .extracting(DealImportPreview.Row::line)
                .containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(preview.rows().get(1).problems())
                .containsExactly(new Problem("dealimport.problem.customer", "982463718"));
        assertThat(preview.rows().get(2).problems())
                .extracting(Problem::messageKey)
                .containsExactly("dealimport.problem.title", "dealimport.problem.negative");
        assertThat(preview.rows().get(3).problems())
                .extracting(Problem::messageKey)
                .containsExactly(
                        "dealimport.problem.number",
                        "dealimport.problem.stage",
                        "deal.refused.closeBeforeOpened");
        assertThat(preview.rows().get(4).problems())
                .containsExactly(new Problem("deal.refused.reason"));
        assertThat(preview.rows().get(5).problems())
                .containsExactly(
                        new Problem("dealimport.problem.owner", "am3", "Fjordkraft Bygg AS"));
        assertThatThrownBy(() -> imports.importAll(table, DealColumn.match(table.headers())))
                .isInstanceOf(no.kundeloft.importing.ImportRefusedException.class);
        assertThat(deals.count(DealFilter.open().withClosed(Boolean.FALSE))).isZero();
    }

    @Test
    void another_crms_export_is_recognised_and_a_column_can_be_chosen_by_hand() {
        signIn.as(s.am1());
        Table salesforce =
                csv(
                        """
                Opportunity Name,Account Name,Amount,Stage,Close Date,Opportunity Owner,Sannsynlighet i prosent
                Skyplattform,Fjordkraft Bygg AS,300000,Proposal,%s-15,am1 Testesen,35
                """
                                .formatted(NEXT));
        java.util.Map<Integer, DealColumn> proposed = DealColumn.match(salesforce.headers());
        assertThat(proposed)
                .containsExactlyInAnyOrderEntriesOf(
                        java.util.Map.of(
                                0,
                                DealColumn.TITLE,
                                1,
                                DealColumn.CUSTOMER,
                                2,
                                DealColumn.YEARLY_VALUE,
                                3,
                                DealColumn.STAGE,
                                4,
                                DealColumn.CLOSE_MONTH,
                                5,
                                DealColumn.OWNER));
        java.util.Map<Integer, DealColumn> chosen = new java.util.LinkedHashMap<>(proposed);
        chosen.put(6, DealColumn.PROBABILITY);
        assertThat(imports.importAll(salesforce, chosen)).isEqualTo(1);
        assertThat(deals.list(DealFilter.open(), 0, 1, Sort.unsorted()).getFirst().probability())
                .isEqualTo(35);
    }

    @Test
    void a_close_month_before_this_month_is_refused_like_in_the_dialog() {
        signIn.as(s.am1());
        Table late =
                csv(
                        """
                Organisasjonsnummer;Tittel;Årlig verdi;Lukkes
                923609016;Late;100000;%s
                """
                                .formatted(NEXT.minusMonths(2)));
        DealImportPreview preview = imports.check(late, DealColumn.match(late.headers()));
        assertThat(preview.rows().getFirst().problems())
                .containsExactly(new Problem("deal.refused.closeBeforeOpened"));
    }

    @Test
    void an_export_reads_back_as_an_import() throws Exception {
        signIn.as(s.am1());
        Table first =
                csv(
                        """
                Organisasjonsnummer;Tittel;Type;Årlig verdi;Fase;Lukkes;Konkurrent
                923609016;Skyplattform;Vekst;1200000;Forhandling;%s;Atea
                """
                                .formatted(NEXT));
        imports.importAll(first, DealColumn.match(first.headers()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(DealFilter.open(), DealExportService.Format.CSV, out);
        String exported = out.toString(StandardCharsets.UTF_8);
        assertThat(exported)
                .contains("Skyplattform", "Vekst", "Forhandling", "Atea", NEXT.toString());

        Table exportedTable = SpreadsheetReader.read("export.csv", out.toByteArray());
        DealImportPreview again =
                imports.check(exportedTable, DealColumn.match(exportedTable.headers()));
        assertThat(again.columns()).hasSize(DealColumn.values().length);
        assertThat(again.canImport()).isTrue();
        assertThat(again.rows().getFirst().stageName()).isEqualTo("Negotiation");
    }
}
