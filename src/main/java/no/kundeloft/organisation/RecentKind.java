package no.kundeloft.organisation;

/** The kinds of records a user's recent items remember. */
public enum RecentKind {
    CUSTOMER,
    VISIT,
    DEAL
}
