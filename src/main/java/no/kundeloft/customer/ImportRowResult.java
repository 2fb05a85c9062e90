package no.kundeloft.customer;

import java.util.List;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.CheckedRow;
import no.kundeloft.organisation.Sector;

/**
 * One row of a customer import as the preview shows it: its line in the file, what happens to it,
 * what it becomes (name, number, and the mapped sector, country, status and owner), the fields an
 * update changes, and its problems.
 */
public record ImportRowResult(
        int line,
        Action action,
        String name,
        String orgNumber,
        Sector sector,
        String country,
        CustomerStatus status,
        String ownerName,
        List<FieldChange> changes,
        List<Problem> problems)
        implements CheckedRow {

    /** What the import does with a row. */
    public enum Action {
        NEW,
        UPDATE,
        /** Exists already and existing customers are skipped. */
        EXISTS,
        /** Exists already with the same values. */
        UNCHANGED,
        /** Exists already in another part of the organisation, which the import leaves alone. */
        ELSEWHERE;

        public boolean skipped() {
            return this == EXISTS || this == UNCHANGED || this == ELSEWHERE;
        }
    }

    /** A field an update changes: the column, the value now and the value from the file. */
    public record FieldChange(ImportColumn column, String before, String after) {}
}
