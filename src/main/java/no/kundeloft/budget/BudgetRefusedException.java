package no.kundeloft.budget;

import no.kundeloft.base.RefusedException;

/** A budget change the rules refuse; nothing was changed. */
public class BudgetRefusedException extends RefusedException {

    BudgetRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
