package no.kundeloft.customer;

import java.util.Arrays;

/** What is wrong with one row (or the file as a whole) of a customer import: a message key and its arguments. */
public record ImportProblem(String messageKey, Object... arguments) {

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportProblem p && p.messageKey.equals(messageKey) && Arrays.equals(p.arguments, arguments);
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
