package no.kundeloft.customer;

import no.kundeloft.base.RefusedException;

/**
 * A call log the rules refuse (a call back without its time, "not interested" without a reason);
 * nothing was saved.
 */
public class CallRefusedException extends RefusedException {

    CallRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
