package no.kundeloft.calling;

/**
 * Where a contact on a call list stands: waiting to be called (again), a call back agreed for its
 * caller, or done.
 */
public enum EntryState {
    WAITING,
    CALL_BACK,
    DONE
}
