package no.kundeloft.organisation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import no.kundeloft.ScenarioTest;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.SpreadsheetReader;
import no.kundeloft.importing.Table;
import no.kundeloft.security.SalesRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PeopleImportServiceTest extends ScenarioTest {

    @Autowired PeopleImportService imports;
    @Autowired EmployeeRepository employees;

    private static Table file(String name) throws IOException {
        try (InputStream in =
                PeopleImportServiceTest.class.getResourceAsStream("/import/" + name)) {
            return SpreadsheetReader.read(name, in.readAllBytes());
        }
    }

    @Test
    void people_are_created_with_one_time_passwords() throws IOException {
        signIn.as(s.admin());
        List<PeopleImport.Created> created = imports.importAll(file("people.csv"));
        assertThat(created)
                .extracting(PeopleImport.Created::username)
                .containsExactly("ase.odegard", "per.as");
        assertThat(created).allSatisfy(c -> assertThat(c.oneTimePassword()).hasSize(16));
        Employee ase = employees.findByUsername("ase.odegard").orElseThrow();
        assertThat(ase.getFullName()).isEqualTo("Åse Ødegård");
        assertThat(ase.getRole()).isEqualTo(SalesRole.ACCOUNT_MANAGER);
        assertThat(ase.getTeam()).isEqualTo(s.t1());
        assertThat(ase.isPasswordChangeRequired()).isTrue();
        assertThat(employees.findByUsername("per.as").orElseThrow().getRole())
                .isEqualTo(SalesRole.TEAM_LEADER);
    }

    @Test
    void a_row_with_a_problem_stops_the_whole_import() {
        signIn.as(s.admin());
        Table table =
                SpreadsheetReader.read(
                        "x.csv",
                        ("""
                Name;Username;Email;Role;Team
                Ny Person;ny.person;ny@firma.no;Account Manager;T1
                ;tom;;Account Manager;T1
                Opptatt;AM1;;Account Manager;T1
                Feil Rolle;feil.rolle;;Sjef;T1
                Feil Team;feil.team;;Account Manager;Mars
                Dobbel;ny.person;;Account Manager;T1
                """)
                                .getBytes(UTF_8));
        PeopleImport checked = imports.check(table);
        assertThat(checked.rows())
                .extracting(r -> r.problems().stream().map(Problem::messageKey).toList())
                .containsExactly(
                        List.of(),
                        List.of("peopleImport.name"),
                        List.of("admin.usernameTaken"),
                        List.of("peopleImport.role"),
                        List.of("peopleImport.team"),
                        List.of("peopleImport.twice"));
        assertThatThrownBy(() -> imports.importAll(table))
                .isInstanceOf(no.kundeloft.importing.ImportRefusedException.class);
        assertThat(employees.findByUsername("ny.person")).isEmpty();
    }

    @Test
    void a_name_or_email_longer_than_its_column_is_a_problem_naming_the_column() {
        signIn.as(s.admin());
        String csv =
                "Navn;Brukernavn;E-post;Rolle\n"
                        + "N".repeat(121)
                        + ";lang.navn;"
                        + "e".repeat(200)
                        + "@firma.no;Account Manager\n";
        PeopleImport checked = imports.check(SpreadsheetReader.read("x.csv", csv.getBytes(UTF_8)));
        assertThat(checked.rows().getFirst().problems())
                .contains(
                        new Problem("import.problem.tooLong", "Navn", 120),
                        new Problem("import.problem.tooLong", "E-post", 200));
    }

    @Test
    void only_admins_import_people() {
        signIn.as(s.lead1());
        Table table =
                SpreadsheetReader.read(
                        "x.csv", "Navn;Brukernavn;Rolle\nA;a;teamleder\n".getBytes(UTF_8));
        assertThatThrownBy(() -> imports.check(table)).isInstanceOf(AccessDeniedException.class);
    }
}
