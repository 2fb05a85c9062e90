package no.kundeloft.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first table of a CSV or .xlsx file. CSV files may be UTF-8 (with or without BOM) or
 * Windows-1252, as Excel in Norway saves them, separated by semicolons, commas or tabs, with
 * quoted fields that contain separators and line breaks (Apache Commons CSV). Excel cells are
 * read as the spreadsheet shows them (Apache POI), dates as yyyy-MM-dd.
 */
public final class SpreadsheetReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] SEPARATORS = {';', ',', '\t'};

    private SpreadsheetReader() {
    }

    public static Table read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return readExcel(content);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return readCsv(content);
        }
        throw new UnreadableFileException("import.file.type", null);
    }

    static Table readCsv(byte[] content) {
        String text = decode(content);
        char separator = separatorOf(firstLine(text));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headers = null;
            List<Table.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cells;
                } else {
                    Table.Row row = new Table.Row((int) record.getRecordNumber(), cells);
                    if (!row.isBlank()) {
                        rows.add(row);
                    }
                }
            }
            if (headers == null) {
                throw new UnreadableFileException("import.file.empty", null);
            }
            return new Table(headers, rows);
        } catch (IOException | IllegalStateException e) {
            throw new UnreadableFileException("import.file.csv", e);
        }
    }

    static Table readExcel(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException("import.file.empty", null);
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> headers = null;
            List<Table.Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row excelRow : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(excelRow.getLastCellNum(), 0); i++) {
                    cells.add(text(excelRow.getCell(i), formatter));
                }
                if (headers == null) {
                    headers = cells;
                } else {
                    Table.Row row = new Table.Row(excelRow.getRowNum() + 1, cells);
                    if (!row.isBlank()) {
                        rows.add(row);
                    }
                }
            }
            if (headers == null) {
                throw new UnreadableFileException("import.file.empty", null);
            }
            return new Table(headers, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw new UnreadableFileException("import.file.excel", e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise Windows-1252. */
    static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, start, content.length - start, WINDOWS_1252);
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The separator that splits the header line into the most columns. */
    private static char separatorOf(String headerLine) {
        char best = ';';
        long bestCount = -1;
        for (char separator : SEPARATORS) {
            long count = headerLine.chars().filter(c -> c == separator).count();
            if (count > bestCount) {
                best = separator;
                bestCount = count;
            }
        }
        return best;
    }
}
