package no.kundeloft.pipeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.kundeloft.base.Problem;

/**
 * What importing a file would do: the columns recognised (by index), each row as it would be saved
 * with its problems, and problems of the file as a whole. Importable only without any problem.
 */
public record DealImportPreview(
        Map<Integer, DealColumn> columns, List<Row> rows, List<Problem> fileProblems) {

    /** One row of the file: its line, what it would become, and what is wrong with it. */
    public record Row(
            int line,
            String customerName,
            String title,
            BigDecimal yearlyValue,
            String stageName,
            String ownerName,
            List<Problem> problems) {}

    public boolean canImport() {
        return fileProblems.isEmpty() && rows.stream().allMatch(row -> row.problems().isEmpty());
    }

    public long rowsWithProblems() {
        return rows.stream().filter(row -> !row.problems().isEmpty()).count();
    }
}
