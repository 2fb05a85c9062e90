package no.kundeloft.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a table as CSV (UTF-8 with BOM and semicolons, which Excel in Norway opens as it is) or as
 * .xlsx, streaming rows so a large export does not sit in memory.
 */
public final class SpreadsheetWriter {

    private static final int ROWS_IN_MEMORY = 200;
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final int MAX_WIDTH = 50;

    private SpreadsheetWriter() {}

    /** A sink the caller feeds one row at a time. */
    public interface RowSink {
        void row(List<?> cells) throws IOException;
    }

    public static void csv(List<String> headers, OutputStream out, RowSource rows)
            throws IOException {
        csv(headers, out, Table.Format.CSV, rows);
    }

    /**
     * CSV with the separator and character set of a file as it was read (a BOM when it is UTF-8),
     * so a file given back opens as the original did.
     */
    public static void csv(
            List<String> headers, OutputStream out, Table.Format format, RowSource rows)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, format.charset());
        if (StandardCharsets.UTF_8.equals(format.charset())) {
            writer.write('\uFEFF');
        }
        CSVPrinter printer =
                new CSVPrinter(
                        writer, CSVFormat.DEFAULT.builder().setDelimiter(format.separator()).get());
        printer.printRecord(headers);
        rows.feed(
                cells ->
                        printer.printRecord(
                                cells.stream().map(SpreadsheetWriter::neutralised).toList()));
        printer.flush();
    }

    /**
     * Text that a spreadsheet would read as a formula ({@code =HYPERLINK(…)}, {@code +}, {@code -},
     * {@code @}, or a leading tab or carriage return) gets a leading apostrophe, so it opens as
     * text. Numbers stay numbers.
     */
    static Object neutralised(Object cell) {
        if (cell instanceof CharSequence text
                && !text.isEmpty()
                && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }

    /** A cell read back from our own CSV: the apostrophe put there by {@link #neutralised} goes. */
    static String unneutralised(String text) {
        return text.length() > 1
                        && text.charAt(0) == '\''
                        && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0
                ? text.substring(1)
                : text;
    }

    /**
     * An Excel sheet: a bold, frozen header row; numbers as numbers, dates as dates (dd.mm.yyyy)
     * and all other values as text cells formatted as text, so postal codes like 0150 and
     * organisation or phone numbers stay as written; columns as wide as their longest value (at
     * most {@value #MAX_WIDTH} characters).
     */
    public static void xlsx(
            List<String> headers, String sheetName, OutputStream out, RowSource rows)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            DataFormat formats = workbook.createDataFormat();
            CellStyle textStyle = workbook.createCellStyle();
            textStyle.setDataFormat(formats.getFormat("@"));
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(formats.getFormat("dd.mm.yyyy"));
            int[] widths = new int[headers.size()];
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(headerStyle);
                widths[i] = headers.get(i).length();
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.feed(
                    cells -> {
                        Row row = sheet.createRow(next[0]++);
                        for (int i = 0; i < cells.size(); i++) {
                            int width = write(row, i, cells.get(i), textStyle, dateStyle);
                            if (i < widths.length) {
                                widths[i] = Math.max(widths[i], width);
                            }
                        }
                    });
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 2) * 256);
            }
            workbook.write(out);
        }
    }

    /** Writes one value into a new cell and says how many characters wide it shows. */
    private static int write(
            Row row, int column, Object value, CellStyle textStyle, CellStyle dateStyle) {
        if (value == null) {
            return 0;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            return number.toString().length() + 2;
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
            return 10;
        }
        String text = value.toString();
        cell.setCellValue(text);
        cell.setCellStyle(textStyle);
        return text.length();
    }

    /** Produces the rows, handing each to the sink. */
    public interface RowSource {
        void feed(RowSink sink) throws IOException;
    }
}
