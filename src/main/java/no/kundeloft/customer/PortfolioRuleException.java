package no.kundeloft.customer;

import no.kundeloft.base.RefusedException;

/**
 * A change of ownership that breaks a portfolio rule: a limit, a key customer for someone who is
 * not a key account manager, or a receiver outside the user's area.
 */
public class PortfolioRuleException extends RefusedException {

    public PortfolioRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
