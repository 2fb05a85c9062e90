package no.kundeloft.organisation;

/**
 * A new password that breaks the password policy, or a wrong current password; {@code messageKey}
 * says which.
 */
public class PasswordRefusedException extends RuntimeException {

    private final String messageKey;

    public PasswordRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
