package no.kundeloft.customer;

/** Where a customer is in its life: a prospect being worked on, an active customer, or lost. */
public enum CustomerStatus {
    PROSPECT,
    ACTIVE,
    LOST
}
