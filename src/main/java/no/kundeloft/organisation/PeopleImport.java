package no.kundeloft.organisation;

import java.util.List;
import no.kundeloft.base.Problem;

/** A checked people import: each row with its problems, and whether all rows can be imported. */
public record PeopleImport(List<Row> rows) {

    /** One person to import; problems are message keys with their arguments. */
    public record Row(
            int line,
            String fullName,
            String username,
            String email,
            String roleName,
            String teamName,
            List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A person created by the import, with the one-time password shown to the admin once. */
    public record Created(String username, String fullName, String oneTimePassword) {}

    public long rowsWithProblems() {
        return rows.stream().filter(r -> !r.ok()).count();
    }

    public boolean canImport() {
        return !rows.isEmpty() && rowsWithProblems() == 0;
    }
}
