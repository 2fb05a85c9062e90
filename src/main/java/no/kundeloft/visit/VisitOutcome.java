package no.kundeloft.visit;

/** What a visit led to, as the host reports it. */
public enum VisitOutcome {
    POSITIVE,
    NEUTRAL,
    NEGATIVE
}
