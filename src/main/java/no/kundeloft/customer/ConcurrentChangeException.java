package no.kundeloft.customer;

import java.time.Instant;

/**
 * Refuses a save that started from an older version than the stored one, naming who changed the
 * record and when (when known), so the user can reload and see their change.
 */
public class ConcurrentChangeException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public ConcurrentChangeException(String changedBy, Instant changedAt) {
        super("Changed by " + changedBy + " at " + changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Who saved the newer version, or null if not known. */
    public String changedBy() {
        return changedBy;
    }

    /** When the newer version was saved, or null if not known. */
    public Instant changedAt() {
        return changedAt;
    }
}
