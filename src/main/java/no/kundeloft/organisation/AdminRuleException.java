package no.kundeloft.organisation;

import no.kundeloft.base.RefusedException;

/** An administration change that a rule refuses (taken username, last admin, …). */
public class AdminRuleException extends RefusedException {

    public AdminRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
