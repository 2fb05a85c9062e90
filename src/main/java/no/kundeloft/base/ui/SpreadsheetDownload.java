package no.kundeloft.base.ui;

import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import java.io.OutputStream;

/** A link that downloads a CSV or Excel file written when it is clicked (an export). */
public final class SpreadsheetDownload {

    /** Writes the file's content. */
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private SpreadsheetDownload() {}

    /**
     * @param fileName its name; ".csv" is sent as CSV, anything else as an Excel workbook
     */
    public static Anchor link(String label, String fileName, String id, Content content) {
        boolean csv = fileName.endsWith(".csv");
        Anchor link =
                new Anchor(
                        event -> {
                            event.setFileName(fileName);
                            event.setContentType(
                                    csv
                                            ? "text/csv; charset=UTF-8"
                                            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                            content.write(event.getOutputStream());
                        },
                        label);
        link.setId(id);
        link.addClassName("export-link");
        return link;
    }
}
