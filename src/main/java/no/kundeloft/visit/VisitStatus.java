package no.kundeloft.visit;

/** Where a visit stands. */
public enum VisitStatus {
    PLANNED,
    DONE,
    CANCELLED
}
