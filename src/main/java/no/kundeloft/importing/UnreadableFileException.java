package no.kundeloft.importing;

/**
 * A file that is not a CSV or Excel table Kundeløft can read; {@code messageKey} tells the user
 * why.
 */
public class UnreadableFileException extends RuntimeException {

    private final String messageKey;

    public UnreadableFileException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
