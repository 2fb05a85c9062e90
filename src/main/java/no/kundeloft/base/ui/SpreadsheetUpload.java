package no.kundeloft.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;

/**
 * The upload of one CSV or Excel file for an import, limited to {@value #MAX_BYTES} bytes on the
 * server as well as in the browser: a larger file is refused while it arrives, after at most that
 * many bytes have been read, and the user is told.
 */
public final class SpreadsheetUpload {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private SpreadsheetUpload() {
    }

    /** An upload that hands the file's name and content to {@code received} in the UI's session. */
    public static Upload create(BiConsumer<String, byte[]> received) {
        Upload upload = new Upload(handler(MAX_BYTES, received));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        return upload;
    }

    static UploadHandler handler(int maxBytes, BiConsumer<String, byte[]> received) {
        return event -> {
            byte[] content = read(event, maxBytes);
            UI ui = event.getUI();
            if (content == null) {
                event.reject(ui.getTranslation("import.tooLarge", maxBytes / (1024 * 1024)));
                ui.access(() -> Refusals.show(ui, "import.tooLarge", maxBytes / (1024 * 1024)));
                return;
            }
            String fileName = event.getFileName();
            ui.access(() -> received.accept(fileName, content));
        };
    }

    /** The content, or null when the file is larger than allowed (declared so, or found so while reading). */
    private static byte[] read(UploadEvent event, int maxBytes) {
        if (event.getFileSize() > maxBytes) {
            return null;
        }
        try (InputStream in = event.getInputStream()) {
            byte[] content = in.readNBytes(maxBytes + 1);
            return content.length > maxBytes ? null : content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
