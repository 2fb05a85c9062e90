package no.kundeloft.calling;

import java.util.List;

/**
 * A checked call list file: its rows, and how many add a contact, are left out, or have a problem.
 */
public record ListImportPreview(List<ListImportRow> rows) {

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
