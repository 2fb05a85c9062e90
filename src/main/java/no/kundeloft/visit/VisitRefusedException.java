package no.kundeloft.visit;

import no.kundeloft.base.RefusedException;

/** A visit change the rules refuse; nothing was changed. */
public class VisitRefusedException extends RefusedException {

    VisitRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
