package no.kundeloft.customer;

/** An import refused as a whole because its check found problems; nothing was written. */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportPreview preview;

    public ImportRejectedException(ImportPreview preview) {
        super(
                preview.rowsWithProblems()
                        + " rows with problems, "
                        + preview.fileProblems().size()
                        + " file problems");
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
