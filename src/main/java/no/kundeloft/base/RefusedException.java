package no.kundeloft.base;

import java.util.Arrays;

/**
 * A change a business rule refuses, carrying the message for the user as a key and its arguments;
 * nothing has been changed when it is thrown.
 */
public abstract class RefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected RefusedException(String messageKey, Object... arguments) {
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
