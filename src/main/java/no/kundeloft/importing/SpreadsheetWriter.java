package no.kundeloft.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
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

    private SpreadsheetWriter() {}

    /** A sink the caller feeds one row at a time. */
    public interface RowSink {
        void row(List<?> cells) throws IOException;
    }

    public static void csv(List<String> headers, OutputStream out, RowSource rows)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer =
                new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
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

    public static void xlsx(
            List<String> headers, String sheetName, OutputStream out, RowSource rows)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.feed(
                    cells -> {
                        Row row = sheet.createRow(next[0]++);
                        for (int i = 0; i < cells.size(); i++) {
                            Object value = cells.get(i);
                            if (value instanceof Number number) {
                                row.createCell(i).setCellValue(number.doubleValue());
                            } else if (value != null) {
                                row.createCell(i).setCellValue(value.toString());
                            }
                        }
                    });
            workbook.write(out);
        }
    }

    /** Produces the rows, handing each to the sink. */
    public interface RowSource {
        void feed(RowSink sink) throws IOException;
    }
}
