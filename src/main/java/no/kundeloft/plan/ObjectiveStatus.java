package no.kundeloft.plan;

/** An objective's progress. */
public enum ObjectiveStatus {
    OPEN,
    ON_TRACK,
    AT_RISK,
    ACHIEVED,
    MISSED
}
