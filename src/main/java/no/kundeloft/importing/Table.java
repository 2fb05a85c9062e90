package no.kundeloft.importing;

import java.util.List;

/**
 * A file's content as text: the header row and the data rows below it. {@link Row#line()} is the
 * row's line in the file (the header is line 1), so errors can name it.
 */
public record Table(List<String> headers, List<Row> rows) {

    /** One data row; cells past its end read as empty. */
    public record Row(int line, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null
                    ? cells.get(column).trim()
                    : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
