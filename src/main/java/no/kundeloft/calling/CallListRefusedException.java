package no.kundeloft.calling;

import no.kundeloft.base.RefusedException;

/** A call list or a call the rules refuse; nothing was saved. */
public class CallListRefusedException extends RefusedException {

    CallListRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
