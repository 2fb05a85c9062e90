package no.kundeloft.customer;

/** A contact's part in the customer's buying decisions (key customers). */
public enum BuyingRole {
    DECISION_MAKER,
    INFLUENCER,
    USER,
    GATEKEEPER,
    BLOCKER
}
