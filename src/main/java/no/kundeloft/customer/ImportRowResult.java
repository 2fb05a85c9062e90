package no.kundeloft.customer;

import java.util.List;

/** One row of an import as the preview shows it: its line in the file, what it becomes, and its problems. */
public record ImportRowResult(int line, String name, String orgNumber, String ownerName, List<ImportProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
