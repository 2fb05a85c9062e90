package no.kundeloft.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A file's content as text: the header row and the data rows below it, and how the file was
 * written, so a file of problems can be given back in the same form. {@link Row#line()} is the
 * row's line in the file (the header is line 1), so errors can name it.
 */
public record Table(List<String> headers, List<Row> rows, Format format) {

    public Table(List<String> headers, List<Row> rows) {
        this(headers, rows, Format.CSV);
    }

    /** How a file was written: Excel, or CSV with its separator and character set. */
    public record Format(boolean excel, char separator, Charset charset) {
        public static final Format CSV = new Format(false, ';', StandardCharsets.UTF_8);
        public static final Format EXCEL = new Format(true, ';', StandardCharsets.UTF_8);

        public String extension() {
            return excel ? "xlsx" : "csv";
        }
    }

    /** One data row; cells past its end read as empty. */
    public record Row(int line, List<String> cells) {

        /**
         * The cell's text, trimmed, without the apostrophe our exports put before text a
         * spreadsheet would take for a formula ("'+47 22 00 00 00" reads "+47 22 00 00 00").
         */
        public String cell(int column) {
            String text =
                    column < cells.size() && cells.get(column) != null
                            ? cells.get(column).trim()
                            : "";
            return SpreadsheetWriter.unneutralised(text);
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
