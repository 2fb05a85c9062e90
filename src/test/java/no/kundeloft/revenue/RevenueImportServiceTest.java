package no.kundeloft.revenue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestOrganisation;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.SpreadsheetReader;
import no.kundeloft.importing.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class RevenueImportServiceTest extends ScenarioTest {

    @Autowired RevenueImportService imports;
    @Autowired RevenueService revenue;
    @Autowired RevenueLoadService revenueLoad;
    @Autowired TestOrganisation testOrganisation;

    private static Table csv(String text) {
        return SpreadsheetReader.read("omsetning.csv", text.getBytes(UTF_8));
    }

    @Test
    void months_are_inserted_then_replaced_by_a_later_import() {
        signIn.as(s.mgrA());
        Table first =
                csv(
                        """
                Orgnr;Måned;Beløp
                923 609 016;2026-01;12 345,50
                923609016;02.2026;1000
                971526920;2026-03;-500
                """);
        RevenueImport checked = imports.check(first);
        assertThat(checked.canImport()).isTrue();
        assertThat(checked.newEntries()).isEqualTo(3);
        assertThat(
                        imports.importAll(
                                first, RevenueImport.UnknownWonDate.EXISTING_BEFORE_IMPORT, false))
                .isEqualTo(3);
        assertThat(revenue.forCustomer(s.c1().getId()).thisYear().subList(0, 2))
                .extracting(Object::toString)
                .containsExactly("12345.50", "1000.00");

        Table correction = csv("Orgnr;Måned;Beløp\n923609016;2026-02;1500\n");
        assertThat(imports.check(correction).updatedEntries()).isEqualTo(1);
        imports.importAll(correction, RevenueImport.UnknownWonDate.EXISTING_BEFORE_IMPORT, false);
        assertThat(revenue.forCustomer(s.c1().getId()).thisYear().get(1))
                .isEqualByComparingTo("1500");
    }

    @Test
    void every_bad_row_is_named_and_nothing_is_written() {
        signIn.as(s.mgrA());
        Table table =
                csv(
                        """
                Orgnr;Måned;Beløp
                923609016;2026-01;100
                937052766;2026-01;100
                923609016;2026-13;100
                923609016;2026-02;mye
                923609016;2026-01;200
                """);
        RevenueImport checked = imports.check(table);
        assertThat(checked.rows())
                .extracting(r -> r.problems().stream().map(Problem::messageKey).toList())
                .containsExactly(
                        List.of(),
                        List.of("revenueImport.problem.customer"),
                        List.of("revenueImport.problem.month"),
                        List.of("revenueImport.problem.amount"),
                        List.of("revenueImport.problem.twice"));
        assertThatThrownBy(
                        () ->
                                imports.importAll(
                                        table,
                                        RevenueImport.UnknownWonDate.EXISTING_BEFORE_IMPORT,
                                        false))
                .isInstanceOf(no.kundeloft.importing.ImportRefusedException.class);
        assertThat(revenue.forCustomer(s.c1().getId()).thisYear().getFirst())
                .isEqualByComparingTo("0");
    }

    @Test
    void customers_without_a_won_date_are_dated_as_the_importer_chooses() {
        s.c1().setCustomerSince(null);
        s.c2().setCustomerSince(null);
        signIn.as(s.mgrA());
        imports.importAll(
                csv("Orgnr;Måned;Beløp\n923609016;2026-03;100\n914778271;2026-05;100\n"),
                RevenueImport.UnknownWonDate.NEW_FROM_FIRST_IMPORTED_MONTH,
                false);
        assertThat(s.c1().getCustomerSince()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(s.c2().getCustomerSince()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(RevenueKind.of(s.c1().getCustomerSince(), YearMonth.of(2026, 3)))
                .isEqualTo(RevenueKind.NEW_SALES);
    }

    @Test
    void existing_customers_are_dated_before_the_import() {
        s.c1().setCustomerSince(null);
        signIn.as(s.mgrA());
        imports.importAll(
                csv("Orgnr;Måned;Beløp\n923609016;2026-03;100\n"),
                RevenueImport.UnknownWonDate.EXISTING_BEFORE_IMPORT,
                false);
        assertThat(s.c1().getCustomerSince()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void sellers_do_not_import_revenue() {
        signIn.as(s.am1());
        assertThatThrownBy(() -> imports.check(csv("Orgnr;Måned;Beløp\n923609016;2026-03;100\n")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void amounts_are_read_as_people_write_them() {
        assertThat(RevenueImportService.amount("12 345,50")).isEqualByComparingTo("12345.50");
        assertThat(RevenueImportService.amount("12,345.50")).isEqualByComparingTo("12345.50");
        assertThat(RevenueImportService.amount("kr 1 000")).isEqualByComparingTo("1000");
        assertThat(RevenueImportService.amount("-250,5")).isEqualByComparingTo("-250.5");
        assertThat(RevenueImportService.amount("1.234.567")).isEqualByComparingTo("1234567");
        assertThat(RevenueImportService.amount("mye")).isNull();
        assertThat(RevenueImportService.amount("1E+20")).as("no exponents").isNull();
        assertThat(RevenueImportService.amount("12345678901234"))
                .as("more than the column holds")
                .isNull();
        assertThat(RevenueImportService.amount("9999999999999,99"))
                .isEqualByComparingTo("9999999999999.99");
        assertThat(RevenueImportService.amount("1.2345")).isEqualByComparingTo("12345");
        assertThat(RevenueImportService.amount("")).isNull();
    }

    @Test
    void an_import_declared_complete_moves_the_loaded_month_to_its_newest_month() {
        signIn.as(s.mgrA());
        Table may = csv("Orgnr;Måned;Beløp\n923609016;2026-04;100\n914778271;2026-05;200\n");
        testOrganisation.revenueLoadedThrough(YearMonth.of(2026, 3));
        assertThat(imports.check(may).newestMonth()).isEqualTo(YearMonth.of(2026, 5));
        imports.importAll(may, RevenueImport.UnknownWonDate.EXISTING_BEFORE_IMPORT, true);
        assertThat(revenueLoad.loadedThrough().month()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(revenueLoad.state().changedBy()).isEqualTo("mgrA Testesen");
    }

    @Test
    void an_import_not_declared_complete_leaves_the_loaded_month() {
        signIn.as(s.mgrA());
        testOrganisation.revenueLoadedThrough(YearMonth.of(2026, 3));
        imports.importAll(
                csv("Orgnr;Måned;Beløp\n923609016;2026-05;100\n"),
                RevenueImport.UnknownWonDate.EXISTING_BEFORE_IMPORT,
                false);
        assertThat(revenueLoad.loadedThrough().month()).isEqualTo(YearMonth.of(2026, 3));
    }

    @Test
    void a_complete_import_of_older_months_never_moves_the_loaded_month_back() {
        signIn.as(s.mgrA());
        imports.importAll(
                csv("Orgnr;Måned;Beløp\n923609016;2026-01;100\n"),
                RevenueImport.UnknownWonDate.EXISTING_BEFORE_IMPORT,
                true);
        assertThat(revenueLoad.loadedThrough().month()).isEqualTo(YearMonth.of(2026, 5));
    }

    @Test
    void a_month_that_has_not_ended_cannot_be_declared_complete_and_nothing_is_imported() {
        signIn.as(s.mgrA());
        Table june = csv("Orgnr;Måned;Beløp\n923609016;2026-06;100\n");
        assertThatThrownBy(
                        () ->
                                imports.importAll(
                                        june,
                                        RevenueImport.UnknownWonDate.EXISTING_BEFORE_IMPORT,
                                        true))
                .isInstanceOf(RevenueLoadRefusedException.class);
        assertThat(revenueLoad.loadedThrough().month()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(imports.check(june).newEntries())
                .as("the row stays new: nothing was written")
                .isEqualTo(1);
    }
}
