package no.kundeloft.revenue;

import no.kundeloft.base.RefusedException;

/** A change of the loaded-through month that the rules refuse; nothing was changed. */
public class RevenueLoadRefusedException extends RefusedException {

    RevenueLoadRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
