package no.kundeloft.calling;

/** A call list's state on a day: before its period, in it, after it, or stopped by a leader. */
public enum CallListStatus {
    PLANNED,
    RUNNING,
    ENDED,
    STOPPED
}
