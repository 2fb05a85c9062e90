package no.kundeloft.calling;

import java.util.List;
import java.util.Optional;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.CheckedImport;

/**
 * A checked call list file: its rows, and how many add a contact, are left out, or have a problem.
 */
public record ListImportPreview(List<ListImportRow> rows) implements CheckedImport<ListImportRow> {

    @Override
    public List<Problem> fileProblems() {
        return List.of();
    }

    @Override
    public Optional<Problem> otherRefusal() {
        return toAdd() == 0 ? Optional.of(new Problem("listImport.nothing")) : Optional.empty();
    }

    public long toAdd() {
        return rows.stream()
                .filter(
                        r ->
                                r.result() == ListImportRow.Result.EXISTING_CONTACT
                                        || r.result() == ListImportRow.Result.NEW_CONTACT)
                .count();
    }

    public long leftOut() {
        return rows.stream()
                .filter(
                        r ->
                                r.result() == ListImportRow.Result.ALREADY_ON_LIST
                                        || r.result() == ListImportRow.Result.DO_NOT_CALL)
                .count();
    }

    public long problems() {
        return rows.stream().filter(ListImportRow::isProblem).count();
    }
}
