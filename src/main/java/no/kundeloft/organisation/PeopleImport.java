package no.kundeloft.organisation;

import java.util.List;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.CheckedImport;
import no.kundeloft.importing.CheckedRow;

/** A checked people import: each row with its problems, and whether all rows can be imported. */
public record PeopleImport(List<Row> rows) implements CheckedImport<PeopleImport.Row> {

    @Override
    public List<Problem> fileProblems() {
        return List.of();
    }

    /** One person to import; problems are message keys with their arguments. */
    public record Row(
            int line,
            String fullName,
            String username,
            String email,
            String roleName,
            String teamName,
            List<Problem> problems)
            implements CheckedRow {}

    /** A person created by the import, with the one-time password shown to the admin once. */
    public record Created(String username, String fullName, String oneTimePassword) {}
}
