package no.kundeloft.revenue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import no.kundeloft.base.Problem;
import no.kundeloft.importing.CheckedImport;
import no.kundeloft.importing.CheckedRow;

/** A checked revenue import: each row, what it does, and its problems. */
public record RevenueImport(
        List<Row> rows, long newEntries, long updatedEntries, long customersWithoutWonDate)
        implements CheckedImport<RevenueImport.Row> {

    @Override
    public List<Problem> fileProblems() {
        return List.of();
    }

    /** One row: customer and month found, the amount, and whether it replaces an existing month. */
    public record Row(
            int line,
            String customerText,
            String customerName,
            YearMonth month,
            BigDecimal amount,
            boolean replaces,
            List<Problem> problems)
            implements CheckedRow {}

    /**
     * How to date customers without a won date: new from their first imported month, or existing
     * before the import.
     */
    public enum UnknownWonDate {
        NEW_FROM_FIRST_IMPORTED_MONTH,
        EXISTING_BEFORE_IMPORT
    }

    /**
     * The newest month in the file, the one the importer may declare complete; null without any.
     */
    public YearMonth newestMonth() {
        return rows.stream()
                .map(Row::month)
                .filter(java.util.Objects::nonNull)
                .max(YearMonth::compareTo)
                .orElse(null);
    }
}
