package no.kundeloft.pipeline;

import no.kundeloft.base.RefusedException;

/**
 * An import refused at the moment of importing (something changed since the check); nothing was
 * imported.
 */
public class DealImportRejectedException extends RefusedException {

    private final transient DealImportPreview preview;

    DealImportRejectedException(DealImportPreview preview) {
        super("dealimport.rejected", preview.rowsWithProblems());
        this.preview = preview;
    }

    public DealImportPreview preview() {
        return preview;
    }
}
