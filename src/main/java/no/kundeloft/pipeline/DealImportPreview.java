package no.kundeloft.pipeline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.CheckedImport;
import no.kundeloft.importing.CheckedRow;

/**
 * What importing a file would do: the columns recognised (by index), each row as it would be saved
 * with its problems, and problems of the file as a whole. Importable only without any problem.
 */
public record DealImportPreview(
        Map<Integer, DealColumn> columns, List<Row> rows, List<Problem> fileProblems)
        implements CheckedImport<DealImportPreview.Row> {

    /** One row of the file: its line, what it would become, and what is wrong with it. */
    public record Row(
            int line,
            String customerName,
            String title,
            BigDecimal yearlyValue,
            String stageName,
            String ownerName,
            List<Problem> problems)
            implements CheckedRow {}
}
