package no.kundeloft.pipeline;

import no.kundeloft.base.RefusedException;

/** A deal change the rules refuse; nothing was changed. */
public class DealRefusedException extends RefusedException {

    DealRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
