package no.kundeloft.plan;

/** A leader's verdict on a plan. */
public enum ReviewVerdict {
    APPROVED,
    NEEDS_WORK
}
