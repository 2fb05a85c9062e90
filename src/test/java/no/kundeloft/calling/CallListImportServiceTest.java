package no.kundeloft.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.List;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.Contact;
import no.kundeloft.importing.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CallListImportServiceTest extends ScenarioTest {

    @Autowired CallListImportService imports;
    @Autowired CallListService lists;
    @Autowired EntityManager em;

    CallingFixture.Telesales t;
    Long listId;

    @BeforeEach
    void anEmptyList() {
        t = CallingFixture.telesales(em, s);
        signIn.as(t.lead5());
        listId = lists.create(CallingFixture.form(s, t, TestClock.TODAY)).id();
    }

    private static Table file(List<String>... rows) {
        List<Table.Row> lines = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            lines.add(new Table.Row(i + 2, rows[i]));
        }
        return new Table(List.of("Org.nr.", "Firma", "Kontaktperson", "Telefon"), lines);
    }

    @Test
    void
            rows_name_existing_and_new_contacts_of_the_lists_teams_and_a_file_with_a_problem_saves_nothing() {
        Table withProblem =
                file(
                        List.of("923 609 016", "", "", "+47 912 34 567"),
                        List.of("", "havbris transport as", "Nina Ny", "+47 999 88 777"),
                        List.of("971526920", "", "Glomma-kontakt", "+47 900 00 002"));
        ListImportPreview preview = imports.check(listId, withProblem);
        assertThat(preview.rows())
                .extracting(ListImportRow::result)
                .containsExactly(
                        ListImportRow.Result.EXISTING_CONTACT,
                        ListImportRow.Result.NEW_CONTACT,
                        ListImportRow.Result.PROBLEM);
        assertThat(preview.rows().get(2).problemKey()).isEqualTo("listImport.problem.customer");
        assertThatThrownBy(() -> imports.importAll(listId, withProblem))
                .isInstanceOf(no.kundeloft.importing.ImportRefusedException.class);
        assertThat(lists.get(listId)).isNotNull();
        assertThat(lists.rows(0, 10).getFirst().total()).isZero();

        Table fixed =
                file(
                        List.of("923 609 016", "", "", "+47 912 34 567"),
                        List.of("", "havbris transport as", "Nina Ny", "+47 999 88 777"));
        assertThat(imports.importAll(listId, fixed)).isEqualTo(2);
        assertThat(
                        em.createQuery(
                                        "select count(k) from Contact k where k.fullName = 'Nina Ny'",
                                        Long.class)
                                .getSingleResult())
                .isEqualTo(1);
        assertThat(imports.check(listId, fixed).rows())
                .extracting(ListImportRow::result)
                .containsOnly(ListImportRow.Result.ALREADY_ON_LIST);
    }

    @Test
    void people_who_asked_not_to_be_called_are_left_out_and_the_file_needs_its_columns() {
        Contact kari =
                em.createQuery(
                                "select k from Contact k where k.fullName = 'Kari Fjeld'",
                                Contact.class)
                        .getSingleResult();
        kari.setDoNotCall(true, TestClock.NOW);
        assertThat(imports.check(listId, file(List.of("923609016", "", "Kari Fjeld", ""))).rows())
                .extracting(ListImportRow::result)
                .containsExactly(ListImportRow.Result.DO_NOT_CALL);
        Table noColumns = new Table(List.of("Something"), List.of(new Table.Row(2, List.of("x"))));
        assertThatThrownBy(() -> imports.check(listId, noColumns))
                .hasMessageContaining("listImport.refused.columns");
        signIn.as(s.lead1());
        assertThatThrownBy(() -> imports.check(listId, file(List.of("923609016", "", "", ""))))
                .isInstanceOf(NotFoundException.class);
    }
}
