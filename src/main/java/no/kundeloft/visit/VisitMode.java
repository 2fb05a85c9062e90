package no.kundeloft.visit;

/** How the visit takes place. */
public enum VisitMode {
    ON_SITE,
    VIDEO,
    PHONE
}
