package no.kundeloft.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The uploaded file given back with its problems: the original header and rows, as they were read,
 * with one more column saying what is wrong with each row, in the file's own format (CSV with the
 * same separator and character set, or Excel). Fixed, it can be uploaded again: the problem column
 * is not imported.
 */
public final class ProblemFile {

    private ProblemFile() {}

    /** The file's name: "kunder.csv" gives "kunder-problemer.csv". */
    public static String name(String fileName, Table table, String suffix) {
        String base = fileName == null ? "import" : fileName.replaceFirst("\\.[^.]*$", "");
        return base + "-" + suffix + "." + table.format().extension();
    }

    /**
     * Writes the table with the column of problems.
     *
     * @param problems the text of each line's problems; lines without an entry have none
     */
    public static void write(
            Table table, String problemHeader, Map<Integer, String> problems, OutputStream out)
            throws IOException {
        List<String> headers = new ArrayList<>(table.headers());
        headers.add(problemHeader);
        SpreadsheetWriter.RowSource rows =
                sink -> {
                    for (Table.Row row : table.rows()) {
                        List<Object> cells = new ArrayList<>();
                        for (int i = 0; i < table.headers().size(); i++) {
                            cells.add(row.cell(i));
                        }
                        cells.add(problems.getOrDefault(row.line(), ""));
                        sink.row(cells);
                    }
                };
        if (table.format().excel()) {
            SpreadsheetWriter.xlsx(headers, "Import", out, rows);
        } else {
            SpreadsheetWriter.csv(headers, out, table.format(), rows);
        }
    }
}
