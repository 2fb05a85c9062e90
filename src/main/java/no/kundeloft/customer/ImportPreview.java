package no.kundeloft.customer;

import java.util.List;
import no.kundeloft.base.Problem;

/**
 * A checked import before anything is written: every row with its problems, problems of the file as
 * a whole (e.g. no name column), and each receiving owner's portfolio against its limit.
 */
public record ImportPreview(
        List<ImportRowResult> rows, List<Problem> fileProblems, List<ReceiverLoad> owners) {

    public long rowsWithProblems() {
        return rows.stream().filter(r -> !r.ok()).count();
    }

    public boolean canImport() {
        return !rows.isEmpty()
                && fileProblems.isEmpty()
                && rowsWithProblems() == 0
                && owners.stream().allMatch(ReceiverLoad::withinLimit);
    }
}
