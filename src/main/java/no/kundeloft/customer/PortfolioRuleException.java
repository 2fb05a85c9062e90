package no.kundeloft.customer;

import java.util.Arrays;

/**
 * A change of ownership that breaks a portfolio rule: a limit, a key customer for someone who is
 * not a key account manager, or a receiver outside the user's area. {@code messageKey} and
 * {@code arguments} give the user's message; nothing has been changed.
 */
public class PortfolioRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public PortfolioRuleException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
