package no.kundeloft.customer;

import java.util.List;
import no.kundeloft.base.Problem;

/**
 * One row of an import as the preview shows it: its line in the file, what it becomes, and its
 * problems.
 */
public record ImportRowResult(
        int line, String name, String orgNumber, String ownerName, List<Problem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
