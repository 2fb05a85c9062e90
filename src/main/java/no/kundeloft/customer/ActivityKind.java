package no.kundeloft.customer;

/** What an activity log entry records: a note, or a call with what was said and the next step. */
public enum ActivityKind {
    NOTE,
    CALL
}
