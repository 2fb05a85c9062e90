package no.kundeloft.importing;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first table of a CSV or .xlsx file. CSV files may be UTF-8 (with or without BOM) or
 * Windows-1252, as Excel in Norway saves them, separated by semicolons, commas or tabs, with quoted
 * fields that contain separators and line breaks (Apache Commons CSV). Excel cells are read as the
 * spreadsheet shows them (Apache POI), dates as yyyy-MM-dd.
 */
public final class SpreadsheetReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] SEPARATORS = {';', ',', '\t'};

    private SpreadsheetReader() {}

    /**
     * Reads an uploaded file from disk: CSV as a stream, Excel through POI's file access (lighter
     * than a copy in memory).
     */
    public static Table read(String fileName, Path file) {
        return switch (kind(fileName)) {
            case EXCEL -> {
                OPCPackage excel;
                try {
                    excel = OPCPackage.open(file.toFile(), PackageAccess.READ);
                } catch (InvalidFormatException | RuntimeException e) {
                    throw unreadable(e, "import.file.excel");
                }
                // the workbook gives the read-only package back when it closes; if it never opened,
                // this does
                yield readExcel(
                        () -> {
                            try {
                                return new XSSFWorkbook(excel);
                            } catch (IOException | RuntimeException e) {
                                excel.revert();
                                throw e;
                            }
                        });
            }
            case CSV -> readCsv(() -> Files.newInputStream(file));
        };
    }

    public static Table read(String fileName, byte[] content) {
        return switch (kind(fileName)) {
            case EXCEL -> readExcel(() -> new XSSFWorkbook(new ByteArrayInputStream(content)));
            case CSV -> readCsv(() -> new ByteArrayInputStream(content));
        };
    }

    private enum Kind {
        CSV,
        EXCEL
    }

    private static Kind kind(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return Kind.EXCEL;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return Kind.CSV;
        }
        throw new UnreadableFileException("import.file.type", null);
    }

    private static UnreadableFileException unreadable(Exception e, String key) {
        return e instanceof UnreadableFileException unreadable
                ? unreadable
                : new UnreadableFileException(key, e);
    }

    /** The content, read once to check its encoding and once to parse it. */
    private interface Source {
        InputStream open() throws IOException;
    }

    private static Table readCsv(Source source) {
        Charset charset;
        try {
            charset = isUtf8(source) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        } catch (IOException e) {
            throw new UnreadableFileException("import.file.csv", e);
        }
        try (BufferedReader text = csvText(source, charset)) {
            return readCsv(text, charset);
        } catch (IOException e) {
            throw new UnreadableFileException("import.file.csv", e);
        }
    }

    /**
     * The text: UTF-8 when all of it is valid UTF-8 (checked as a stream; a BOM is skipped),
     * otherwise Windows-1252.
     */
    private static BufferedReader csvText(Source source, Charset charset) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(source.open(), charset));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static boolean isUtf8(Source source) throws IOException {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(source.open(), decoder)) {
            char[] buffer = new char[64 * 1024];
            while (reader.read(buffer) >= 0) {
                // reading to the end is the check
            }
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private interface WorkbookOpener {
        Workbook open() throws IOException;
    }

    private static Table readCsv(BufferedReader text, Charset charset) {
        char separator;
        try {
            text.mark(1 << 20);
            String header = text.readLine();
            text.reset();
            separator = separatorOf(header == null ? "" : header);
        } catch (IOException e) {
            throw new UnreadableFileException("import.file.csv", e);
        }
        CSVFormat format =
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(separator)
                        .setIgnoreSurroundingSpaces(true)
                        .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
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
            return new Table(headers, rows, new Table.Format(false, separator, charset));
        } catch (IOException | IllegalStateException e) {
            throw new UnreadableFileException("import.file.csv", e);
        }
    }

    private static Table readExcel(WorkbookOpener opener) {
        try (Workbook workbook = opener.open()) {
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
            return new Table(headers, rows, Table.Format.EXCEL);
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
