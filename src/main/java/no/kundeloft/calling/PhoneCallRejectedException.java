package no.kundeloft.calling;

/**
 * A posted call the API cannot take: the field named and why, for the phone system's log. Nothing
 * was saved.
 */
public class PhoneCallRejectedException extends RuntimeException {

    private final String field;

    PhoneCallRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
