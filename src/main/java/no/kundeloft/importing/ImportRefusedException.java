package no.kundeloft.importing;

import no.kundeloft.base.RefusedException;

/**
 * An import refused at the moment of importing because the file no longer passes its check
 * (something changed since the preview); nothing was written. Carries the new check to show.
 */
public class ImportRefusedException extends RefusedException {

    private final transient CheckedImport<?> preview;

    public ImportRefusedException(CheckedImport<?> preview) {
        super("import.refused", preview.rowsWithProblems());
        this.preview = preview;
    }

    public CheckedImport<?> preview() {
        return preview;
    }
}
