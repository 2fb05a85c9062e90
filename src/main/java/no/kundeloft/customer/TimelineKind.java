package no.kundeloft.customer;

/** What a line of a customer's timeline is about; the timeline is filtered by these. */
public enum TimelineKind {
    CALL,
    NOTE,
    VISIT,
    TASK,
    DEAL,
    OWNER,
    REVENUE,
    PLAN
}
