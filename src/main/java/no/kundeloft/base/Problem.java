package no.kundeloft.base;

import java.util.Arrays;

/**
 * What is wrong with a row of an import (or the file as a whole): a message key and its arguments.
 */
public record Problem(String messageKey, Object... arguments) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Problem p
                && p.messageKey.equals(messageKey)
                && Arrays.equals(p.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return messageKey.hashCode() * 31 + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return messageKey + Arrays.toString(arguments);
    }
}
