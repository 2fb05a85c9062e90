package no.kundeloft.organisation;

import java.util.Arrays;

/** An administration change that a rule refuses (taken username, last admin, …); nothing was changed. */
public class AdminRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public AdminRuleException(String messageKey, Object... arguments) {
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
