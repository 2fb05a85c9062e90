package no.kundeloft.search;

/** What a search hit is; results are grouped in this order. */
public enum SearchKind {
    CUSTOMER,
    CONTACT,
    PERSON,
    VISIT,
    DEAL
}
