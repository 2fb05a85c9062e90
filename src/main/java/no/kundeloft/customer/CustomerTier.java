package no.kundeloft.customer;

/**
 * Standard customers sit in account managers' portfolios, key customers with key account managers.
 */
public enum CustomerTier {
    STANDARD,
    KEY
}
