package no.kundeloft.base;

/**
 * A record that does not exist or that the current user may not see: both answer the same, so
 * nobody learns that an out-of-scope record exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
