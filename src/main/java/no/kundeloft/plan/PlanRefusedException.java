package no.kundeloft.plan;

import no.kundeloft.base.RefusedException;

/** A plan change the rules refuse; nothing was changed. */
public class PlanRefusedException extends RefusedException {

    PlanRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
