package no.kundeloft.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The upload of one CSV or Excel file for an import, limited to {@value #MAX_BYTES} bytes on the
 * server as well as in the browser. The file is streamed to a temporary file as it arrives, never
 * held in memory; a larger file is refused while it arrives, after at most that many bytes have
 * been written, and the user is told. The temporary file is deleted once the import view has read
 * it.
 */
public final class SpreadsheetUpload {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private SpreadsheetUpload() {}

    /**
     * An upload that hands the file's name and its temporary copy to {@code received} in the UI's
     * session.
     */
    public static Upload create(BiConsumer<String, Path> received) {
        Upload upload = new Upload(handler(MAX_BYTES, received));
        upload.setAcceptedFileTypes(
                ".csv",
                ".xlsx",
                "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        return upload;
    }

    /**
     * An upload of one file of the given types (extensions or MIME types), streamed to a temporary
     * file as for an import.
     */
    public static Upload create(
            int maxBytes, List<String> acceptedTypes, BiConsumer<String, Path> received) {
        Upload upload = new Upload(handler(maxBytes, received));
        upload.setAcceptedFileTypes(acceptedTypes.toArray(String[]::new));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        return upload;
    }

    static UploadHandler handler(int maxBytes, BiConsumer<String, Path> received) {
        return event -> {
            Path file = copy(event, maxBytes);
            UI ui = event.getUI();
            if (file == null) {
                event.reject(ui.getTranslation("import.tooLarge", maxBytes / (1024 * 1024)));
                ui.access(() -> Refusals.show(ui, "import.tooLarge", maxBytes / (1024 * 1024)));
                return;
            }
            String fileName = event.getFileName();
            ui.access(
                    () -> {
                        try {
                            received.accept(fileName, file);
                        } finally {
                            delete(file);
                        }
                    });
        };
    }

    /**
     * The file copied to a temporary file, or null when it is larger than allowed (declared so, or
     * found so while copying).
     */
    private static Path copy(UploadEvent event, int maxBytes) {
        if (event.getFileSize() > maxBytes) {
            return null;
        }
        Path file = null;
        try (InputStream in = event.getInputStream()) {
            file = Files.createTempFile("kundeloft-upload-", ".tmp");
            long written = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    written += read;
                    if (written > maxBytes) {
                        delete(file);
                        return null;
                    }
                    out.write(buffer, 0, read);
                }
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
