package no.kundeloft.stand;

/**
 * Where a lead stands: new (nobody has been in touch), contacted, qualified into a customer, or
 * closed without one.
 */
public enum LeadState {
    NEW,
    CONTACTED,
    QUALIFIED,
    CLOSED
}
