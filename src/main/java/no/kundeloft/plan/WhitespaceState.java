package no.kundeloft.plan;

/** Where we stand with one offering at the customer. */
public enum WhitespaceState {
    CURRENT,
    OPPORTUNITY,
    COMPETITOR,
    NOT_RELEVANT
}
