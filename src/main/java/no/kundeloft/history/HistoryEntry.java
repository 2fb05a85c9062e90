package no.kundeloft.history;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One saved change to one record: when, by whom, what kind of record (its entity name, e.g. {@code
 * Contact}) and which of its fields went from what to what. Created and removed records list the
 * values they were created or removed with.
 */
public record HistoryEntry(
        long revision,
        Instant at,
        String byUsername,
        String byName,
        String recordType,
        Long recordId,
        String recordLabel,
        Kind kind,
        List<FieldChange> changes) {

    /** The latest save first. */
    public static final Comparator<HistoryEntry> NEWEST_FIRST =
            Comparator.comparing(HistoryEntry::revision).reversed();

    public enum Kind {
        CREATED,
        CHANGED,
        REMOVED
    }

    /**
     * One field's change. Values are the field's own type (text, number, date, instant, yes/no,
     * enum) or, for a reference to another record or a collection, that record's label as text.
     */
    public record FieldChange(String field, Object from, Object to) {}
}
