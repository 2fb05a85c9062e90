package no.kundeloft.stand;

import no.kundeloft.base.RefusedException;

/** A stand or lead the rules refuse; nothing was saved. */
public class LeadRefusedException extends RefusedException {

    LeadRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
